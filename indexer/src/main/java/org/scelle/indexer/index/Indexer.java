package org.scelle.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.scelle.custody.concurrent.Futures;
import org.scelle.custody.item.ItemFiles;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

/**
 * Builds or updates the case index from the acquired items of a vault: each item not yet indexed
 * (or whose SHA-256 changed) is given to the first {@link ItemEventSource} that accepts it, and its
 * events are written with their provenance; every item gets a marker with its outcome, so nothing
 * is silently skipped. Items are processed on {@code threads} threads sharing one writer. Items are
 * read only from the vault, never from the sources. Sources that are {@link java.io.Closeable} (the
 * file-text extractor and its worker processes) are closed at the end of each run.
 */
public final class Indexer {
  private static final int HEAD = 8192;
  private final List<ItemEventSource> sources;
  private final Function<Event, Map<String, List<String>>> enrich;
  private final Clock clock;

  /**
   * @param sources readers tried in order
   * @param enrich extra keyword fields of an event (for example extracted indicators)
   */
  public Indexer(
      List<ItemEventSource> sources,
      Function<Event, Map<String, List<String>>> enrich,
      Clock clock) {
    this.sources = List.copyOf(sources);
    this.enrich = enrich;
    this.clock = clock;
  }

  /**
   * Indexes the new items of {@code vault}.
   *
   * @param zoneOverride the time zone to assume for local times, or null for each item's {@code
   *     source_tz} (then the case's)
   */
  public IndexSummary index(Vault vault, int threads, ZoneId zoneOverride) throws IOException {
    return index(vault, IndexBackends.of(vault), threads, zoneOverride);
  }

  /**
   * Indexes the new items of {@code vault} into {@code backend}.
   *
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public IndexSummary index(Vault vault, IndexBackend backend, int threads, ZoneId zoneOverride)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1; got: " + threads);
    }
    Instant start = clock.instant();
    Map<String, String> done = backend.indexedItems();
    List<ItemRecord> todo = new ArrayList<>();
    long[] already = new long[1];
    new ItemStore(vault)
        .forEach(
            r -> {
              if (r.status() != ItemStatus.ACQUIRED) {
                return;
              }
              if (r.sha256().equals(done.get(r.id()))) {
                already[0]++;
              } else {
                todo.add(r);
              }
            });
    Map<String, Long> byStatus = new TreeMap<>();
    long events = 0;
    long unparsed = 0;
    List<IndexSummary.Failure> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (DocumentSink index = backend.openForWriting()) {
      List<Future<ItemEventSource.Outcome>> futures = new ArrayList<>();
      List<String> statuses = new ArrayList<>();
      for (ItemRecord r : todo) {
        futures.add(pool.submit(() -> indexItem(vault, index, r, zoneOverride)));
      }
      for (int i = 0; i < futures.size(); i++) {
        ItemEventSource.Outcome o = Futures.await(futures.get(i), "indexing");
        events += o.events();
        unparsed += o.unparsed();
        statuses.add(o.status());
        if (IndexSummary.FAILURES.contains(o.status())) {
          ItemRecord r = todo.get(i);
          failures.add(new IndexSummary.Failure(r.id(), r.vaultPath(), o.note()));
        }
      }
      for (String s : statuses) {
        byStatus.merge(s, 1L, Long::sum);
      }
      index.commit();
    } finally {
      pool.shutdownNow();
      closeSources();
    }
    return new IndexSummary(
        todo.size(),
        already[0],
        events,
        unparsed,
        byStatus,
        failures,
        Duration.between(start, clock.instant()));
  }

  /** Releases what the sources hold between runs (extraction workers); they restart on demand. */
  private void closeSources() throws IOException {
    for (ItemEventSource source : sources) {
      if (source instanceof java.io.Closeable c) {
        c.close();
      }
    }
  }

  private ItemEventSource.Outcome indexItem(
      Vault vault, DocumentSink index, ItemRecord r, ZoneId zoneOverride) throws IOException {
    Path file = vault.resolve(r.vaultPath());
    Optional<ItemFiles.Check> check = ItemFiles.check(vault, r);
    if (check.isPresent()) {
      String detail = check.get().detail();
      return unread(
          index,
          r,
          switch (check.get().problem()) {
            case MISSING -> "the file is " + detail + "; run 'scelle verify'";
            case RESIZED ->
                "the file is " + detail + ": the vault was altered; run 'scelle verify'";
            case UNREADABLE -> "the file " + detail;
          });
    }
    byte[] head;
    try {
      head = head(file);
    } catch (IOException e) {
      return unread(index, r, "the file cannot be read: " + e.getMessage());
    }
    ZoneId zone =
        zoneOverride != null
            ? zoneOverride
            : r.sourceTz() != null ? ZoneId.of(r.sourceTz()) : vault.info().zone();
    index.deleteItem(r.id());
    for (ItemEventSource source : sources) {
      if (source.accepts(r, head)) {
        ItemEventSource.Outcome o;
        ItemDocuments docs = new ItemDocuments(index, r);
        try {
          o = source.read(file, r, zone, docs);
        } catch (IOException e) {
          String note = "error: " + e.getMessage();
          index.deleteItem(r.id());
          index.markItem(r.id(), r.sha256(), "error", 0, note);
          return new ItemEventSource.Outcome("error", 0, 0, note);
        }
        if (docs.failure != null) {
          throw docs.failure;
        }
        index.markItem(r.id(), r.sha256(), o.status(), o.events(), o.note());
        return o;
      }
    }
    String note = "no-reader: content type " + r.contentType() + " (no source accepts it)";
    index.markItem(r.id(), r.sha256(), "no-reader", 0, note);
    return new ItemEventSource.Outcome("no-reader", 0, 0, note);
  }

  /**
   * Records that item {@code r} could not be read at all from the vault (missing, unreadable, or
   * not the size its record says), with status {@code error}: the other items are still indexed,
   * and none of its events stays in the index.
   */
  private static ItemEventSource.Outcome unread(DocumentSink index, ItemRecord r, String why)
      throws IOException {
    String note = "error: " + why;
    index.deleteItem(r.id());
    index.markItem(r.id(), r.sha256(), "error", 0, note);
    return new ItemEventSource.Outcome("error", 0, 0, note);
  }

  /**
   * Writes the events of one item as the source hands them over, in its reading order, numbering
   * them ({@link Fields#SEQ}); keeps the first write failure, after which it drops events. Called
   * by one thread at a time.
   */
  private final class ItemDocuments implements Consumer<Event> {
    private final DocumentSink index;
    private final ItemRecord item;
    private long seq;
    private IOException failure;

    ItemDocuments(DocumentSink index, ItemRecord item) {
      this.index = index;
      this.item = item;
    }

    @Override
    public void accept(Event e) {
      if (failure != null) {
        return;
      }
      try {
        Document doc = EventDocuments.of(item, e, seq++, enrich.apply(e));
        index.add(Schema.docId(doc), doc);
      } catch (IOException ex) {
        failure = ex;
      }
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    }
  }
}
