package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/**
 * The digests scelle records agree with hashdeep's, and the vault is a valid bag for the LoC BagIt
 * library.
 */
class HashdeepAgreementTest {
  private static final long SEED = 42L;

  @TempDir Path tmp;

  @Test
  void recordedDigestsAgreeWithHashdeepAndTheBagIsValid() throws Exception {
    Path hashdeep = References.tool("hashdeep", "hashdeep");
    Path src = tmp.resolve("src");
    TestFiles.smallTree(src, new Random(SEED), 60, 0, 300_000);
    Path key = tmp.resolve("alice.p12");
    ScelleProcess.Result k =
        ScelleProcess.run(
            tmp, "keygen", "--name", "Alice Martin", "--role", "analyst", "--out", key.toString());
    assertThat(k.exit()).as("%s", k).isZero();
    Path caseDir = tmp.resolve("CASE");
    ScelleProcess.Result c =
        ScelleProcess.run(
            tmp,
            "collect",
            caseDir.toString(),
            "--host",
            "H",
            "--key",
            key.toString(),
            src.toString());
    assertThat(c.exit()).as("seed %d: %s", SEED, c).isZero();

    Map<String, String[]> reference = hashdeep(hashdeep, src);
    assertThat(reference).as("hashdeep output").hasSize(60);
    List<JsonNode> acquired =
        TestFiles.items(caseDir).stream()
            .filter(n -> "acquired".equals(n.path("status").asText()))
            .toList();
    assertThat(acquired).hasSize(60);
    for (JsonNode item : acquired) {
      String[] h = reference.get(item.get("source_path").asText());
      assertThat(h).as("hashdeep has no line for %s", item.get("source_path")).isNotNull();
      assertThat(item.get("size").asText()).as("%s", item).isEqualTo(h[0]);
      assertThat(item.get("md5").asText()).as("%s", item).isEqualTo(h[1]);
      assertThat(item.get("sha1").asText()).as("%s", item).isEqualTo(h[2]);
      assertThat(item.get("sha256").asText()).as("%s", item).isEqualTo(h[3]);
    }

    Bag bag = new BagReader().read(caseDir);
    try (BagVerifier verifier = new BagVerifier()) {
      verifier.isValid(bag, false);
    }
  }

  /** hashdeep's {@code size,md5,sha1,sha256,filename} lines, by file name. */
  private static Map<String, String[]> hashdeep(Path tool, Path src) throws Exception {
    Process p =
        new ProcessBuilder(tool.toString(), "-c", "md5,sha1,sha256", "-r", "-l", src.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    Map<String, String[]> byName = new HashMap<>();
    for (String line : out.split("\n")) {
      if (line.isBlank() || line.startsWith("%%%%") || line.startsWith("##")) {
        continue;
      }
      String[] f = line.split(",", 5);
      assertThat(f).as(line).hasSize(5);
      byName.put(f[4], f);
    }
    return byName;
  }
}
