package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class SquidReaderTest {

  @Test
  void nativeAccessLog() {
    String log =
        "1572253202.300    233 10.20.14.37 TCP_MISS/200 6488 POST"
            + " http://update-check.example.net/api/v1/check c.durand HIER_DIRECT/203.0.113.45"
            + " application/octet-stream\n"
            + "1571963050.294 110700 2001:db8::5 TCP_TUNNEL/200 390430 CONNECT"
            + " ctldl.windowsupdate.com:443 - HIER_DIRECT/203.0.113.15 -\n"
            + "1571963051.000      0 10.0.0.1 TCP_DENIED/403 3900 GET http://[2001:db8::9]:8080/x"
            + " - HIER_NONE/- text/html\n";
    Reading r = Reading.read(SquidReader.INSTANCE, log, Reading.paris(null));
    assertThat(r.stats().unparsed()).isZero();
    Event e = r.first();
    assertThat(e.format()).isEqualTo("squid");
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-10-28T09:00:02.300Z"));
    assertThat(e.timeNote()).isNull();
    assertThat(e.fields())
        .containsEntry(Fields.SOURCE_IP, "10.20.14.37")
        .containsEntry(Fields.EVENT_ACTION, "TCP_MISS")
        .containsEntry(Fields.HTTP_STATUS, "200")
        .containsEntry(Fields.HTTP_RESPONSE_BYTES, "6488")
        .containsEntry(Fields.HTTP_METHOD, "POST")
        .containsEntry(Fields.URL_ORIGINAL, "http://update-check.example.net/api/v1/check")
        .containsEntry(Fields.DESTINATION_DOMAIN, "update-check.example.net")
        .containsEntry(Fields.DESTINATION_IP, "203.0.113.45")
        .containsEntry(Fields.USER_NAME, "c.durand")
        .containsEntry(Fields.HTTP_MIME_TYPE, "application/octet-stream")
        .containsEntry(Fields.EVENT_DURATION, "233000000");
    assertThat(r.events().get(1).fields())
        .containsEntry(Fields.SOURCE_IP, "2001:db8::5")
        .containsEntry(Fields.DESTINATION_DOMAIN, "ctldl.windowsupdate.com")
        .doesNotContainKeys(Fields.USER_NAME, Fields.HTTP_MIME_TYPE);
    assertThat(r.events().get(2).fields())
        .containsEntry(Fields.DESTINATION_IP, "2001:db8::9")
        .doesNotContainKey(Fields.DESTINATION_DOMAIN);
  }
}
