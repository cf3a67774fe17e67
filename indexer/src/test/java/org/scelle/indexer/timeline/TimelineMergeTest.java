package org.scelle.indexer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineMergeTest {
  static TimelineRow row(TimelineRow.Origin o, String time, String message) {
    return new TimelineRow(
        o,
        time == null ? null : Instant.parse(time),
        message,
        "desc",
        "H",
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static List<TimelineRow> drain(RowSource s) throws IOException {
    List<TimelineRow> out = new ArrayList<>();
    for (TimelineRow r; (r = s.next()) != null; ) {
      out.add(r);
    }
    return out;
  }

  @Test
  void mergesByTimeThenSourceOrderWithRowsWithoutTimeLast() throws Exception {
    var e = TimelineRow.Origin.EVENT;
    var f = TimelineRow.Origin.FILE;
    var x = TimelineRow.Origin.FINDING;
    RowSource events =
        RowSource.of(
            List.of(
                row(e, "2019-11-15T20:00:00Z", "e1"),
                row(e, "2019-11-15T21:00:00Z", "e2"),
                row(e, null, "e-untimed")));
    RowSource files =
        RowSource.of(
            List.of(row(f, "2019-11-15T19:00:00Z", "f1"), row(f, "2019-11-15T21:00:00Z", "f2")));
    RowSource findings =
        RowSource.of(List.of(row(x, "2019-11-15T21:00:00Z", "x1"), row(x, null, "x-untimed")));
    List<String> merged =
        drain(new TimelineMerge(List.of(events, files, findings))).stream()
            .map(TimelineRow::message)
            .toList();
    assertThat(merged).containsExactly("f1", "e1", "e2", "f2", "x1", "e-untimed", "x-untimed");
  }

  @Test
  void anUnsortedSourceIsAProgrammerError() {
    RowSource bad =
        RowSource.of(
            List.of(
                row(TimelineRow.Origin.EVENT, "2019-11-15T21:00:00Z", "late"),
                row(TimelineRow.Origin.EVENT, "2019-11-15T20:00:00Z", "early")));
    assertThatThrownBy(() -> drain(new TimelineMerge(List.of(bad))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not sorted");
  }

  @Test
  void csvQuotesAsRfc4180AndLeavesTheTimeEmptyForUntimedRows() throws Exception {
    assertThat(TimelineCsv.field("plain")).isEqualTo("plain");
    assertThat(TimelineCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(TimelineCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(TimelineCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(TimelineCsv.field(null)).isEmpty();
    StringWriter w = new StringWriter();
    try (TimelineCsv csv = new TimelineCsv(w)) {
      csv.write(row(TimelineRow.Origin.EVENT, "2019-11-15T20:03:07.123456789Z", "x, \"y\""));
      csv.write(row(TimelineRow.Origin.EVENT, null, "no time"));
    }
    assertThat(w.toString())
        .isEqualTo(
            String.join(",", TimelineCsv.COLUMNS)
                + "\r\n"
                + "\"x, \"\"y\"\"\",2019-11-15T20:03:07.123456Z,1573848187123456,desc,H,,,,,,,\r\n"
                + "no time,,,desc,H,,,,,,,\r\n");
  }

  @Test
  void jsonLinesCarryTheSameKeys() throws Exception {
    StringWriter w = new StringWriter();
    try (TimelineJsonl out = new TimelineJsonl(w)) {
      out.write(row(TimelineRow.Origin.EVENT, "2019-11-15T20:03:07Z", "m"));
    }
    assertThat(w.toString())
        .isEqualTo(
            "{\"message\":\"m\",\"datetime\":\"2019-11-15T20:03:07.000000Z\","
                + "\"timestamp\":1573848187000000,\"timestamp_desc\":\"desc\",\"host\":\"H\"}\n");
  }
}
