package org.scelle.indexer.timeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a timeline run. Immutable.
 *
 * @param csv {@code CASE/scelle/timeline.csv}
 * @param sha256 its SHA-256
 * @param rows data rows written (the header not counted)
 * @param events event rows
 * @param fileTimes file-time rows
 * @param findings finding rows
 * @param untimed rows without a time (at the end)
 * @param findingsByKind finding rows by kind, sorted
 * @param detonations each host with encrypted files and its detonation time (UTC RFC 3339), sorted
 * @param png the chart written, or null
 * @param chartHeight its height in pixels (its width is {@link ActivityChart#WIDTH}), 0 without
 */
public record TimelineSummary(
    Path csv,
    String sha256,
    long rows,
    long events,
    long fileTimes,
    long findings,
    long untimed,
    Map<String, Long> findingsByKind,
    Map<String, String> detonations,
    Path png,
    int chartHeight) {
  public TimelineSummary {
    findingsByKind = Collections.unmodifiableMap(new TreeMap<>(findingsByKind));
    detonations = Collections.unmodifiableMap(new TreeMap<>(detonations));
  }
}
