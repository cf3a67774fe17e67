package org.scelle.indexer.event;

/**
 * Where a record lies in its item, so a hit can be traced to the exact bytes. Immutable.
 *
 * @param line 1-based line number, or 0 when the format is not line-based
 * @param offset byte offset of the record's first byte in the item
 * @param recordId the format's own record number (EVTX record id), or 0
 * @param chunk for text extracted from a document: the locator of a chunk of that text ({@link
 *     #textChunk}); null otherwise
 */
public record Locator(long line, long offset, long recordId, String chunk) {

  /** A locator by line, byte offset and record number. */
  public Locator(long line, long offset, long recordId) {
    this(line, offset, recordId, null);
  }

  /**
   * The locator of the {@code n}th chunk (1-based) of the text extracted from an item, or from the
   * document embedded in it at {@code embeddedPath} (names from the outermost container inward,
   * separated by {@code /}; null or empty for the item itself): {@code chunk:3} or {@code
   * chunk:1@embedded:invoices.zip/march.pdf}.
   */
  public static Locator textChunk(int n, String embeddedPath) {
    if (n < 1) {
      throw new IllegalArgumentException("chunk numbers start at 1; got: " + n);
    }
    String text = "chunk:" + n;
    if (embeddedPath != null && !embeddedPath.isEmpty()) {
      text += "@embedded:" + embeddedPath;
    }
    return new Locator(0, 0, 0, text);
  }

  /**
   * The locator whose {@linkplain #toString text} is {@code text}: the inverse of {@link
   * #toString}, so {@code parse(l.toString())} equals {@code l} for every locator a reader gives
   * (line and record numbers and offsets of at least 0, a record number above 0).
   *
   * @return the locator, or null when {@code text} is not the text of any locator (a locator query
   *     for it can match nothing)
   */
  public static Locator parse(String text) {
    if (text.startsWith("chunk:")) {
      int at = text.indexOf('@');
      String n = at < 0 ? text.substring(6) : text.substring(6, at);
      boolean embedded = at < 0 || (text.startsWith("@embedded:", at) && text.length() > at + 10);
      return digits(n) && Long.parseLong(n) >= 1 && embedded ? new Locator(0, 0, 0, text) : null;
    }
    boolean record = text.startsWith("record:");
    if (!record && !text.startsWith("line:")) {
      return null;
    }
    int at = text.indexOf("@offset:");
    if (at < 0) {
      return null;
    }
    String number = text.substring(record ? 7 : 5, at);
    String offset = text.substring(at + 8);
    if (!digits(number) || !digits(offset)) {
      return null;
    }
    long n = Long.parseLong(number);
    if (record && n == 0) {
      return null; // record numbers start at 1; record 0 is written as a line
    }
    return record
        ? new Locator(0, Long.parseLong(offset), n)
        : new Locator(n, Long.parseLong(offset), 0);
  }

  /** Whether {@code s} is a canonical decimal number that fits a long: no sign, no leading 0. */
  private static boolean digits(String s) {
    if (s.isEmpty() || s.length() > 18 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The locator as text: {@code line:12@offset:3456}, {@code record:42@offset:69632} or a chunk's
   * locator.
   */
  @Override
  public String toString() {
    if (chunk != null) {
      return chunk;
    }
    return (recordId > 0 ? "record:" + recordId : "line:" + line) + "@offset:" + offset;
  }
}
