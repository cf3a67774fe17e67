package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class AccessLogReaderTest {

  @Test
  void combinedWithIpv6EscapedQuotesAndMissingValues() {
    String log =
        "2001:db8::1 - alice [25/Oct/2019:04:09:30 +0200] \"GET /a?q=\\\"x y\\\" HTTP/1.1\" 200 13849"
            + " \"https://ref.example/\" \"Mozilla/5.0 (X11; Linux)\"\n"
            + "198.51.100.44 - - [27/Oct/2019:02:30:00 +0100] \"-\" 408 - \"-\" \"-\"\n";
    Reading r = Reading.read(AccessLogReader.COMBINED, log, Reading.paris(null));
    assertThat(r.stats().unparsed()).isZero();
    Event e = r.first();
    assertThat(e.format()).isEqualTo("apache-combined");
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-10-25T02:09:30Z"));
    assertThat(e.timeNote()).isNull();
    assertThat(e.fields())
        .containsEntry(Fields.SOURCE_IP, "2001:db8::1")
        .containsEntry(Fields.USER_NAME, "alice")
        .containsEntry(Fields.HTTP_METHOD, "GET")
        .containsEntry(Fields.URL_ORIGINAL, "/a?q=\\\"x y\\\"")
        .containsEntry(Fields.HTTP_VERSION, "1.1")
        .containsEntry(Fields.HTTP_STATUS, "200")
        .containsEntry(Fields.HTTP_BYTES, "13849")
        .containsEntry(Fields.HTTP_REFERRER, "https://ref.example/")
        .containsEntry(Fields.USER_AGENT, "Mozilla/5.0 (X11; Linux)");
    Event dash = r.events().get(1);
    assertThat(dash.timestamp()).isEqualTo(Instant.parse("2019-10-27T01:30:00Z"));
    assertThat(dash.fields())
        .doesNotContainKeys(
            Fields.USER_NAME,
            Fields.HTTP_BYTES,
            Fields.HTTP_REFERRER,
            Fields.USER_AGENT,
            Fields.HTTP_METHOD);
  }

  @Test
  void commonWithHostNameAndTomcatsUnescapedQuotes() {
    String log =
        "client.example.org - - [11/Jul/2018:08:41:28 +0300] \"GET /manager HTTP/1.1\" 302 -\n"
            + "192.168.105.83 - - [11/Jul/2018:09:32:27 +0300] "
            + "\"GET /x.dll?postdata=\"><script>foo</script> HTTP/1.1\" 404 997\n";
    Reading r = Reading.read(AccessLogReader.COMMON, log, Reading.paris(null));
    assertThat(r.stats().unparsed()).isZero();
    assertThat(r.first().fields()).containsEntry(Fields.SOURCE_DOMAIN, "client.example.org");
    assertThat(r.events().get(1).fields())
        .containsEntry(Fields.URL_ORIGINAL, "/x.dll?postdata=\"><script>foo</script>")
        .containsEntry(Fields.HTTP_STATUS, "404");
  }

  @Test
  void notAnAccessLine() {
    Reading r = Reading.read(AccessLogReader.COMBINED, "hello world\n", Reading.paris(null));
    assertThat(r.stats().unparsed()).isEqualTo(1);
    assertThat(r.first().timeNote()).isEqualTo("unparsed:apache-combined");
  }
}
