package org.scelle.indexer.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the activity chart needs from a timeline, gathered while the rows stream past: events per
 * host and UTC hour, and the findings to mark. Memory grows with hosts times hours that have
 * events, not with events. Not thread-safe.
 */
public final class ActivityCounts {
  /** How a finding is marked on the chart. */
  public enum MarkKind {
    /** An indicator or Sigma finding: a red tick. */
    ALERT,
    /** An encrypted file or ransom note: an orange tick. */
    TRIAGE,
    /** The host's detonation time: a black marker. */
    DETONATION
  }

  /** A finding to mark. */
  public record Mark(String host, Instant time, MarkKind kind) {}

  private static final long HOUR_MS = 3_600_000L;

  private final Map<String, TreeMap<Long, Long>> hourly = new TreeMap<>();
  private final SortedSet<String> hosts = new TreeSet<>();
  private final List<Mark> marks = new ArrayList<>();
  private long events;

  /**
   * Counts an event row or records a finding row; file-time rows and rows without time are ignored.
   */
  public void add(TimelineRow r) {
    if (r.time() == null || r.host() == null) {
      return;
    }
    switch (r.origin()) {
      case EVENT -> {
        hosts.add(r.host());
        hourly.computeIfAbsent(r.host(), h -> new TreeMap<>()).merge(hour(r.time()), 1L, Long::sum);
        events++;
      }
      case FINDING -> {
        hosts.add(r.host());
        MarkKind k =
            TriageFindings.DETONATION.equals(r.rule())
                ? MarkKind.DETONATION
                : TriageFindings.KIND.equals(r.findingKind()) ? MarkKind.TRIAGE : MarkKind.ALERT;
        marks.add(new Mark(r.host(), r.time(), k));
      }
      case FILE -> {}
    }
  }

  /** The hour of {@code t}: whole hours since the epoch, rounded down. */
  public static long hour(Instant t) {
    return Math.floorDiv(t.toEpochMilli(), HOUR_MS);
  }

  /** Every host with an event or a marked finding, sorted. */
  public List<String> hosts() {
    return List.copyOf(hosts);
  }

  /** Events per hour of {@code host}, by hour (see {@link #hour}); empty for an unknown host. */
  public Map<Long, Long> hourly(String host) {
    return Collections.unmodifiableMap(hourly.getOrDefault(host, new TreeMap<>()));
  }

  /** The marks, in the order their rows came. */
  public List<Mark> marks() {
    return Collections.unmodifiableList(marks);
  }

  /** The number of timed events counted. */
  public long events() {
    return events;
  }

  /** The first hour with events, or null without any. */
  public Long firstHour() {
    return hourly.values().stream().map(TreeMap::firstKey).min(Long::compare).orElse(null);
  }

  /** The last hour with events, or null without any. */
  public Long lastHour() {
    return hourly.values().stream().map(TreeMap::lastKey).max(Long::compare).orElse(null);
  }
}
