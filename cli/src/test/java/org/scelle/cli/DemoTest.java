package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scelle demo} on samples/incident: an intact, triaged vault, and repeatable into the same
 * directory.
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
      // a second run starts from scratch: no items left over from the first
      long distinctAcquisitions =
          items.stream().map(n -> n.get("acquisition").asText()).distinct().count();
      assertThat(distinctAcquisitions)
          .as("run %d", run)
          .isEqualTo(items.stream().map(n -> n.get("host").asText()).distinct().count());
    }
    assertThat(Files.exists(out.resolve("keys").resolve("alice.p12"))).isTrue();
  }
}
