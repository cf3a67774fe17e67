package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class W3cReaderTest {

  @Test
  void iisFieldsHeaderDrivesColumnsInUtc() {
    String log =
        "#Software: Microsoft Internet Information Services 10.0\r\n"
            + "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip"
            + " cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n"
            + "2019-09-03 10:13:36 10.0.2.15 GET /erp/conn.aspx proxy&port=3389 80 - 2001:db8::7"
            + " Mozilla/5.0+(Windows) - 200 0 0 7\r\n"
            + "#Fields: date time c-ip cs-uri-stem\r\n"
            + "2019-09-03 10:14:00 10.0.2.17 \"/with space\"\r\n"
            + "2019-09-03 10:14:00 10.0.2.17 too many values\r\n";
    Reading r = Reading.read(W3cReader.IIS, log, Reading.paris(null));
    assertThat(r.stats()).isEqualTo(new ReadStats(6, 3, 1, 0, 3));
    Event e = r.first();
    assertThat(e.format()).isEqualTo("w3c");
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-09-03T10:13:36Z"));
    assertThat(e.timeNote()).isNull();
    assertThat(e.locator().line()).isEqualTo(3);
    assertThat(e.fields())
        .containsEntry(Fields.SOURCE_IP, "2001:db8::7")
        .containsEntry(Fields.DESTINATION_IP, "10.0.2.15")
        .containsEntry(Fields.DESTINATION_PORT, "80")
        .containsEntry(Fields.URL_ORIGINAL, "/erp/conn.aspx?proxy&port=3389")
        .containsEntry(Fields.HTTP_STATUS, "200")
        .containsEntry(Fields.USER_AGENT, "Mozilla/5.0+(Windows)")
        .containsEntry(Fields.EVENT_DURATION, "7000000")
        .containsEntry(Fields.W3C_PREFIX + "sc-substatus", "0")
        .doesNotContainKey(Fields.USER_NAME);
    assertThat(r.events().get(1).fields()).containsEntry(Fields.URL_ORIGINAL, "/with space");
    assertThat(r.events().get(2).timeNote()).isEqualTo("unparsed:w3c");
  }

  private static final String FIREWALL_HEAD =
      "#Version: 1.5\n#Software: Microsoft Windows Firewall\n#Time Format: Local\n"
          + "#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags"
          + " tcpsyn tcpack tcpwin icmptype icmpcode info path\n\n";

  @Test
  void firewallLocalTimesAcrossTheDstOverlap() {
    String log =
        FIREWALL_HEAD
            + "2019-10-27 02:30:00 ALLOW TCP 192.0.2.40 10.20.0.5 58649 443 76 S 0 0 8192 - - - RECEIVE\n"
            + "2019-10-27 02:59:00 DROP UDP 10.20.1.30 203.0.113.45 53000 53 60 - - - - - - - SEND\n"
            + "2019-10-27 02:30:00 DROP ICMP 192.0.2.9 10.20.0.1 - - 60 - - - - 8 0 - RECEIVE\n"
            + "2019-10-27 03:10:00 ALLOW TCP 192.0.2.40 10.20.0.5 58650 443 76 S 0 0 8192 - - - RECEIVE\n";
    Reading r = Reading.read(W3cReader.FIREWALL, log, Reading.paris(null));
    assertThat(r.stats()).isEqualTo(new ReadStats(9, 4, 0, 0, 5));
    assertThat(r.events())
        .extracting(Event::timestamp)
        .containsExactly(
            Instant.parse("2019-10-27T00:30:00Z"),
            Instant.parse("2019-10-27T00:59:00Z"),
            Instant.parse("2019-10-27T01:30:00Z"),
            Instant.parse("2019-10-27T02:10:00Z"));
    assertThat(r.first().timeNote())
        .isEqualTo("zone-assumed:Europe/Paris;dst-overlap:earlier-offset");
    assertThat(r.events().get(2).timeNote())
        .isEqualTo("zone-assumed:Europe/Paris;dst-overlap:later-offset");
    assertThat(r.events().get(3).timeNote()).isEqualTo("zone-assumed:Europe/Paris");
    Event drop = r.events().get(1);
    assertThat(drop.format()).isEqualTo("pfirewall");
    assertThat(drop.fields())
        .containsEntry(Fields.EVENT_ACTION, "DROP")
        .containsEntry(Fields.NETWORK_TRANSPORT, "udp")
        .containsEntry(Fields.SOURCE_IP, "10.20.1.30")
        .containsEntry(Fields.SOURCE_PORT, "53000")
        .containsEntry(Fields.DESTINATION_IP, "203.0.113.45")
        .containsEntry(Fields.DESTINATION_PORT, "53")
        .containsEntry(Fields.NETWORK_DIRECTION, "egress")
        .containsEntry(Fields.NETWORK_BYTES, "60");
    assertThat(r.events().get(2).fields())
        .doesNotContainKeys(Fields.SOURCE_PORT, Fields.DESTINATION_PORT)
        .containsEntry(Fields.W3C_PREFIX + "icmptype", "8");
  }

  @Test
  void firewallZoneFromTheItemIsNotNoted() {
    String log =
        FIREWALL_HEAD
            + "2019-11-15 19:45:00 ALLOW TCP 192.0.2.40 10.20.0.5 58649 443 76 S 0 0 8192 - - - RECEIVE\n";
    ReadContext ctx = new ReadContext("item-1", null, Reading.PARIS, true, null, 1024);
    Event e = Reading.read(W3cReader.FIREWALL, log, ctx).first();
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-11-15T18:45:00Z"));
    assertThat(e.timeNote()).isNull();
  }

  @Test
  void dataBeforeAnyFieldsHeaderIsUnparsed() {
    Reading r = Reading.read(W3cReader.IIS, "2019-09-03 10:13:36 x y\n", Reading.paris(null));
    assertThat(r.stats().unparsed()).isEqualTo(1);
  }
}
