package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LogFormatsTest {

  private static String detect(String name, String head) {
    return LogFormats.detect(name, head.getBytes(StandardCharsets.UTF_8)).format();
  }

  @Test
  void contentFirst() {
    assertThat(detect("x.log", "<13>1 2019-10-25T02:17:00Z h a - - - m\n"))
        .isEqualTo("syslog-5424");
    assertThat(detect("x.log", "<13>Oct 25 02:17:00 h a: m\n")).isEqualTo("syslog-3164");
    assertThat(detect("x.csv", "{\"a\":1}\n{\"b\":2}\n")).isEqualTo("jsonl");
    assertThat(
            detect(
                "access.log",
                "1572253202.300    233 10.20.14.37 TCP_MISS/200 6488 POST http://h/ - HIER_NONE/- -\n"))
        .isEqualTo("squid");
    assertThat(detect("a.txt", "::1 - - [25/Oct/2019:04:09:30 +0200] \"GET / HTTP/1.1\" 200 1\n"))
        .isEqualTo("apache-common");
    assertThat(
            detect(
                "a.txt",
                "::1 - - [25/Oct/2019:04:09:30 +0200] \"GET / HTTP/1.1\" 200 1 \"-\" \"curl\"\n"))
        .isEqualTo("apache-combined");
    assertThat(detect("a", "#Software: Microsoft Windows Firewall\n#Fields: date time\n"))
        .isEqualTo("pfirewall");
    assertThat(detect("a", "#Software: Microsoft IIS\n#Fields: date time c-ip\n")).isEqualTo("w3c");
    assertThat(detect("a.txt", "time,host\n2019-10-25T02:17:00Z,a\n")).isEqualTo("csv");
    assertThat(detect("a.txt", "2019-10-25T02:17:00Z start\n2019-10-25T02:17:01Z end\n"))
        .isEqualTo("timestamped");
    assertThat(detect("a.txt", "just\nwords\n")).isEqualTo("text");
  }

  @Test
  void nameWhenTheContentDoesNotDecide() {
    assertThat(detect("C:\\Windows\\System32\\LogFiles\\Firewall\\pfirewall.log", ""))
        .isEqualTo("pfirewall");
    assertThat(detect("u_ex191115.log", "")).isEqualTo("w3c");
    assertThat(detect("events.jsonl", "")).isEqualTo("jsonl");
    assertThat(detect("/var/log/messages", "")).isEqualTo("syslog-3164");
    assertThat(detect("/var/log/squid/access.log", "")).isEqualTo("squid");
    assertThat(detect(null, "")).isEqualTo("text");
  }

  @Test
  void byName() {
    assertThat(LogFormats.byName("squid")).isSameAs(SquidReader.INSTANCE);
    assertThat(LogFormats.all()).extracting(LogReader::format).doesNotHaveDuplicates();
    assertThatThrownBy(() -> LogFormats.byName("evtx"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("'evtx'");
  }
}
