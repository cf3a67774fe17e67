package org.scelle.reporter.dossier;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.vault.Vault;

/**
 * What one streaming pass over {@code findings.jsonl} tells the dossier's timeline and IOC annex.
 * Immutable once read.
 *
 * <p>The rules, stated in the dossier too: the <em>first intrusion</em> is the earliest finding of
 * kind {@code ioc} or {@code sigma}; the <em>detonation</em> of a host is the earliest finding of
 * kind {@code triage} on it (an encrypted file or a ransom note, dated by the file's modification
 * time). Findings without a time count but are not placed on the timeline.
 *
 * @param byKind number of findings per kind, kinds in {@link #KIND_ORDER} then alphabetical
 * @param spans earliest and latest finding per host and kind, by host then kind
 * @param firstIntrusion the earliest ioc or sigma finding, or null
 * @param detonations detonation time per host, by host
 * @param marks the finding times per host, for the chart
 * @param indicators the distinct ioc values, most hits first
 */
record FindingFacts(
    Map<String, Long> byKind,
    List<Span> spans,
    Mark firstIntrusion,
    Map<String, Instant> detonations,
    Map<String, Marks> marks,
    List<Indicator> indicators) {

  /** Kinds in the order the dossier presents them; others follow alphabetically. */
  static final List<String> KIND_ORDER = List.of("triage", "sigma", "ioc", "query");

  static final Comparator<String> KINDS =
      Comparator.comparing(
              (String k) -> KIND_ORDER.contains(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.size())
          .thenComparing(Comparator.naturalOrder());

  /** The earliest and latest finding of one kind on one host. */
  record Span(String host, String kind, Instant first, Instant last, long count) {}

  /** One dated finding: when, where and of what kind. */
  record Mark(Instant time, String host, String kind, String value) {}

  /** The distinct value of indicator findings with its hits. */
  record Indicator(
      String value,
      IndicatorType type,
      long hits,
      List<String> hosts,
      Instant first,
      Instant last,
      List<String> sources) {}

  /** Finding times of one host: epoch seconds and kinds, in file order. Growable, compact. */
  static final class Marks {
    private long[] seconds = new long[16];
    private String[] kinds = new String[16];
    private int size;

    void add(Instant t, String kind) {
      if (size == seconds.length) {
        seconds = Arrays.copyOf(seconds, size * 2);
        kinds = Arrays.copyOf(kinds, size * 2);
      }
      seconds[size] = t.getEpochSecond();
      kinds[size] = kind;
      size++;
    }

    int size() {
      return size;
    }

    long seconds(int i) {
      return seconds[i];
    }

    String kind(int i) {
      return kinds[i];
    }
  }

  /** Reads the findings of {@code vault} once; a vault without findings has empty facts. */
  static FindingFacts read(Vault vault) throws IOException {
    Map<String, Long> byKind = new TreeMap<>(KINDS);
    Map<String, Span> spans = new TreeMap<>();
    Map<String, Instant> detonations = new TreeMap<>();
    Map<String, Marks> marks = new TreeMap<>();
    Map<String, IndicatorBuilder> indicators = new HashMap<>();
    Mark[] first = {null};
    Map<String, String> kindNames = new HashMap<>();
    FindingReader.forEach(
        vault.findingsFile(),
        f -> {
          String kind = kindNames.computeIfAbsent(f.kind(), k -> k);
          byKind.merge(kind, 1L, Long::sum);
          Instant t = TimeText.parse(f.time());
          String host = f.host() == null ? "" : f.host();
          if ("ioc".equals(kind) && f.value() != null) {
            indicators.computeIfAbsent(f.value(), IndicatorBuilder::new).add(f, host, t);
          }
          if (t == null) {
            return;
          }
          spans.merge(
              host + '\u0000' + kind,
              new Span(host, kind, t, t, 1),
              (a, b) ->
                  new Span(
                      host,
                      kind,
                      a.first().isBefore(t) ? a.first() : t,
                      a.last().isAfter(t) ? a.last() : t,
                      a.count() + 1));
          marks.computeIfAbsent(host, h -> new Marks()).add(t, kind);
          if (("ioc".equals(kind) || "sigma".equals(kind))
              && (first[0] == null || t.isBefore(first[0].time()))) {
            first[0] = new Mark(t, host, kind, f.value());
          }
          if ("triage".equals(kind)) {
            detonations.merge(host, t, (a, b) -> a.isBefore(b) ? a : b);
          }
        });
    List<Span> spanList = new ArrayList<>(spans.values());
    spanList.sort(Comparator.comparing(Span::host).thenComparing(Span::kind, KINDS));
    List<Indicator> list = new ArrayList<>();
    for (IndicatorBuilder b : indicators.values()) {
      list.add(b.build());
    }
    list.sort(Comparator.comparingLong(Indicator::hits).reversed().thenComparing(Indicator::value));
    return new FindingFacts(byKind, List.copyOf(spanList), first[0], detonations, marks, list);
  }

  /** Earliest finding time of all, or null. */
  Instant earliest() {
    return spans.stream().map(Span::first).min(Comparator.naturalOrder()).orElse(null);
  }

  /** Latest finding time of all, or null. */
  Instant latest() {
    return spans.stream().map(Span::last).max(Comparator.naturalOrder()).orElse(null);
  }

  long total() {
    return byKind.values().stream().mapToLong(Long::longValue).sum();
  }

  private static final class IndicatorBuilder {
    private final String value;
    private long hits;
    private final TreeSet<String> hosts = new TreeSet<>();
    private final TreeSet<String> sources = new TreeSet<>();
    private Instant first;
    private Instant last;

    IndicatorBuilder(String value) {
      this.value = value;
    }

    void add(Finding f, String host, Instant t) {
      hits++;
      if (!host.isEmpty()) {
        hosts.add(host);
      }
      if (f.rule().source() != null) {
        sources.add(f.rule().source());
      }
      if (t != null) {
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
      }
    }

    Indicator build() {
      return new Indicator(
          value,
          IndicatorType.of(value),
          hits,
          List.copyOf(hosts),
          first,
          last,
          List.copyOf(sources));
    }
  }
}
