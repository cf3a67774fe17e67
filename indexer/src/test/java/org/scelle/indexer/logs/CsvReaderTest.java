package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.event.Locator;

class CsvReaderTest {

  @Test
  void headerQuotingAndMultiLineRecords() {
    String csv =
        "host,First Seen,note\r\n"
            + "ws-1,2019-11-15T18:38:00Z,\"a, b\"\r\n"
            + "ws-2,2019-11-15 19:40:00,\"two\r\nlines, \"\"quoted\"\"\"\r\n"
            + "ws-3,,x\r\n"
            + "ws-4,2019-11-15 19:41:00\r\n";
    Reading r = Reading.read(CsvReader.INSTANCE, csv, Reading.paris(null));
    assertThat(r.stats()).isEqualTo(new ReadStats(6, 4, 1, 0, 2));
    Event e = r.first();
    assertThat(e.format()).isEqualTo("csv");
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-11-15T18:38:00Z"));
    assertThat(e.fields())
        .containsEntry(Fields.CSV_PREFIX + "host", "ws-1")
        .containsEntry(Fields.CSV_PREFIX + "note", "a, b");
    Event multi = r.events().get(1);
    assertThat(multi.locator()).isEqualTo(new Locator(3, 56, 0));
    assertThat(multi.timestamp()).isEqualTo(Instant.parse("2019-11-15T18:40:00Z"));
    assertThat(multi.timeNote()).isEqualTo("zone-assumed:Europe/Paris");
    assertThat(multi.fields()).containsEntry(Fields.CSV_PREFIX + "note", "two\nlines, \"quoted\"");
    assertThat(r.events().get(2).timestamp()).isNull();
    assertThat(r.events().get(2).timeNote()).isEqualTo("time-unreadable");
    assertThat(r.events().get(2).format()).isEqualTo("csv");
    assertThat(r.events().get(3).timeNote()).isEqualTo("unparsed:csv");
  }

  @Test
  void semicolonsAndSeparateDateAndTimeColumns() {
    String csv = "date;time;user\n2019-10-25;14:03:00;c.durand\n";
    Event e = Reading.read(CsvReader.INSTANCE, csv, Reading.paris(null)).first();
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-10-25T12:03:00Z"));
    assertThat(e.fields()).containsEntry(Fields.CSV_PREFIX + "user", "c.durand");
  }

  @Test
  void noTimeColumnMeansEventsWithoutTime() {
    Reading r = Reading.read(CsvReader.INSTANCE, "a,b\n1,2\n", Reading.paris(null));
    assertThat(r.first().timestamp()).isNull();
    assertThat(r.stats().unparsed()).isZero();
  }
}
