package org.scelle.collector.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises ransom notes by file name and by content cues. Immutable and thread safe.
 *
 * <p>The text searched is the decoded head of the file (see {@link TextSniffer#decode}), with HTML
 * tags removed for HTML content and every run of white space turned into one space, so that a
 * phrase split across lines still matches.
 */
final class NoteDetector {

  private static final Pattern TAG = Pattern.compile("<[^<>]{0,4000}>");
  private static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|lt|gt|quot|apos|#\\d{1,6});");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

  /**
   * Words of which every real ransom note in the reference set has at least one (checked on the 144
   * ThreatLabz notes): text without any of them is not searched for cues, which keeps triage of
   * large text logs at copy speed. Matched on the lower-cased text.
   */
  static final List<String> GATE =
      List.of(
          "crypt",
          "onion",
          "bitcoin",
          "ransom",
          "rançon",
          "chiffr",
          "recover",
          "restore",
          "tor browser");

  private final List<Pattern> names;
  private final List<NoteCue> cues;

  NoteDetector(List<Pattern> names, List<NoteCue> cues) {
    this.names = List.copyOf(names);
    this.cues = List.copyOf(cues);
  }

  /** Whether {@code fileName} matches one of the note name patterns as a whole. */
  boolean nameMatches(String fileName) {
    for (Pattern p : names) {
      if (p.matcher(fileName).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much of a text is searched for cues: the largest of the 144 reference notes is 13.4 KiB,
   * and the text of a note comes first.
   */
  static final int WINDOW = 32 * 1024;

  /**
   * The cues found in the first {@code n} bytes of {@code head} (at most {@link #WINDOW}), in rule
   * order.
   */
  List<NoteCue> cues(byte[] head, int n, boolean html) {
    String text = TextSniffer.decode(head, Math.min(n, WINDOW));
    if (!gate(text)) {
      return List.of();
    }
    if (html) {
      text = unescape(TAG.matcher(text).replaceAll(" "));
    }
    text = SPACE.matcher(text).replaceAll(" ");
    List<NoteCue> found = new ArrayList<>();
    for (NoteCue cue : cues) {
      if (matches(cue, text)) {
        found.add(cue);
      }
    }
    return found;
  }

  private static boolean gate(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String w : GATE) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(NoteCue cue, String text) {
    Matcher m = cue.pattern().matcher(text);
    while (m.find()) {
      String match = m.group();
      if (!cue.base58Check()
          || match.regionMatches(true, 0, "bc1", 0, 3)
          || Base58Check.isValidAddress(match)) {
        return true;
      }
    }
    return false;
  }

  private static String unescape(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String entity = m.group(1);
      String replacement =
          switch (entity) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> codePoint(entity.substring(1));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String decimal) {
    int cp = Integer.parseInt(decimal);
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
  }
}
