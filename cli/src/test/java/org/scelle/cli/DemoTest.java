package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scelle demo} on samples/incident: an intact, triaged, indexed and hunted vault with its
 * timeline and chart, and repeatable into the same directory.
 */
class DemoTest {
  @TempDir Path tmp;

  @Test
  void demoBuildsAnIntactTriagedVaultAndCanRunAgain() throws Exception {
    Path samples = Path.of("").toAbsolutePath().getParent().resolve("samples").resolve("incident");
    assertThat(samples.resolve("hosts")).isDirectory();
    Path out = tmp.resolve("demo");
    for (int run = 1; run <= 2; run++) {
      ScelleProcess.Result r =
          ScelleProcess.run(
              tmp, "demo", "--out", out.toString(), "--samples-dir", samples.toString());
      assertThat(r.exit()).as("run %d: %s", run, r).isZero();
      assertThat(r.out()).as("run %d: %s", run, r).contains("INTACT");

      Path caseDir = out.resolve("case");
      ScelleProcess.Result v = ScelleProcess.inProcess("verify", caseDir.toString());
      assertThat(v.exit()).as("run %d: %s", run, v).isZero();

      List<JsonNode> items = TestFiles.items(caseDir);
      List<JsonNode> acquired =
          items.stream().filter(n -> "acquired".equals(n.path("status").asText())).toList();
      assertThat(acquired)
          .extracting(n -> n.path("triage").path("verdict").asText())
          .contains("encrypted", "ransom-note");
      assertThat(acquired)
          .filteredOn(n -> "encrypted".equals(n.path("triage").path("verdict").asText()))
          .anySatisfy(n -> assertThat(n.path("pair").asText()).isNotEmpty());
      assertThat(r.out()).contains("detonation SRV-FILE01", "detonation WS-FIN-014");
      assertTimeline(out, caseDir);
      // a second run starts from scratch: no items left over from the first
      long distinctAcquisitions =
          items.stream().map(n -> n.get("acquisition").asText()).distinct().count();
      assertThat(distinctAcquisitions)
          .as("run %d", run)
          .isEqualTo(items.stream().map(n -> n.get("host").asText()).distinct().count());
    }
    assertThat(Files.exists(out.resolve("keys").resolve("alice.p12"))).isTrue();
  }

  /** The timeline and chart the demo draws after indexing and hunting as the investigator. */
  private static void assertTimeline(Path out, Path caseDir) throws Exception {
    Path csv = caseDir.resolve("scelle/timeline.csv");
    List<List<String>> rows = TestFiles.csv(csv);
    assertThat(rows.get(0))
        .containsExactly(
            "message",
            "datetime",
            "timestamp",
            "timestamp_desc",
            "host",
            "source",
            "item",
            "sha256",
            "locator",
            "finding_kind",
            "rule",
            "value");
    List<List<String>> data = rows.subList(1, rows.size());
    assertThat(data).allSatisfy(row -> assertThat(row).hasSize(12));
    int firstUntimed = data.size();
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i).get(2).isEmpty()) {
        firstUntimed = Math.min(firstUntimed, i);
      } else {
        assertThat(i)
            .as("a timed row after an untimed one: %s", data.get(i))
            .isLessThan(firstUntimed);
      }
    }
    List<Long> stamps =
        data.subList(0, firstUntimed).stream().map(row -> Long.parseLong(row.get(2))).toList();
    assertThat(stamps).isSorted().isNotEmpty();
    assertThat(data).extracting(row -> row.get(3)).contains("Event Recorded", "File Modified");
    assertThat(data).extracting(row -> row.get(9)).contains("ioc", "triage");
    assertThat(
            data.stream()
                .filter(row -> row.get(10).equals("triage:detonation"))
                .map(row -> row.get(4))
                .toList())
        .containsExactlyInAnyOrder("SRV-FILE01", "WS-FIN-014");
    JsonNode note = TestFiles.ledger(caseDir, "note").get(0).path("details").path("timeline");
    assertThat(note.path("rows").asLong()).isEqualTo(data.size());
    assertThat(note.path("sha256").asText()).isEqualTo(TestFiles.digest("SHA-256", csv));
    BufferedImage png = ImageIO.read(out.resolve("timeline.png").toFile());
    assertThat(png).isNotNull();
    assertThat(png.getWidth()).isEqualTo(1600);
    assertThat(png.getHeight()).isEqualTo(200 + 60 * 7);
  }
}
