package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.event.Locator;

class Rfc3164ReaderTest {

  @Test
  void withAndWithoutPriority() {
    String log =
        "<134>Oct 25 03:40:22 VPN-GW01 vpngw[3098]: auth user=t.vidal src=203.0.113.43\n"
            + "Jun  4 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; rhost=218.188.2.4\n"
            + "Nov  1 00:00:00 host last message repeated 3 times\n";
    Reading r = Reading.read(Rfc3164Reader.INSTANCE, log, Reading.paris("2019-11-16T00:00:00Z"));
    assertThat(r.stats()).isEqualTo(new ReadStats(3, 3, 0, 0, 0));
    Event e = r.first();
    assertThat(e.format()).isEqualTo("syslog-3164");
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-10-25T01:40:22Z"));
    assertThat(e.timeNote()).isEqualTo("year-from-item-mtime:2019;zone-assumed:Europe/Paris");
    assertThat(e.locator()).isEqualTo(new Locator(1, 0, 0));
    assertThat(e.fields())
        .containsEntry(Fields.HOST_NAME, "VPN-GW01")
        .containsEntry(Fields.PROCESS_NAME, "vpngw")
        .containsEntry(Fields.PROCESS_PID, "3098")
        .containsEntry(Fields.LOG_SYSLOG_FACILITY, "16")
        .containsEntry(Fields.LOG_SYSLOG_SEVERITY, "6")
        .containsEntry(Fields.EVENT_DATASET, "syslog-3164");
    assertThat(r.events().get(1).fields())
        .containsEntry(Fields.PROCESS_NAME, "sshd(pam_unix)")
        .doesNotContainKey(Fields.LOG_SYSLOG_PRIORITY);
    assertThat(r.events().get(1).timestamp()).isEqualTo(Instant.parse("2019-06-04T13:16:01Z"));
    assertThat(r.events().get(2).fields()).doesNotContainKey(Fields.PROCESS_NAME);
  }

  @Test
  void decemberLinesOfAFileModifiedInJanuaryBelongToThePreviousYear() {
    String log = "Dec 31 23:59:58 gw ntpd[1]: a\nJan  1 00:00:03 gw ntpd[1]: b\n";
    Reading r = Reading.read(Rfc3164Reader.INSTANCE, log, Reading.paris("2020-01-01T08:00:00Z"));
    assertThat(r.events())
        .extracting(Event::timestamp)
        .containsExactly(
            Instant.parse("2019-12-31T22:59:58Z"), Instant.parse("2019-12-31T23:00:03Z"));
    assertThat(r.events().get(0).timeNote()).startsWith("year-from-item-mtime:2019");
    assertThat(r.events().get(1).timeNote()).startsWith("year-from-item-mtime:2020");
  }

  @Test
  void february29() {
    Reading r =
        Reading.read(
            Rfc3164Reader.INSTANCE,
            "Feb 29 12:00:00 h k: x\n",
            Reading.paris("2021-01-10T00:00:00Z"));
    assertThat(r.first().timestamp()).isEqualTo(Instant.parse("2020-02-29T11:00:00Z"));
  }

  @Test
  void aLineOutsideTheGrammarIsKeptAsUnparsedText() {
    String log = "Oct 25 03:40:22 gw a: ok\n   continuation of something\nFoo 99 xx\n";
    Reading r = Reading.read(Rfc3164Reader.INSTANCE, log, Reading.paris("2019-11-16T00:00:00Z"));
    assertThat(r.stats()).isEqualTo(new ReadStats(3, 3, 2, 0, 0));
    Event u = r.events().get(1);
    assertThat(u.format()).isEqualTo("text");
    assertThat(u.timeNote()).isEqualTo("unparsed:syslog-3164");
    assertThat(u.message()).isEqualTo("   continuation of something");
    assertThat(u.locator()).isEqualTo(new Locator(2, 25, 0));
  }
}
