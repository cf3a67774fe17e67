package org.scelle.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.event.Event;

/**
 * Turns one acquired item into events: a log reader, the EVTX reader, or a file-text extractor.
 * Implementations are stateless and thread-safe.
 */
public interface ItemEventSource {

  /** What a source made of an item. */
  record Outcome(long events, long unparsed, String note) {}

  /** Whether this source reads {@code item}, whose first bytes are {@code head}. */
  boolean accepts(ItemRecord item, byte[] head);

  /**
   * Reads {@code file} (the item's bytes in the vault), calling {@code sink} with each event in
   * order. The file is opened and closed here; it is never written.
   *
   * @param zone the time zone of the source, for formats whose times are local
   * @throws IOException when the file cannot be read; malformed records are not exceptions
   */
  Outcome read(Path file, ItemRecord item, ZoneId zone, Consumer<Event> sink) throws IOException;
}
