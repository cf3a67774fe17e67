package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

/** The text logs of the committed sample incident ({@code samples/incident}). */
class IncidentLogsTest {
  private static final Path HOSTS =
      Path.of("").toAbsolutePath().getParent().resolve("samples/incident/hosts");
  private static final Instant FROM = Instant.parse("2019-10-24T00:00:00Z");
  private static final Instant TO = Instant.parse("2019-11-17T00:00:00Z");
  private static final String C2 = "203.0.113.45";

  private static Reading read(String path, String expectedFormat) {
    Path file = HOSTS.resolve(path);
    assertThat(Reading.detect(file).format()).as(path).isEqualTo(expectedFormat);
    Reading r = Reading.readFile(file, Reading.paris("2019-11-16T00:00:00Z"));
    assertThat(r.stats().unparsed()).as(path + " unparsed").isZero();
    assertThat(r.stats().cut()).isZero();
    assertThat(r.events()).allSatisfy(e -> assertThat(e.format()).isEqualTo(expectedFormat));
    assertThat(r.stats().lines()).isEqualTo(r.stats().events() + r.stats().skipped());
    assertThat(r.events())
        .allSatisfy(e -> assertThat(e.timestamp()).isNotNull().isBetween(FROM, TO));
    return r;
  }

  private static List<Event> with(Reading r, String field, String value) {
    return r.events().stream().filter(e -> value.equals(e.fields().get(field))).toList();
  }

  @Test
  void squid() {
    Reading r = read("SRV-PRX01/var/log/squid/access.log", "squid");
    assertThat(r.stats().events()).isEqualTo(1275);
    List<Event> c2 = with(r, Fields.DESTINATION_IP, C2);
    assertThat(c2).hasSize(442);
    assertThat(c2)
        .allSatisfy(
            e ->
                assertThat(e.fields())
                    .containsEntry(Fields.SOURCE_IP, "10.20.14.37")
                    .containsEntry(Fields.DESTINATION_DOMAIN, "update-check.example.net"));
    assertThat(c2.get(0).timestamp()).isEqualTo(Instant.parse("2019-10-28T09:00:02.300Z"));
  }

  @Test
  void rfc5424Syslog() {
    Reading r = read("SRV-PRX01/var/log/syslog", "syslog-5424");
    assertThat(r.stats().events()).isEqualTo(1108);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.timeNote()).isNull());
    assertThat(r.events().stream().filter(e -> e.message().contains("[" + C2 + "]")))
        .hasSize(2)
        .allSatisfy(
            e -> assertThat(e.fields()).containsEntry(Fields.PROCESS_NAME, "postfix/smtpd"));
  }

  @Test
  void firewall() {
    Reading r = read("FW-EDGE01/C/Windows/System32/LogFiles/Firewall/pfirewall.log", "pfirewall");
    assertThat(r.stats().lines()).isEqualTo(r.stats().events() + r.stats().skipped());
    List<Event> c2 = with(r, Fields.DESTINATION_IP, C2);
    assertThat(c2).hasSize(442);
    assertThat(c2)
        .allSatisfy(
            e ->
                assertThat(e.fields())
                    .containsEntry(Fields.SOURCE_IP, "10.20.1.30")
                    .containsEntry(Fields.EVENT_ACTION, "ALLOW")
                    .containsEntry(Fields.NETWORK_DIRECTION, "egress"));
    // 2019-10-28 10:00:01 local (UTC+1) is the first beacon through the firewall
    assertThat(c2.get(0).timestamp()).isEqualTo(Instant.parse("2019-10-28T09:00:01Z"));
    assertThat(c2.get(0).timeNote()).isEqualTo("zone-assumed:Europe/Paris");
    assertThat(with(r, Fields.SOURCE_IP, C2)).isEmpty();
    assertThat(with(r, Fields.EVENT_ACTION, "DROP")).isNotEmpty();
    inOrder(r);
  }

  /** Local times across the end of DST (27 October 2019) still come out in order. */
  private static void inOrder(Reading r) {
    for (int i = 1; i < r.events().size(); i++) {
      assertThat(r.events().get(i).timestamp())
          .as("line %d in order", r.events().get(i).locator().line())
          .isAfterOrEqualTo(r.events().get(i - 1).timestamp());
    }
  }

  @Test
  void rfc3164Messages() {
    Reading r = read("VPN-GW01/var/log/messages", "syslog-3164");
    assertThat(r.stats().events()).isEqualTo(538);
    inOrder(r);
    assertThat(r.events())
        .allSatisfy(e -> assertThat(e.timeNote()).startsWith("year-from-item-mtime:2019;"));
    assertThat(r.events().stream().filter(e -> e.message().contains("src=198.51.100.23")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.fields()).containsEntry(Fields.HOST_NAME, "VPN-GW01"));
  }

  @Test
  void apache() {
    Reading r = read("SRV-WEB01/var/log/apache2/access.log", "apache-combined");
    assertThat(r.stats().events()).isEqualTo(736);
    assertThat(with(r, Fields.SOURCE_IP, "198.51.100.23")).isNotEmpty();
  }

  @Test
  void agentLog() {
    Reading r = read("WS-FIN-014/C/ProgramData/ValmontInventaire/logs/agent.log", "timestamped");
    assertThat(r.stats().events()).isEqualTo(159);
  }
}
