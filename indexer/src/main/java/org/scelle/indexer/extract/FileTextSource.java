package org.scelle.indexer.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.event.Locator;
import org.scelle.indexer.index.ItemEventSource;

/**
 * The last resort of the indexer: the text and metadata of any item no log reader took (documents,
 * archives, mail, images), extracted by Apache Tika in worker JVMs ({@link ExtractorPool}). Each
 * chunk of text becomes an event of dataset {@value #DATASET}, located {@code chunk:N} or {@code
 * chunk:N@embedded:PATH}, with the document's metadata on its first chunk; the indicators in it are
 * extracted like any event's. Items the collector's triage found encrypted are not opened. Every
 * item gets an outcome ({@link ExtractStatus}).
 *
 * <p>Thread-safe. {@link #close} stops the idle workers (the indexer does it after each run).
 */
public final class FileTextSource implements ItemEventSource, Closeable {
  /** The value of {@link Fields#FORMAT} for extracted text. */
  public static final String FORMAT = "file-text";

  /** The value of {@link Fields#EVENT_DATASET} for extracted text. */
  public static final String DATASET = "file.text";

  private static final String ENCRYPTED = "encrypted";

  private final ExtractorPool pool;

  public FileTextSource(ExtractLimits limits) {
    this.pool = new ExtractorPool(limits);
  }

  /** Every item: this source comes last. */
  @Override
  public boolean accepts(ItemRecord item, byte[] head) {
    return true;
  }

  @Override
  public Outcome read(Path file, ItemRecord item, ZoneId zone, Consumer<Event> sink)
      throws IOException {
    if (item.triage() != null && ENCRYPTED.equals(item.triage().verdict())) {
      return new Outcome(
          ExtractStatus.ENCRYPTED.word(),
          0,
          0,
          "encrypted: not extracted (triage: " + String.join(", ", item.triage().reasons()) + ")");
    }
    long[] events = new long[1];
    Extraction x =
        pool.extract(
            file,
            c -> {
              sink.accept(event(c));
              events[0]++;
            });
    return new Outcome(x.status().word(), events[0], 0, x.note());
  }

  /** Workers started so far (one per thread, plus one after each worker lost to an item). */
  public long workersStarted() {
    return pool.workersStarted();
  }

  @Override
  public void close() {
    pool.close();
  }

  static Event event(TextChunk c) {
    Map<String, String> fields = new HashMap<>(c.metadata());
    fields.put(Fields.EVENT_DATASET, DATASET);
    if (!c.embeddedPath().isEmpty()) {
      fields.put(Fields.DOCUMENT_EMBEDDED_PATH, c.embeddedPath());
    }
    return new Event(
        null, null, FORMAT, Locator.textChunk(c.number(), c.embeddedPath()), c.text(), fields);
  }
}
