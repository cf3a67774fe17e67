package org.scelle.indexer.extract;

/** Reads Tika's failures: which are its zip-bomb guard, and a one-line reason for the others. */
final class Failures {
  private static final int MAX_REASON = 400;

  private Failures() {}

  /**
   * The message of Tika's zip-bomb guard ({@code SecureContentHandler}: far more output than input,
   * or too deep nesting) in {@code t}'s causes, or null when it was not that.
   */
  static String zipBomb(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (m != null && m.startsWith("Suspected zip bomb")) {
        return m;
      }
    }
    return null;
  }

  /** One line: each distinct cause as {@code SimpleName: message}, joined by {@code ; }. */
  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    String last = null;
    int depth = 0;
    for (Throwable c = t; c != null && depth < 4; c = c.getCause(), depth++) {
      String m = c.getMessage() == null ? "" : c.getMessage().replaceAll("\\s+", " ").strip();
      if (last != null && !m.isEmpty() && last.contains(m)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(c.getClass().getSimpleName());
      if (!m.isEmpty()) {
        sb.append(": ").append(m);
      }
      last = m;
    }
    return sb.length() > MAX_REASON ? sb.substring(0, MAX_REASON) + "..." : sb.toString();
  }
}
