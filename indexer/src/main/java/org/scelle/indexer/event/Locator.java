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
