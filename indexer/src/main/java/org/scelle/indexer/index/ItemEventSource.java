package org.scelle.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.event.Event;

/**
 * Turns one acquired item into events: a log reader, the EVTX reader, or a file-text extractor.
 * Implementations are thread-safe; those that hold resources between items (the file-text
 * extractor's worker processes) are {@link java.io.Closeable}, and the {@link Indexer} closes them
 * after each run.
 */
public interface ItemEventSource {

  /**
   * What a source made of an item.
   *
   * @param status the item's outcome, one word: {@value #INDEXED}, or what stopped or limited the
   *     reading ({@code truncated}, {@code timeout}, {@code zip-bomb}, {@code error}...)
   * @param events events handed to the sink (kept in the index whatever the status)
   * @param unparsed records kept as plain text because they did not match their format
   * @param note details, machine-readable: for a status other than {@value #INDEXED}, the status
   *     word, {@code ": "} and the reason; null when there is nothing to add
   */
  record Outcome(String status, long events, long unparsed, String note) {
    /** The status of an item read in full. */
    public static final String INDEXED = "indexed";

    public Outcome {
      java.util.Objects.requireNonNull(status, "status");
    }

    /** An item read in full. */
    public Outcome(long events, long unparsed, String note) {
      this(INDEXED, events, unparsed, note);
    }
  }

  /** Whether this source reads {@code item}, whose first bytes are {@code head}. */
  boolean accepts(ItemRecord item, byte[] head);

  /**
   * Reads {@code file} (the item's bytes in the vault), calling {@code sink} with each event in
   * order, one call at a time. The file is opened and closed here; it is never written.
   *
   * @param zone the time zone of the source, for formats whose times are local
   * @throws IOException when the file cannot be read; malformed records are not exceptions
   */
  Outcome read(Path file, ItemRecord item, ZoneId zone, Consumer<Event> sink) throws IOException;
}
