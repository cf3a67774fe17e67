package org.scelle.indexer.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.scelle.indexer.event.Event;

/**
 * Reads one log format from a stream and hands each record to a sink as an {@link Event}.
 *
 * <p>Implementations are immutable and thread safe: one instance may read many streams at once. All
 * per-stream state lives inside one call of {@link #read}.
 */
public interface LogReader {

  /** The format's name, as in {@link Event#format()} and {@code event.dataset}. */
  String format();

  /**
   * Reads {@code in} to its end, streaming: memory stays bounded by {@link
   * ReadContext#maxLineBytes()} whatever the input's size. Every non-blank line gives at least one
   * event; a line that does not match the format gives a {@code text} event marked {@code
   * unparsed:<format>}.
   *
   * @param in the item's bytes from its first byte (offsets in locators count from there); not
   *     closed: the caller opened it and closes it
   * @param ctx the item's provenance, zone and modification time
   * @param sink receives the events in file order, on the calling thread
   * @return what was read
   * @throws IOException when {@code in} fails; events already handed to the sink stay handed
   */
  ReadStats read(InputStream in, ReadContext ctx, Consumer<Event> sink) throws IOException;
}
