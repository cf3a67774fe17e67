package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class Rfc5424ReaderTest {

  @Test
  void headerStructuredDataAndMessage() {
    String log =
        "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 "
            + "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"]"
            + "[meta q=\"a \\\"quoted\\\" \\] value\"] An application event\n"
            + "<22>1 2019-11-15T20:12:44.180+01:00 srv-prx01 postfix/smtpd 8379 - - "
            + "606F4520B9: client=unknown[203.0.113.45]\n"
            + "<13>1 - - - - - -\n";
    Reading r = Reading.read(Rfc5424Reader.INSTANCE, log, Reading.paris(null));
    assertThat(r.stats().unparsed()).isZero();
    Event e = r.first();
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2003-10-11T22:14:15.003Z"));
    assertThat(e.timeNote()).isNull();
    assertThat(e.fields())
        .containsEntry(Fields.LOG_SYSLOG_FACILITY, "20")
        .containsEntry(Fields.LOG_SYSLOG_SEVERITY, "5")
        .containsEntry(Fields.HOST_NAME, "mymachine.example.com")
        .containsEntry(Fields.PROCESS_NAME, "evntslog")
        .containsEntry(Fields.LOG_SYSLOG_MSGID, "ID47")
        .containsEntry(Fields.LOG_SYSLOG_SD_PREFIX + "exampleSDID@32473.eventID", "1011")
        .containsEntry(Fields.LOG_SYSLOG_SD_PREFIX + "meta.q", "a \"quoted\" ] value")
        .doesNotContainKey(Fields.PROCESS_PID);
    Event pf = r.events().get(1);
    assertThat(pf.timestamp()).isEqualTo(Instant.parse("2019-11-15T19:12:44.180Z"));
    assertThat(pf.fields()).containsEntry(Fields.PROCESS_PID, "8379");
    assertThat(r.events().get(2).timestamp()).isNull();
  }

  @Test
  void brokenStructuredDataIsUnparsed() {
    Reading r =
        Reading.read(
            Rfc5424Reader.INSTANCE,
            "<13>1 2019-10-25T02:17:00Z h a 1 - [id x=\"unterminated] msg\n",
            Reading.paris(null));
    assertThat(r.stats().unparsed()).isEqualTo(1);
    assertThat(r.first().timeNote()).isEqualTo("unparsed:syslog-5424");
  }
}
