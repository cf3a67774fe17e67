package org.scelle.indexer.timeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What {@link TimelineRun} writes besides {@code CASE/scelle/timeline.csv}. Immutable.
 *
 * @param csv a copy of the CSV outside the vault, or null
 * @param jsonl the timeline as JSON lines, or null
 * @param png the activity chart, or null for none
 * @param chartFrom start of the chart's window, or null for the first event's hour
 * @param chartTo end of the chart's window (exclusive), or null for the end of the last event's
 *     hour
 * @param pageSize events read from the index per page (see {@link EventRows#DEFAULT_PAGE})
 */
public record TimelineRequest(
    Path csv, Path jsonl, Path png, Instant chartFrom, Instant chartTo, int pageSize) {
  public TimelineRequest {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1; got: " + pageSize);
    }
    if (chartFrom != null && chartTo != null && chartTo.isBefore(chartFrom)) {
      throw new IllegalArgumentException(
          "chart window ends before it starts: from " + chartFrom + " to " + chartTo);
    }
  }

  /** Only {@code CASE/scelle/timeline.csv}. */
  public static TimelineRequest vaultOnly() {
    return new TimelineRequest(null, null, null, null, null, EventRows.DEFAULT_PAGE);
  }
}
