package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection killed with SIGKILL mid-run and run again resumes: every file once, every hash
 * right.
 */
class ResumeAfterKillTest {
  private static final long BIG = 24L << 20;

  @TempDir Path tmp;

  @Test
  void aKilledCollectionResumesToAnIntactVault() throws Exception {
    long seed = new Random().nextLong();
    String s = "seed " + seed + ": ";
    Random random = new Random(seed);
    Path src = tmp.resolve("src");
    List<Path> small = TestFiles.smallTree(src, random, 3000, 1024, 20 * 1024);
    // The big files sit among the small ones, so the kill lands before the end of the run.
    Path bigDir = Files.createDirectories(src.resolve("d1").resolve("big"));
    byte[] chunk = new byte[1 << 20];
    for (int i = 0; i < 6; i++) {
      try (var out = Files.newOutputStream(bigDir.resolve("disk" + i + ".img"))) {
        for (long w = 0; w < BIG; w += chunk.length) {
          random.nextBytes(chunk);
          out.write(chunk);
        }
      }
    }
    Path key = tmp.resolve("alice.p12");
    ScelleProcess.Result k =
        ScelleProcess.run(
            tmp, "keygen", "--name", "Alice Martin", "--role", "analyst", "--out", key.toString());
    assertThat(k.exit()).as("%s%s", s, k).isZero();

    Path caseDir = tmp.resolve("CASE");
    String[] collect = {
      "collect",
      caseDir.toString(),
      "--host",
      "H",
      "--key",
      key.toString(),
      "--threads",
      "2",
      src.toString()
    };
    ScelleProcess.Running first = ScelleProcess.start(tmp, collect);
    Path items = caseDir.resolve("scelle").resolve("items.jsonl");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    long lines = 0;
    while (lines < 300) {
      assertThat(first.process().isAlive())
          .as("%scollect ended before 300 items were recorded (%d)", s, lines)
          .isTrue();
      assertThat(System.nanoTime()).as("%sno 300 items within 120 s", s).isLessThan(deadline);
      Thread.sleep(20);
      if (Files.exists(items)) {
        try (Stream<String> l = Files.lines(items)) {
          lines = l.count();
        }
      }
    }
    first.process().destroyForcibly();
    first.process().waitFor();
    long atKill = lines;
    // The killed vault may or may not verify; only the resumed one must.

    ScelleProcess.Result second = ScelleProcess.run(tmp, Duration.ofSeconds(180), collect);
    assertThat(second.exit()).as("%s(killed at %d items) %s", s, atKill, second).isZero();
    assertThat(second.out())
        .as("%s%s", s, second)
        .contains("(resumed)", "already acquired before the interruption");

    ScelleProcess.Result verify = ScelleProcess.inProcess("verify", caseDir.toString());
    assertThat(verify.exit()).as("%s%s", s, verify).isZero();
    assertThat(verify.out()).contains("INTACT");

    List<JsonNode> records = TestFiles.items(caseDir);
    Set<String> ids = new HashSet<>();
    Map<String, JsonNode> bySource = new HashMap<>();
    for (JsonNode r : records) {
      assertThat(ids.add(r.get("id").asText())).as("%sduplicate id %s", s, r.get("id")).isTrue();
      assertThat(r.get("status").asText()).as("%s%s", s, r).isEqualTo("acquired");
      JsonNode previous = bySource.put(r.get("source_path").asText(), r);
      assertThat(previous).as("%s%s recorded twice", s, r.get("source_path")).isNull();
    }
    List<Path> sources = TestFiles.regularFiles(src);
    assertThat(sources).hasSize(small.size() + 6);
    assertThat(bySource.keySet()).as(s).hasSameSizeAs(sources);
    for (Path f : sources) {
      JsonNode r = bySource.get(f.toString());
      assertThat(r).as("%s%s not recorded", s, f).isNotNull();
      assertThat(r.get("sha256").asText())
          .as("%s%s", s, f)
          .isEqualTo(TestFiles.digest("SHA-256", f));
      assertThat(r.get("size").asLong()).isEqualTo(Files.size(f));
    }
    try (Stream<Path> all = Files.walk(caseDir.resolve("data"))) {
      assertThat(
              all.map(p -> p.getFileName().toString())
                  .filter(n -> n.startsWith(".scelle-partial-")))
          .as("%spartial copies left", s)
          .isEmpty();
    }
  }
}
