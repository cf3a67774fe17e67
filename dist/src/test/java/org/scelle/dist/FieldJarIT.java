package org.scelle.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone field collector: nothing of the indexer or reporter inside, and the analyst's
 * chain (keygen, collect, verify) working from the jar alone on a bare Java runtime.
 */
class FieldJarIT {
  static final Path JAR = Path.of(System.getProperty("scelle.dist.fieldJar"));
  static final Map<String, String> ENV = Map.of("SCELLE_KEY_PASSWORD", "field test password");

  @Test
  void carriesNoIndexerReporterTikaLuceneOrIText() throws Exception {
    List<String> heavy = new ArrayList<>();
    try (ZipFile z = new ZipFile(JAR.toFile())) {
      z.stream()
          .map(e -> e.getName())
          .filter(
              n ->
                  n.startsWith("org/apache/lucene/")
                      || n.startsWith("org/apache/tika/")
                      || n.startsWith("com/itextpdf/")
                      || n.startsWith("org/scelle/indexer/")
                      || n.startsWith("org/scelle/reporter/"))
          .forEach(heavy::add);
    }
    assertThat(heavy).isEmpty();
    assertThat(Files.size(JAR)).isLessThan(20L << 20);
  }

  @Test
  void collectsAndVerifiesFromTheJarAlone(@TempDir Path dir) throws Exception {
    for (String jvm : Javas.commands()) {
      Path work =
          Files.createDirectories(dir.resolve(Path.of(jvm).getParent().getParent().getFileName()));
      Path src = Files.createDirectories(work.resolve("src/Windows/System32/winevt/Logs"));
      Files.writeString(
          src.resolve("firewall.log"), "#Version: 1.5\n2019-11-15 19:45:00 DROP TCP\n");
      byte[] encrypted = new byte[4096];
      new Random(7).nextBytes(encrypted);
      Files.write(src.resolve("report.docx.Clop"), encrypted);
      Run keygen =
          run(
              work,
              jvm,
              "keygen",
              "--name",
              "Alice Martin",
              "--role",
              "analyst",
              "--out",
              "alice.p12");
      assertThat(keygen.exit()).as("%s", keygen).isZero();
      Run collect =
          run(work, jvm, "collect", "case", "--host", "WS-042", "--key", "alice.p12", "src");
      assertThat(collect.exit()).as("%s", collect).isZero();
      assertThat(collect.out()).contains("acquired   2 items");
      Run verify = run(work, jvm, "verify", "case");
      assertThat(verify.exit()).as("%s", verify).isZero();
      assertThat(verify.out()).contains("INTACT");
      Run index = run(work, jvm, "index", "case");
      assertThat(index.exit()).as("the field jar has no index command: %s", index).isEqualTo(2);
    }
  }

  private static Run run(Path work, String jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(jvm, "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return Run.of(cmd, work, ENV, 3);
  }
}
