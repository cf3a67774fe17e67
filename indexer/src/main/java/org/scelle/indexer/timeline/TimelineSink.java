package org.scelle.indexer.timeline;

import java.io.Closeable;
import java.io.IOException;

/** Where timeline rows are written, in the order given. Close to flush. Not thread-safe. */
public interface TimelineSink extends Closeable {
  /** Writes one row. */
  void write(TimelineRow row) throws IOException;
}
