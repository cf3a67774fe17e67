package org.scelle.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  @TempDir Path tmp;

  private Path file(String content) throws Exception {
    Path f = tmp.resolve("x.jsonl");
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  private static List<JsonLines.Line> all(Stream<JsonLines.Line> s) {
    try (s) {
      return s.toList();
    }
  }

  @Test
  void linesCarryTheirNumberAndTheByteOffsetPastThem() throws Exception {
    Path f = file("{\"a\":\"é\"}\n{\"b\":2}\n");
    List<JsonLines.Line> lines = all(JsonLines.read(f));
    assertThat(lines).extracting(JsonLines.Line::number).containsExactly(1L, 2L);
    assertThat(lines).extracting(JsonLines.Line::end).containsExactly(11L, 19L);
    assertThat(lines.get(0).node().get("a").asText()).isEqualTo("é");
  }

  @Test
  void aLimitReadsOnlyTheLinesBeforeIt() throws Exception {
    Path f = file("{\"a\":1}\n{\"b\":2}\n{\"c\":");
    assertThat(JsonLines.terminatedLength(f)).isEqualTo(16);
    assertThat(all(JsonLines.read(f, 16))).hasSize(2);
    assertThat(all(JsonLines.read(f, 8))).hasSize(1);
  }

  @Test
  void anIncompleteLastLineIsNamedAsAnInterruptedAppend() throws Exception {
    Path f = file("{\"a\":1}\n{\"b\":");
    assertThatThrownBy(() -> all(JsonLines.read(f)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("x.jsonl:2: incomplete last line, without a line feed");
  }

  @Test
  void aBadLineInTheMiddleIsStillAnError() throws Exception {
    Path f = file("{\"a\":1}\n{\"b\":\n{\"c\":3}\n");
    assertThatThrownBy(() -> all(JsonLines.read(f)))
        .hasMessageContaining("x.jsonl:2: ")
        .hasMessageNotContaining("incomplete last line");
  }

  @Test
  void terminatedLengthScansBackAcrossBlocks() throws Exception {
    String big = "{\"a\":\"" + "x".repeat(200_000) + "\"}\n";
    Path f = file(big + "y".repeat(70_000));
    assertThat(JsonLines.terminatedLength(f)).isEqualTo(big.length());
    assertThat(JsonLines.terminatedLength(file(""))).isZero();
    assertThat(JsonLines.terminatedLength(tmp.resolve("missing"))).isZero();
    assertThat(JsonLines.terminatedLength(file("no line feed"))).isZero();
  }

  @Test
  void cutTailKeepsTheBytesBeforeTruncating() throws Exception {
    Path f = file("{\"a\":1}\n{\"b\":");
    JsonLines.Cut cut = JsonLines.cutTail(f, 8, tmp.resolve("kept")).orElseThrow();
    assertThat(Files.readString(f)).isEqualTo("{\"a\":1}\n");
    assertThat(Files.readString(cut.keptAs())).isEqualTo("{\"b\":");
    assertThat(cut.keptAs()).isEqualTo(tmp.resolve("kept").resolve("x.jsonl.8.tail"));
    assertThat(cut.bytes()).isEqualTo(5);
    assertThat(cut.sha256())
        .isEqualTo(
            org.scelle.custody.digest.Digests.hex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest("{\"b\":".getBytes(StandardCharsets.UTF_8))));
    assertThat(JsonLines.cutTail(f, 8, tmp.resolve("kept"))).isEmpty();
    assertThat(JsonLines.cutTail(tmp.resolve("missing"), 0, tmp.resolve("kept"))).isEmpty();
  }

  @Test
  void aSecondCutAtTheSameOffsetKeepsItsTailBesideTheFirst() throws Exception {
    Path f = file("{\"a\":1}\n{\"b\":");
    JsonLines.Cut first = JsonLines.cutTail(f, 8, tmp.resolve("kept")).orElseThrow();
    Files.writeString(f, "{\"c\":", java.nio.file.StandardOpenOption.APPEND);
    JsonLines.Cut second = JsonLines.cutTail(f, 8, tmp.resolve("kept")).orElseThrow();
    assertThat(first.keptAs()).isEqualTo(tmp.resolve("kept").resolve("x.jsonl.8.tail"));
    assertThat(second.keptAs()).isEqualTo(tmp.resolve("kept").resolve("x.jsonl.8.2.tail"));
    assertThat(Files.readString(first.keptAs())).isEqualTo("{\"b\":");
    assertThat(Files.readString(second.keptAs())).isEqualTo("{\"c\":");
    assertThat(Files.readString(f)).isEqualTo("{\"a\":1}\n");
    assertThat(JsonLines.KeptName.of(first.keptAs()))
        .isEqualTo(new JsonLines.KeptName("x.jsonl", 8));
    assertThat(JsonLines.KeptName.of(second.keptAs()))
        .isEqualTo(new JsonLines.KeptName("x.jsonl", 8));
    assertThat(JsonLines.KeptName.of(tmp.resolve("notes.tail")))
        .isEqualTo(new JsonLines.KeptName("notes", -1));
  }
}
