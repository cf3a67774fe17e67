package org.scelle.indexer.evtx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.index.ItemEventSource;

/**
 * Reads EVTX items for the indexer: every recovered record becomes an event; records that could not
 * be recovered are counted as unparsed and named in the item's note (chunk and offset of the
 * first). EVTX times are UTC, so the zone is not used. Stateless and thread-safe.
 */
public final class EvtxEventSource implements ItemEventSource {
  private static final byte[] MAGIC = {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0};

  @Override
  public boolean accepts(ItemRecord item, byte[] head) {
    if (head.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (head[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Outcome read(Path file, ItemRecord item, ZoneId zone, Consumer<Event> sink)
      throws IOException {
    long events = 0;
    long lost = 0;
    String first = null;
    try (EvtxReader reader = EvtxReader.open(file)) {
      for (EvtxRecord record : reader) {
        sink.accept(EvtxEvents.toEvent(record));
        events++;
      }
      for (EvtxProblem p : reader.problems()) {
        if (p.kind().recordLost()) {
          lost++;
          if (first == null) {
            first = p.message();
          }
        }
      }
    }
    return new Outcome(
        events,
        lost,
        "format:evtx" + (lost > 0 ? ", " + lost + " records lost; first: " + first : ""));
  }
}
