package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class TimestampedLinesReaderTest {

  @Test
  void prefixForms() {
    String log =
        "2019-10-25T00:01:09+02:00 INFO  [net] heartbeat\n"
            + "2016-09-28 04:30:30, Info                  CBS    Loaded\n"
            + "2019-10-25 12:00:00,123 ERROR x\n"
            + "[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6\n"
            + "[25/Oct/2019:04:09:30 +0200] x\n"
            + "Oct 25 02:02:06 anything\n"
            + "[10.30 16:49:06] chrome.exe - proxy:5070 open\n"
            + "1571963050.294 epoch\n"
            + "  at com.example.Foo.bar(Foo.java:1)\n";
    Reading r =
        Reading.read(TimestampedLinesReader.INSTANCE, log, Reading.paris("2019-11-16T00:00:00Z"));
    assertThat(r.stats()).isEqualTo(new ReadStats(9, 9, 1, 0, 0));
    assertThat(r.events())
        .extracting(Event::timestamp)
        .containsExactly(
            Instant.parse("2019-10-24T22:01:09Z"),
            Instant.parse("2016-09-28T02:30:30Z"),
            Instant.parse("2019-10-25T10:00:00.123Z"),
            Instant.parse("2005-12-04T03:47:44Z"),
            Instant.parse("2019-10-25T02:09:30Z"),
            Instant.parse("2019-10-25T00:02:06Z"),
            Instant.parse("2019-10-30T15:49:06Z"),
            Instant.parse("2019-10-25T00:24:10.294Z"),
            null);
    assertThat(r.events())
        .extracting(e -> e.fields().get(Fields.LOG_LEVEL))
        .containsExactly("info", "info", "error", "error", null, null, null, null, null);
    assertThat(r.events().get(0).timeNote()).isNull();
    assertThat(r.events().get(5).timeNote())
        .isEqualTo("year-from-item-mtime:2019;zone-assumed:Europe/Paris");
    assertThat(r.events().get(8).timeNote()).isEqualTo("unparsed:timestamped");
  }
}
