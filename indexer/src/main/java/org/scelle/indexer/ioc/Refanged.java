package org.scelle.indexer.ioc;

import java.util.Locale;
import java.util.Set;

/**
 * A text with its defanged notations undone, and the map from each of its chars back to the
 * original text.
 *
 * <p>Undone: {@code hxxp}/{@code hXXp} (and {@code hxxps}) to {@code http}; {@code [.]}, {@code
 * (.)}, {@code {.}}, {@code [dot]}, {@code (dot)}, {@code {dot}} to a dot; {@code [at]}, {@code
 * (at)}, {@code {at}}, {@code [@]} to {@code @}; {@code [:]} to a colon; {@code [://]} to {@code
 * ://} and {@code [/]} to a slash. A bracketed dot or at written between two single spaces ({@code
 * name [at] example [.] com}) absorbs the spaces. The spelled-out {@code " dot "} is undone only
 * between two labels when it continues into another dot or ends in a public suffix that is not a
 * common English word ({@code example dot com}, not {@code this dot is}); the same rule undoes an
 * escaped {@code \\.} ({@code 4hzyuotli6maqa4u\\.onion}, not {@code C:\\Users\\x\\.ssh}).
 * Case-insensitive.
 *
 * <p>Immutable; one pass over the text.
 */
final class Refanged {

  private static final Set<String> WORDS =
      Set.of(
          "a", "an", "and", "any", "as", "at", "be", "by", "do", "each", "go", "in", "is", "it",
          "me", "my", "no", "not", "of", "on", "one", "or", "so", "that", "the", "this", "to", "us",
          "we");

  private static final Set<String> ROUND_OR_CURLY = Set.of(".", "dot", "at");

  private final CharSequence original;
  private final String text;
  private final int[] from; // original start of the token that produced char i; null: identity
  private final int[] to; // original end (exclusive) of that token

  private Refanged(CharSequence original, String text, int[] from, int[] to) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** The refanged text. */
  String text() {
    return text;
  }

  /** Original offset of refanged char {@code i}. */
  int originalStart(int i) {
    return from == null ? i : from[i];
  }

  /** Original offset just after refanged range ending (exclusively) at {@code end > 0}. */
  int originalEnd(int end) {
    return to == null ? end : to[end - 1];
  }

  /** The original text that produced refanged range {@code [start, end)}. */
  String raw(int start, int end) {
    return original.subSequence(originalStart(start), originalEnd(end)).toString();
  }

  /** Refangs {@code original}, which is read but not kept beyond the returned object's life. */
  static Refanged of(CharSequence original) {
    if (!mayChange(original)) {
      return new Refanged(original, original.toString(), null, null);
    }
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] from = new int[n];
    int[] to = new int[n];
    boolean changed = false;
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      int len = 0;
      String replacement = null;
      if (c == '[' || c == '(' || c == '{') {
        String[] token = bracketed(original, i);
        if (token != null) {
          len = token[0].length() + 2;
          replacement = token[1];
        }
      } else if ((c == 'h' || c == 'H') && !isLetter(at(original, i - 1)) && isHxxp(original, i)) {
        len = 4;
        replacement = c + "ttp";
      } else if (c == '\\'
          && at(original, i + 1) == '.'
          && isLabelChar(at(original, i - 1))
          && endsDomain(original, i + 2, i + 2)) {
        len = 2;
        replacement = ".";
      } else if (c == ' ' && isSpelledDot(original, i)) {
        len = 5;
        replacement = ".";
      }
      if (replacement == null) {
        from[out.length()] = i;
        to[out.length()] = i + 1;
        out.append(c);
        i++;
        continue;
      }
      changed = true;
      int start = i;
      int end = i + len;
      boolean spaced =
          (replacement.equals(".") || replacement.equals("@"))
              && len > 1
              && c != ' '
              && out.length() >= 2
              && out.charAt(out.length() - 1) == ' '
              && out.charAt(out.length() - 2) != ' '
              && at(original, end) == ' '
              && at(original, end + 1) > ' ';
      if (spaced) {
        out.setLength(out.length() - 1);
        start = from[out.length()];
        end++;
      }
      for (int k = 0; k < replacement.length(); k++) {
        from[out.length()] = start;
        to[out.length()] = end;
        out.append(replacement.charAt(k));
      }
      i = end;
    }
    return changed
        ? new Refanged(original, out.toString(), from, to)
        : new Refanged(original, out.toString(), null, null);
  }

  /**
   * Whether refanging could change {@code s}: the same tests as {@link #of}'s, without building
   * anything, so that the common text with nothing defanged costs one pass and no copy.
   */
  private static boolean mayChange(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean may =
          switch (c) {
            case '[', '(', '{' -> bracketed(s, i) != null;
            case 'h', 'H' -> isHxxp(s, i);
            case '\\' -> at(s, i + 1) == '.';
            case ' ' -> regionMatches(s, i, " dot ");
            default -> false;
          };
      if (may) {
        return true;
      }
    }
    return false;
  }

  /** The defanged token that the bracket at {@code i} opens, or null. */
  private static String[] bracketed(CharSequence s, int i) {
    char c = s.charAt(i);
    char close = c == '[' ? ']' : c == '(' ? ')' : '}';
    for (String[] token : BRACKETED) {
      if (c != '[' && !ROUND_OR_CURLY.contains(token[0])) {
        continue; // [:], [://], [/] and [@] take square brackets only
      }
      if (regionMatches(s, i + 1, token[0]) && at(s, i + 1 + token[0].length()) == close) {
        return token;
      }
    }
    return null;
  }

  private static final String[][] BRACKETED = {
    {".", "."}, {"dot", "."}, {"at", "@"}, {"@", "@"}, {"://", "://"}, {":", ":"}, {"/", "/"}
  };

  private static boolean isHxxp(CharSequence s, int i) {
    return (at(s, i + 1) | 0x20) == 'x'
        && (at(s, i + 2) | 0x20) == 'x'
        && (at(s, i + 3) | 0x20) == 'p';
  }

  /** Whether {@code " dot "} starts at {@code i} between two labels of a candidate domain. */
  private static boolean isSpelledDot(CharSequence s, int i) {
    if (!regionMatches(s, i, " dot ") || !isLabelChar(at(s, i - 1)) || !isLabelChar(at(s, i + 5))) {
      return false;
    }
    int left = i;
    while (left > 0 && i - left < 64 && isLabelChar(s.charAt(left - 1))) {
      left--;
    }
    if (WORDS.contains(s.subSequence(left, i).toString().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return endsDomain(s, i + 5, i);
  }

  /**
   * Whether the label at {@code labelStart} continues with another dot or is a public suffix that
   * is not a common word: the right-hand side of a spelled-out or escaped dot.
   */
  private static boolean endsDomain(CharSequence s, int labelStart, int origin) {
    int j = labelStart;
    while (j < s.length() && j - origin < 70 && isLabelChar(s.charAt(j))) {
      j++;
    }
    if (j == labelStart) {
      return false;
    }
    if (at(s, j) == '.' || at(s, j) == '[' || regionMatches(s, j, " dot ")) {
      return true;
    }
    String label = s.subSequence(labelStart, j).toString().toLowerCase(Locale.ROOT);
    return !WORDS.contains(label) && DomainRules.isPublicSuffixLabel(label);
  }

  private static boolean regionMatches(CharSequence s, int i, String token) {
    if (i < 0 || i + token.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      if (Character.toLowerCase(s.charAt(i + k)) != token.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char at(CharSequence s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
  }

  private static boolean isLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  private static boolean isLabelChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
  }
}
