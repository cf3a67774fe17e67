package org.scelle.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects timed log lines in any order and renders them sorted by time; lines with the same time
 * keep their insertion order. Not thread-safe.
 */
final class LogLines {

  private record Line(Instant time, int seq, String text) {}

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder header = new StringBuilder();

  /** Adds a header line written before every timed line. */
  LogLines header(String text) {
    header.append(text).append('\n');
    return this;
  }

  /** Adds {@code text} (one line, no line break) at {@code time}. */
  void add(Instant time, String text) {
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("log line holds a line break: " + text);
    }
    lines.add(new Line(time, lines.size(), text));
  }

  /** The header, then every line sorted by time, each ended by LF. */
  String render() {
    StringBuilder sb = new StringBuilder(header);
    lines.stream()
        .sorted(Comparator.comparing(Line::time).thenComparingInt(Line::seq))
        .forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }

  /** Number of timed lines. */
  int size() {
    return lines.size();
  }

  /**
   * The time of the latest line.
   *
   * @throws IllegalStateException if there is none
   */
  Instant last() {
    return lines.stream()
        .map(Line::time)
        .max(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalStateException("empty log"));
  }
}
