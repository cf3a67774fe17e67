package org.scelle.indexer.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.EventDocuments;
import org.scelle.indexer.index.LuceneSearch;

/**
 * Streams the event documents of a case index as timeline rows, sorted by {@code @timestamp} then
 * by document id, events without a time last. Pages through the index with {@code searchAfter}, so
 * memory is bounded by one page whatever the size of the index.
 *
 * <p>The index sorts by milliseconds; rows of the same millisecond are re-sorted by their full
 * stored time before they are returned, so rows come in true time order. Reads one point-in-time
 * view: the caller keeps {@code searcher}'s reader open and unchanged while reading. Not
 * thread-safe.
 */
public final class EventRows implements RowSource {
  /** The default number of documents read per page. */
  public static final int DEFAULT_PAGE = 10_000;

  /** The {@code timestamp_desc} of event rows. */
  public static final String DESC = "Event Recorded";

  private final DocumentSearch searcher;
  private final int pageSize;
  private final Query query = new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT));
  private final Deque<TimelineRow> page = new ArrayDeque<>();
  private final Deque<TimelineRow> ready = new ArrayDeque<>();
  private Object after;
  private boolean exhausted;
  private long read;

  /**
   * @param pageSize documents per page, at least 1
   */
  public EventRows(IndexSearcher searcher, int pageSize) {
    this(new LuceneSearch(searcher), pageSize);
  }

  /**
   * @param pageSize documents per page, at least 1
   */
  public EventRows(DocumentSearch searcher, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1; got: " + pageSize);
    }
    this.searcher = searcher;
    this.pageSize = pageSize;
  }

  /** The number of event documents read so far. */
  public long read() {
    return read;
  }

  @Override
  public TimelineRow next() throws IOException {
    if (ready.isEmpty()) {
      TimelineRow first = raw();
      if (first == null) {
        return null;
      }
      if (first.time() == null) {
        return first;
      }
      List<TimelineRow> sameMilli = new ArrayList<>();
      sameMilli.add(first);
      long ms = first.time().toEpochMilli();
      TimelineRow r;
      while ((r = peekRaw()) != null && r.time() != null && r.time().toEpochMilli() == ms) {
        sameMilli.add(raw());
      }
      sameMilli.sort(TimelineRow.BY_TIME);
      ready.addAll(sameMilli);
    }
    return ready.poll();
  }

  private TimelineRow peekRaw() throws IOException {
    fill();
    return page.peek();
  }

  private TimelineRow raw() throws IOException {
    fill();
    return page.poll();
  }

  private void fill() throws IOException {
    while (page.isEmpty() && !exhausted) {
      DocumentSearch.Page p =
          searcher.page(query, DocumentSearch.Order.TIME_THEN_ID, pageSize, after, false);
      after = p.after();
      if (after == null) {
        exhausted = true;
      }
      for (DocumentSearch.Doc d : p.docs()) {
        page.add(row(d.stored()));
        read++;
      }
    }
  }

  private static TimelineRow row(Document d) {
    String stamp = d.get(Fields.TIMESTAMP);
    Instant t =
        stamp == null
            ? null
            : TimelineRow.parseTime(
                stamp, "index: event " + d.get(Fields.ITEM_ID) + "#" + d.get(Fields.LOCATOR));
    String message = d.get(Fields.MESSAGE);
    return new TimelineRow(
        TimelineRow.Origin.EVENT,
        t,
        message == null ? "" : message,
        DESC,
        d.get(Fields.ITEM_HOST),
        d.get(Fields.FORMAT),
        d.get(Fields.ITEM_ID),
        d.get(Fields.ITEM_SHA256),
        d.get(Fields.LOCATOR),
        null,
        null,
        null);
  }
}
