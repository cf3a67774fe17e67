package org.scelle.indexer.timeline;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A k-way merge of sorted row sources into one source sorted by time, rows without a time last.
 * Rows with equal times (or both without a time) come in the order of the sources as given, then in
 * each source's own order, so the merge is deterministic. Holds one row per source. Not
 * thread-safe; reads each source once.
 */
public final class TimelineMerge implements RowSource {
  private record Head(TimelineRow row, int source) {}

  private final List<RowSource> sources;
  private final PriorityQueue<Head> heads;
  private boolean started;

  /**
   * @param sources each sorted by {@link TimelineRow#BY_TIME}; not closed by the merge
   */
  public TimelineMerge(List<RowSource> sources) {
    this.sources = List.copyOf(sources);
    this.heads =
        new PriorityQueue<>(
            Math.max(1, sources.size()),
            Comparator.comparing(Head::row, TimelineRow.BY_TIME).thenComparingInt(Head::source));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when a source is not sorted (a programmer error)
   */
  @Override
  public TimelineRow next() throws IOException {
    if (!started) {
      started = true;
      for (int i = 0; i < sources.size(); i++) {
        advance(i, null);
      }
    }
    Head h = heads.poll();
    if (h == null) {
      return null;
    }
    advance(h.source(), h.row());
    return h.row();
  }

  private void advance(int source, TimelineRow previous) throws IOException {
    TimelineRow r = sources.get(source).next();
    if (r == null) {
      return;
    }
    if (previous != null && TimelineRow.BY_TIME.compare(previous, r) > 0) {
      throw new IllegalStateException(
          "timeline source "
              + source
              + " is not sorted: "
              + r.time()
              + " after "
              + previous.time());
    }
    heads.add(new Head(r, source));
  }
}
