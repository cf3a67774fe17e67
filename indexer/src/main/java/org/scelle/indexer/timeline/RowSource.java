package org.scelle.indexer.timeline;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** A sorted stream of timeline rows, read once. Not thread-safe. */
@FunctionalInterface
public interface RowSource {
  /**
   * The next row, or null at the end.
   *
   * @throws IOException when the underlying index or file cannot be read
   */
  TimelineRow next() throws IOException;

  /** The rows of {@code rows}, in list order. */
  static RowSource of(List<TimelineRow> rows) {
    Iterator<TimelineRow> it = rows.iterator();
    return () -> it.hasNext() ? it.next() : null;
  }
}
