package org.scelle.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.identity.Certificates;
import org.scelle.reporter.fixtures.Dss;
import org.scelle.reporter.fixtures.VeraPdf;

/**
 * The whole chain as a user runs it: {@code bin/scelle demo} from the unpacked distribution, in a
 * temporary directory, then its outputs checked with scelle and with tools nobody here wrote: the
 * vault verifies, the findings hold every planted indicator and the expected Sigma hits, veraPDF
 * finds the dossier PDF/A-3b, EU DSS validates its PAdES-BASELINE-T signature, and tampering with
 * the dossier or the vault after reporting is caught by {@code check-dossier}.
 */
class DemoEndToEndIT {
  @TempDir static Path dir;
  static Path scelle;
  static Path demo;
  static Run run;

  @BeforeAll
  static void runTheDemo() throws Exception {
    Path home = DistributionIT.unpack(dir.resolve("dist"));
    scelle = home.resolve("bin/scelle");
    demo = dir.resolve("demo");
    run = Run.of(List.of(scelle.toString(), "demo", "--out", demo.toString()), dir, Map.of(), 15);
  }

  @Test
  void theDemoSucceedsAndTheVaultVerifies() throws Exception {
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.out()).contains("verify     INTACT", "signed and VALID");
    Run verify =
        Run.of(
            List.of(scelle.toString(), "verify", demo.resolve("case").toString()),
            dir,
            Map.of(),
            5);
    assertThat(verify.exit()).as("%s", verify).isZero();
  }

  @Test
  void findingsHoldEveryPlantedIndicatorAndTheExpectedSigmaHits() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> rules = new HashSet<>();
    Set<String> sigmaTitles = new HashSet<>();
    for (String line : Files.readAllLines(demo.resolve("case/scelle/findings.jsonl"))) {
      JsonNode f = json.readTree(line);
      rules.add(f.path("rule").path("id").asText());
      if (f.path("kind").asText().equals("sigma")) {
        sigmaTitles.add(f.path("rule").path("title").asText());
      }
    }
    Path home = scelle.getParent().getParent();
    List<String> csv = Files.readAllLines(home.resolve("samples/incident/iocs/iocs.csv"));
    List<String> missing = new ArrayList<>();
    for (int i = 1; i < csv.size(); i++) {
      if (!rules.contains("iocs.csv:" + (i + 1))) {
        missing.add(csv.get(i));
      }
    }
    assertThat(missing).as("planted indicators without a finding").isEmpty();
    assertThat(sigmaTitles)
        .anySatisfy(t -> assertThat(t).containsIgnoringCase("Eventlog Cleared"))
        .anySatisfy(t -> assertThat(t).containsIgnoringCase("Shadow"))
        .anySatisfy(t -> assertThat(t).containsIgnoringCase("PsExec"));
  }

  @Test
  void independentValidatorsAcceptTheDossier() throws Exception {
    Path dossier = demo.resolve("dossier.pdf");
    assertThat(VeraPdf.failures(dossier)).isEmpty();
    var signer = Certificates.readPem(demo.resolve("keys/legal.pem"));
    var tsaRoot = Certificates.readPem(demo.resolve("keys/demo-tsa-root.pem"));
    // Trusting the demo authority's root: DSS then reports the level and the signature's
    // indication (the token itself stays INDETERMINATE without revocation data for the TSA).
    Dss.Result dss = Dss.validate(dossier, signer, tsaRoot);
    assertThat(dss.signatureCount()).isEqualTo(1);
    assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void tamperingAfterReportingIsCaught() throws Exception {
    Path dossier = demo.resolve("dossier.pdf");
    List<String> trust =
        List.of(
            "--trust", demo.resolve("keys/legal.pem").toString(),
            "--trust", demo.resolve("keys/demo-tsa-root.pem").toString());
    // one byte of the signed file
    Path flipped = dir.resolve("flipped.pdf");
    byte[] bytes = Files.readAllBytes(dossier);
    bytes[bytes.length / 3] ^= 0x01;
    Files.write(flipped, bytes);
    Run a =
        Run.of(
            cat(List.of(scelle.toString(), "check-dossier", flipped.toString()), trust),
            dir,
            Map.of(),
            5);
    assertThat(a.exit()).as("%s", a).isEqualTo(1);
    // an item of the vault
    Path caseCopy = dir.resolve("case-copy");
    copyTree(demo.resolve("case"), caseCopy);
    Path item;
    try (var s = Files.walk(caseCopy.resolve("data"))) {
      item = s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
    Files.writeString(item, "altered after reporting", java.nio.file.StandardOpenOption.APPEND);
    Run b =
        Run.of(
            cat(
                List.of(
                    scelle.toString(),
                    "check-dossier",
                    dossier.toString(),
                    "--case",
                    caseCopy.toString()),
                trust),
            dir,
            Map.of(),
            5);
    assertThat(b.exit()).as("%s", b).isEqualTo(1);
    assertThat(b.out()).contains("FAILED").contains("vault:items");
  }

  private static List<String> cat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
