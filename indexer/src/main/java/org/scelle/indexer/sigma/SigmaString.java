package org.scelle.indexer.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A Sigma string value: literal text and the wildcards {@code *} (any run of characters) and {@code
 * ?} (one character). A backslash escapes a following {@code *}, {@code ?} or backslash; before any
 * other character it is a literal backslash (so {@code '\powershell.exe'} is literal). Immutable.
 *
 * @param parts literal strings and the wildcard markers {@link #ANY} and {@link #ONE}
 */
record SigmaString(List<Object> parts) {
  /** Marker of the {@code *} wildcard. */
  static final Object ANY = new Object();

  /** Marker of the {@code ?} wildcard. */
  static final Object ONE = new Object();

  SigmaString {
    parts = List.copyOf(parts);
  }

  /** Parses {@code raw} with Sigma's wildcards and escaping. */
  static SigmaString parse(String raw) {
    List<Object> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && "*?\\".indexOf(raw.charAt(i + 1)) >= 0) {
        lit.append(raw.charAt(++i));
      } else if (c == '*' || c == '?') {
        if (!lit.isEmpty()) {
          parts.add(lit.toString());
          lit.setLength(0);
        }
        parts.add(c == '*' ? ANY : ONE);
      } else {
        lit.append(c);
      }
    }
    if (!lit.isEmpty()) {
      parts.add(lit.toString());
    }
    return new SigmaString(parts);
  }

  /** A value with no wildcard. */
  static SigmaString literal(String text) {
    return new SigmaString(text.isEmpty() ? List.of() : List.of(text));
  }

  /** This value with {@code *} before it (unless it already starts with one). */
  SigmaString anyBefore() {
    if (!parts.isEmpty() && parts.get(0) == ANY) {
      return this;
    }
    List<Object> p = new ArrayList<>();
    p.add(ANY);
    p.addAll(parts);
    return new SigmaString(p);
  }

  /** This value with {@code *} after it (unless it already ends with one). */
  SigmaString anyAfter() {
    if (!parts.isEmpty() && parts.get(parts.size() - 1) == ANY) {
      return this;
    }
    List<Object> p = new ArrayList<>(parts);
    p.add(ANY);
    return new SigmaString(p);
  }

  /** Whether the value has a wildcard. */
  boolean hasWildcard() {
    return parts.stream().anyMatch(p -> p == ANY || p == ONE);
  }

  /** The literal text (wildcards dropped); meaningful when {@link #hasWildcard()} is false. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof String s) {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  /** The same value with its literal parts lower-cased (root locale). */
  SigmaString lower() {
    return new SigmaString(
        parts.stream()
            .map(p -> p instanceof String s ? (Object) s.toLowerCase(Locale.ROOT) : p)
            .toList());
  }

  /** The pattern of a Lucene {@code WildcardQuery}: literals escaped, wildcards as is. */
  String luceneWildcard() {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      if (p == ANY) {
        sb.append('*');
      } else if (p == ONE) {
        sb.append('?');
      } else {
        for (char c : ((String) p).toCharArray()) {
          if (c == '*' || c == '?' || c == '\\') {
            sb.append('\\');
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * A predicate matching whole terms against this pattern: {@code String.contains} or {@code
   * endsWith} for {@code *text*} and {@code *text}, a regular expression otherwise.
   */
  Predicate<String> matcher() {
    if (parts.size() == 3
        && parts.get(0) == ANY
        && parts.get(2) == ANY
        && parts.get(1) instanceof String mid) {
      return t -> t.contains(mid);
    }
    if (parts.size() == 2 && parts.get(0) == ANY && parts.get(1) instanceof String end) {
      return t -> t.endsWith(end);
    }
    StringBuilder re = new StringBuilder();
    for (Object p : parts) {
      re.append(p == ANY ? ".*" : p == ONE ? "." : Pattern.quote((String) p));
    }
    Pattern pattern = Pattern.compile(re.toString(), Pattern.DOTALL);
    return t -> pattern.matcher(t).matches();
  }

  /** The value in Sigma syntax: wildcards as is, literal wildcards and backslashes escaped. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      sb.append(
          p == ANY
              ? "*"
              : p == ONE
                  ? "?"
                  : ((String) p).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"));
    }
    return sb.toString();
  }
}
