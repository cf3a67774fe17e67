package org.scelle.reporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.json.Json;
import org.scelle.custody.testing.LoopbackTimestampAuthority;
import org.scelle.custody.testing.References;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.reporter.check.Check;
import org.scelle.reporter.check.DossierChecker;
import org.scelle.reporter.check.DossierVerdict;
import org.scelle.reporter.complaint.Complaint;
import org.scelle.reporter.complaint.ComplaintReader;
import org.scelle.reporter.dossier.SampleVault;
import org.scelle.reporter.fixtures.Dss;
import org.scelle.reporter.fixtures.Tool;
import org.scelle.reporter.fixtures.VeraPdf;

/**
 * The whole reporter chain on a vault: the sample complaint read from {@code samples/incident}, the
 * dossier laid out, signed PAdES-B-T through a loopback time-stamp authority, recorded in the
 * ledger; then checked by scelle's own checker, by EU DSS, by poppler's {@code pdfsig} and {@code
 * pdftotext}, and by veraPDF; then the vault is tampered with after reporting.
 */
class ReportRunTest {
  @TempDir static Path dir;
  static LoopbackTimestampAuthority tsa;
  static TestIdentity legal;
  static SampleVault sample;
  static Path dossier;
  static ReportRun.Result result;

  @BeforeAll
  static void report() throws Exception {
    tsa = new LoopbackTimestampAuthority();
    legal = TestIdentity.create("Sophie Martin", "legal");
    sample = SampleVault.create(dir.resolve("case"));
    Complaint complaint =
        ComplaintReader.read(
            Path.of("").toAbsolutePath().getParent().resolve("samples/incident/complaint.yaml"));
    dossier = dir.resolve("dossier.pdf");
    result =
        ReportRun.run(
            sample.vault,
            legal,
            new ReportRun.Request(
                complaint,
                "fr",
                Optional.of(new TimestampClient(tsa.url(), Duration.ofSeconds(20))),
                dossier,
                List.of("DÉMONSTRATION : dossier fictif.")),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    tsa.close();
  }

  @Test
  void theLedgerRecordsTheSignedDossier() throws Exception {
    assertThat(result.signature().sha256()).isEqualTo(sha256(dossier));
    List<String> lines = Files.readAllLines(sample.vault.ledgerFile());
    JsonNode last = Json.mapper().readTree(lines.get(lines.size() - 1));
    assertThat(last.path("action").asText()).isEqualTo("reported");
    assertThat(last.path("seq").asLong()).isEqualTo(result.ledgerSeq());
    assertThat(last.path("details").path("sha256").asText()).isEqualTo(sha256(dossier));
    assertThat(last.path("details").path("level").asText()).isEqualTo("PAdES-BASELINE-T");
    assertThat(dir).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void scellesCheckerFindsItValidAgainstTheVault() throws Exception {
    DossierVerdict v =
        DossierChecker.check(
            dossier,
            Optional.of(sample.vault.root()),
            List.of(legal.certificate(), tsa.rootCertificate()));
    assertThat(v.failures()).isEmpty();
    assertThat(v.warnings()).isEmpty();
    assertThat(v.checks())
        .extracting(Check::name)
        .contains(
            "signature",
            "timestamp",
            "coverage",
            "chain",
            "manifest",
            "annex:items.jsonl",
            "annex:custody.jsonl",
            "annex:findings.jsonl",
            "annex:timeline.csv",
            "vault:items",
            "vault:ledger-head");
  }

  @Test
  void euDssValidatesPadesBaselineT() throws Exception {
    Dss.Result dss = Dss.validate(dossier, legal.certificate(), tsa.tsaCertificate());
    assertThat(dss.signatureCount()).isEqualTo(1);
    assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(dss.timestampIndications()).containsExactly(Indication.PASSED);
  }

  @Test
  void veraPdfFindsTheSignedDossierPdfA3b() throws Exception {
    assertThat(VeraPdf.failures(dossier)).isEmpty();
  }

  @Test
  void pdfsigSaysValidAndTotalAndPdftotextHasEveryHash() throws Exception {
    Path pdfsig = References.tool("pdfsig", "poppler-utils");
    Tool sig = Tool.run(dir, List.of(pdfsig.toString(), dossier.toString()));
    assertThat(sig.out()).as(sig.err()).contains("Signature is Valid.", "Total document signed");
    Path pdftotext = References.tool("pdftotext", "poppler-utils");
    Tool text = Tool.run(dir, List.of(pdftotext.toString(), dossier.toString(), "-"));
    for (ItemRecord r : sample.items) {
      if (r.status() == ItemStatus.ACQUIRED) {
        assertThat(text.out()).as("SHA-256 of %s", r.id()).contains(r.sha256());
      }
    }
    assertThat(text.out()).doesNotContain("Lucienne Morvan-Desprès");
    assertThat(text.out().replaceAll("\\s+", " "))
        .contains("signature électronique PAdES de Sophie Martin (legal)")
        .contains(tsa.url().toString())
        .contains("DÉMONSTRATION : dossier fictif.");
  }

  @Test
  void anItemChangedAfterReportingIsCaught() throws Exception {
    Path copy = dir.resolve("tampered-case");
    copyTree(sample.vault.root(), copy);
    ItemRecord item =
        sample.items.stream().filter(r -> r.status() == ItemStatus.ACQUIRED).findFirst().get();
    Path file = Vault.open(copy).resolve(item.vaultPath());
    Files.writeString(file, "altered", StandardOpenOption.APPEND);
    DossierVerdict v =
        DossierChecker.check(
            dossier, Optional.of(copy), List.of(legal.certificate(), tsa.rootCertificate()));
    assertThat(v.valid()).isFalse();
    assertThat(v.failures())
        .anySatisfy(c -> assertThat(c.name() + " " + c.reason()).contains(item.id()));
  }

  @Test
  void noDossierIsSignedOverAVaultWithAMissingOrResizedItem() throws Exception {
    List<ItemRecord> acquired =
        sample.items.stream().filter(r -> r.status() == ItemStatus.ACQUIRED).toList();
    for (int k = 0; k < 2; k++) {
      Path copy = dir.resolve("altered-before-" + k);
      copyTree(sample.vault.root(), copy);
      Vault altered = Vault.open(copy);
      ItemRecord item = acquired.get(k);
      Path file = altered.resolve(item.vaultPath());
      if (k == 0) {
        Files.delete(file);
      } else {
        Files.writeString(file, "altered", StandardOpenOption.APPEND);
      }
      String ledger = Files.readString(altered.ledgerFile());
      Path out = dir.resolve("refused-" + k + ".pdf");
      assertThatThrownBy(
              () ->
                  ReportRun.run(
                      altered,
                      legal,
                      new ReportRun.Request(
                          ComplaintReader.read(
                              Path.of("")
                                  .toAbsolutePath()
                                  .getParent()
                                  .resolve("samples/incident/complaint.yaml")),
                          "fr",
                          Optional.empty(),
                          out,
                          List.of()),
                      Clock.systemUTC()))
          .isInstanceOf(VaultException.class)
          .hasMessageContaining("1 acquired item(s) not as acquired (first: " + item.vaultPath())
          .hasMessageContaining(k == 0 ? "missing from the vault" : "where its record says")
          .hasMessageEndingWith("no dossier is signed over an altered vault: run 'scelle verify'");
      assertThat(out).doesNotExist();
      assertThat(Files.readString(altered.ledgerFile())).isEqualTo(ledger);
    }
  }

  private static String sha256(Path file) throws Exception {
    return org.scelle.custody.vault.BagFiles.sha256(file);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
