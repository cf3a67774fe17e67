package org.scelle.indexer.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedLoaderTest {
  @TempDir Path tmp;
  static final Path INCIDENT = Path.of("..", "samples", "incident", "iocs");

  @Test
  void parsesSupportedStixPatterns() {
    assertThat(StixPattern.parse("[ipv4-addr:value = '203.0.113.45']"))
        .containsExactly(List.of(new Comparison(IndicatorType.IPV4, "203.0.113.45")));
    assertThat(StixPattern.parse("[file:hashes.'SHA-256' = 'ab' OR file:name = 'x.exe']"))
        .containsExactly(
            List.of(new Comparison(IndicatorType.SHA256, "ab")),
            List.of(new Comparison(IndicatorType.FILE_NAME, "x.exe")));
    assertThat(
            StixPattern.parse(
                "[file:name = 'a.exe' AND file:hashes.MD5 = 'cd'] OR [domain-name:value = 'e.example.net']"))
        .containsExactly(
            List.of(
                new Comparison(IndicatorType.FILE_NAME, "a.exe"),
                new Comparison(IndicatorType.MD5, "cd")),
            List.of(new Comparison(IndicatorType.DOMAIN, "e.example.net")));
    assertThat(StixPattern.parse("[url:value = 'http://x.example.org/a\\'b']"))
        .containsExactly(List.of(new Comparison(IndicatorType.URL, "http://x.example.org/a'b")));
  }

  @Test
  void refusesWhatItCannotMatchNamingIt() {
    assertThatThrownBy(() -> StixPattern.parse("[process:name = 'x']"))
        .hasMessageContaining("process:name");
    assertThatThrownBy(() -> StixPattern.parse("[url:value MATCHES '^http']"))
        .hasMessageContaining("MATCHES");
    assertThatThrownBy(() -> StixPattern.parse("[ipv4-addr:value = '1.2.3.4'] WITHIN 300 SECONDS"))
        .hasMessageContaining("WITHIN");
    assertThatThrownBy(() -> StixPattern.parse("[ipv4-addr:value = '1.2.3.4'"))
        .hasMessageContaining("expected ']'");
  }

  @Test
  void loadsTheIncidentFeeds() throws Exception {
    Feed stix = FeedLoader.load(INCIDENT.resolve("clop-valmont.stix.json"));
    assertThat(stix.indicators()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(stix.indicators())
        .anyMatch(i -> i.anyOf().get(0).get(0).value().equals("203.0.113.45"));
    assertThat(stix.sha256()).hasSize(64);
    Feed csv = FeedLoader.load(INCIDENT.resolve("iocs.csv"));
    assertThat(csv.indicators()).anyMatch(i -> i.anyOf().get(0).get(0).type() == IndicatorType.BTC);
    assertThat(csv.indicators().size() + csv.rejected().size())
        .isEqualTo((int) Files.lines(INCIDENT.resolve("iocs.csv")).count() - 1);
  }

  @Test
  void loadsMispAndPlainLists() throws Exception {
    Path misp =
        Files.writeString(
            tmp.resolve("e.json"),
            "{\"Event\":{\"Attribute\":[{\"uuid\":\"u1\",\"type\":\"ip-dst\",\"value\":\"198.51.100.23\"},"
                + "{\"uuid\":\"u2\",\"type\":\"filename|md5\",\"value\":\"a.exe|0123456789abcdef0123456789abcdef\"},"
                + "{\"uuid\":\"u3\",\"type\":\"regkey\",\"value\":\"HKLM\\\\x\"}]}}");
    Feed f = FeedLoader.load(misp);
    assertThat(f.indicators()).extracting(Indicator::id).containsExactly("u1", "u2#0", "u2#1");
    assertThat(f.rejected()).singleElement().asString().contains("u3").contains("regkey");
    Path plain =
        Files.writeString(
            tmp.resolve("l.txt"),
            "# TA505\n203.0.113.45\nupdate-check.example.net # c2\nnot an indicator\n");
    Feed p = FeedLoader.load(plain);
    assertThat(p.indicators()).hasSize(2);
    assertThat(p.rejected()).singleElement().asString().contains("not an indicator");
  }

  @Test
  void missingAndMalformedFeedsNameTheFile() throws Exception {
    assertThatThrownBy(() -> FeedLoader.load(tmp.resolve("none.json")))
        .hasMessageContaining("none.json");
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"type\": \"bundle\", ");
    assertThatThrownBy(() -> FeedLoader.load(bad))
        .hasMessageStartingWith(bad + ": not valid JSON: ")
        .hasMessageEndingWith("(line 1, column 20)")
        // one line, without Jackson's note on the redacted source
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "REDACTED"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstValue() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path csv = tmp.resolve("excel.csv");
    Files.write(csv, bom);
    Files.writeString(
        csv, "value,type\n203.0.113.45,ip-dst\n", java.nio.file.StandardOpenOption.APPEND);
    Feed c = FeedLoader.load(csv);
    assertThat(c.rejected()).isEmpty();
    assertThat(c.indicators()).extracting(Indicator::id).containsExactly("excel.csv:2");
    Path list = tmp.resolve("list.txt");
    Files.write(list, bom);
    Files.writeString(list, "203.0.113.45\n", java.nio.file.StandardOpenOption.APPEND);
    Feed l = FeedLoader.load(list);
    assertThat(l.rejected()).isEmpty();
    assertThat(l.indicators())
        .singleElement()
        .extracting(i -> i.anyOf().get(0).get(0).value())
        .isEqualTo("203.0.113.45");
    Path json = tmp.resolve("bundle.json");
    Files.write(json, bom);
    Files.writeString(
        json,
        "{\"type\":\"bundle\",\"objects\":[{\"type\":\"indicator\",\"id\":\"indicator--a\","
            + "\"pattern\":\"[ipv4-addr:value = '203.0.113.45']\",\"pattern_type\":\"stix\"}]}",
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(FeedLoader.load(json).indicators())
        .extracting(Indicator::id)
        .containsExactly("indicator--a");
  }

  @Test
  void indicatorsWithoutAnIdAreNamedByTheirPlace() throws Exception {
    Path misp =
        Files.writeString(
            tmp.resolve("e.json"),
            "{\"Event\":{\"Attribute\":[{\"uuid\":\"u1\",\"type\":\"ip-dst\",\"value\":\"198.51.100.23\"},"
                + "{\"type\":\"ip-dst\",\"value\":\"198.51.100.24\"},"
                + "{\"type\":\"weird\",\"value\":\"x\"}]}}");
    Feed f = FeedLoader.load(misp);
    assertThat(f.indicators())
        .extracting(Indicator::id)
        .containsExactly("u1", "e.json:attribute-2");
    assertThat(f.rejected())
        .containsExactly("e.json:attribute-3: MISP type 'weird' cannot be matched");
    Path stix =
        Files.writeString(
            tmp.resolve("b.json"),
            "{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\",\"id\":\"identity--1\"},"
                + "{\"type\":\"indicator\",\"pattern\":\"[ipv4-addr:value = '203.0.113.45']\"}]}");
    assertThat(FeedLoader.load(stix).indicators())
        .extracting(Indicator::id)
        .containsExactly("b.json:object-2");
  }

  @Test
  void aFeedWithoutAnyIndicatorIsRefused() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
    Path comments = Files.writeString(tmp.resolve("comments.txt"), "# nothing yet\n\n");
    Path header = Files.writeString(tmp.resolve("header.csv"), "value,type\n");
    Path bundle =
        Files.writeString(
            tmp.resolve("bundle.json"),
            "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": []}");
    for (Path f : List.of(empty, comments, header, bundle)) {
      assertThatThrownBy(() -> FeedLoader.load(f))
          .hasMessageStartingWith(f + ": holds no indicator");
    }
  }

  @Test
  void aListThatIsNotUtf8IsRefusedNamingTheFileAndTheLine() throws Exception {
    // the bad byte lies beyond the first 8 KiB, which the reader decodes ahead of the lines
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("203.0.113.").append(i % 250).append('\n');
    }
    byte[] head = lines.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 12);
    System.arraycopy(
        new byte[] {'1', '.', '2', '.', '3', '.', (byte) 0xff, '\n', '8', '.', '8', '\n'},
        0,
        bytes,
        head.length,
        12);
    Path bad = Files.write(tmp.resolve("list.txt"), bytes);
    assertThatThrownBy(() -> FeedLoader.load(bad))
        .hasMessage(bad + ": line 2001 is not UTF-8 text");
    Path first = Files.write(tmp.resolve("first.csv"), new byte[] {(byte) 0xc3, '\n'});
    assertThatThrownBy(() -> FeedLoader.load(first))
        .hasMessage(first + ": line 1 is not UTF-8 text");
  }
}
