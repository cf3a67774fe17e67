package org.scelle.indexer.event;

/**
 * Where a record lies in its item, so a hit can be traced to the exact bytes. Immutable.
 *
 * @param line 1-based line number, or 0 when the format is not line-based
 * @param offset byte offset of the record's first byte in the item
 * @param recordId the format's own record number (EVTX record id), or 0
 */
public record Locator(long line, long offset, long recordId) {

  /** The locator as text: {@code line:12@offset:3456} or {@code record:42@offset:69632}. */
  @Override
  public String toString() {
    return (recordId > 0 ? "record:" + recordId : "line:" + line) + "@offset:" + offset;
  }
}
