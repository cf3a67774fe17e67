package org.scelle.reporter.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.DocumentRevision;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.Pkcs12Identity;
import org.scelle.custody.testing.LoopbackTimestampAuthority;
import org.scelle.custody.testing.References;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.fixtures.CaseFixture;
import org.scelle.reporter.fixtures.DossierFixture;
import org.scelle.reporter.fixtures.Dss;
import org.scelle.reporter.fixtures.TestCa;
import org.scelle.reporter.fixtures.Tool;
import org.scelle.reporter.fixtures.VeraPdf;

class DossierSignerTest {

  private static final char[] PASSWORD = "dossier-test".toCharArray();

  private static LoopbackTimestampAuthority tsa;
  private static TestCa ca;

  @TempDir static Path shared;
  private static Path unsigned;

  @TempDir Path dir;

  @BeforeAll
  static void setUp() throws Exception {
    tsa = new LoopbackTimestampAuthority();
    ca = TestCa.create("scelle test signing CA");
    Vault vault = CaseFixture.create(shared.resolve("vault"));
    unsigned = DossierFixture.of(vault).write(shared.resolve("dossier.pdf"));
  }

  @AfterAll
  static void tearDown() {
    tsa.close();
  }

  private Identity identity(String algorithm) throws Exception {
    return Pkcs12Identity.open(
        ca.pkcs12(
            dir.resolve("signer-" + algorithm + ".p12"), "Jeanne Martin", algorithm, PASSWORD),
        PASSWORD);
  }

  private static TimestampClient tsaClient() {
    return new TimestampClient(tsa.url(), Duration.ofSeconds(20));
  }

  @Test
  void withoutTsaSignsBaselineBThatDssAndPdfsigAccept() throws Exception {
    Identity signer = identity("EC");
    Path signed = dir.resolve("signed.pdf");

    SignatureResult result =
        new DossierSigner(signer, DossierSigner.Options.basic()).sign(unsigned, signed);

    assertThat(result.level()).isEqualTo(PadesLevel.B_B);
    assertThat(result.timestampTime()).isEmpty();
    assertThat(result.notes()).singleElement().asString().contains("no time-stamp authority");
    assertThat(result.signer()).isEqualTo("Jeanne Martin");
    assertThat(result.signerFingerprint()).isEqualTo(signer.fingerprint());
    assertThat(result.sha256()).isEqualTo(CaseFixture.sha256(Files.readAllBytes(signed)));
    assertAppended(unsigned, signed);

    Dss.Result dss = Dss.validate(signed, List.of(ca.crl()), ca.root());
    assertThat(dss.signatureCount()).isEqualTo(1);
    assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
    assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(VeraPdf.failures(signed)).isEmpty();
    assertPdfsigSaysValidAndTotal(signed);
  }

  @Test
  void withLoopbackTsaSignsBaselineTWhoseTimestampDssAccepts() throws Exception {
    Path signed = dir.resolve("signed-t.pdf");

    SignatureResult result =
        new DossierSigner(identity("EC"), DossierSigner.Options.basic().withTimestamp(tsaClient()))
            .sign(unsigned, signed);

    assertThat(result.level()).isEqualTo(PadesLevel.B_T);
    assertThat(result.timestampTime()).isPresent();
    assertThat(result.notes()).singleElement().asString().startsWith("B-LT not reached: ");
    // The loopback TSA publishes no revocation data: DSS accepts its token when the TSA's own
    // certificate is trusted (trusting only its root leaves the time-stamp INDETERMINATE).
    Dss.Result dss = Dss.validate(signed, List.of(ca.crl()), ca.root(), tsa.tsaCertificate());
    assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(dss.timestampIndications()).containsExactly(Indication.PASSED);
    assertThat(VeraPdf.failures(signed)).isEmpty();
    assertPdfsigSaysValidAndTotal(signed);
  }

  @Test
  void rsaKeySignsBaselineTToo() throws Exception {
    Path signed = dir.resolve("signed-rsa.pdf");

    SignatureResult result =
        new DossierSigner(identity("RSA"), DossierSigner.Options.basic().withTimestamp(tsaClient()))
            .sign(unsigned, signed);

    assertThat(result.level()).isEqualTo(PadesLevel.B_T);
    Dss.Result dss = Dss.validate(signed, List.of(ca.crl()), ca.root(), tsa.tsaCertificate());
    assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void withTheCasCrlSignsBaselineLt() throws Exception {
    Path signed = dir.resolve("signed-lt.pdf");

    SignatureResult result =
        new DossierSigner(
                identity("EC"),
                DossierSigner.Options.basic()
                    .withTimestamp(tsaClient())
                    .withCrls(List.of(ca.crl())))
            .sign(unsigned, signed);

    assertThat(result.level()).isEqualTo(PadesLevel.B_LT);
    assertThat(result.notes()).isEmpty();
    // No CRL given to DSS: the signer's revocation data must come from the document. The TSA's
    // certificate has none, so it is trusted directly.
    Dss.Result dss = Dss.validate(signed, ca.root(), tsa.tsaCertificate());
    assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
    assertThat(dss.timestampIndications()).containsExactly(Indication.PASSED);
    assertThat(VeraPdf.failures(signed)).isEmpty();
  }

  @Test
  void selfSignedIdentityStopsAtBaselineTAndSaysWhy() throws Exception {
    Identity self = TestIdentity.create("Paul Leroy", "analyst");
    Path signed = dir.resolve("signed-self.pdf");

    SignatureResult result =
        new DossierSigner(
                self,
                DossierSigner.Options.basic()
                    .withTimestamp(tsaClient())
                    .withCrls(List.of(ca.crl()))
                    .withOnlineRevocation(true))
            .sign(unsigned, signed);

    assertThat(result.level()).isEqualTo(PadesLevel.B_T);
    assertThat(result.notes())
        .containsExactly(
            "B-LT not reached: the signer's certificate is self-signed, so there is no revocation"
                + " data to embed");
  }

  @Test
  void refusesToOverwriteOrSignInPlace() throws Exception {
    Identity signer = TestIdentity.create("Paul Leroy", "analyst");
    DossierSigner dossierSigner = new DossierSigner(signer, DossierSigner.Options.basic());
    Path existing = Files.writeString(dir.resolve("existing.pdf"), "x");

    assertThatThrownBy(() -> dossierSigner.sign(unsigned, existing))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThatThrownBy(() -> dossierSigner.sign(unsigned, unsigned))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in place");
  }

  @Test
  void refusingTsaLeavesNoOutputAndNamesTheAuthority() throws Exception {
    Path signed = dir.resolve("refused.pdf");
    tsa.mode(LoopbackTimestampAuthority.Mode.REJECT);
    try {
      assertThatThrownBy(
              () ->
                  new DossierSigner(
                          identity("EC"), DossierSigner.Options.basic().withTimestamp(tsaClient()))
                      .sign(unsigned, signed))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith(unsigned + ": cannot sign: time-stamp authority: ")
          .hasMessageContaining(tsa.url().toString());
    } finally {
      tsa.mode(LoopbackTimestampAuthority.Mode.GRANT);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".pdf"));
    }
  }

  /** The signer does not read the structure tree, and its update does not touch it. */
  @Test
  void signatureLeavesTheStructureTreeAsItWasAndStillTagged() throws Exception {
    Path unsigned = dir.resolve("tagged.pdf");
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(unsigned.toFile()))) {
      pdf.setTagged();
      try (Document doc = new Document(pdf)) {
        for (int i = 0; i < 50; i++) {
          doc.add(new Paragraph("paragraph " + i));
        }
      }
    }
    Path signed = dir.resolve("signed-tags.pdf");

    new DossierSigner(identity("EC"), DossierSigner.Options.basic()).sign(unsigned, signed);

    int root;
    int kids;
    try (PdfDocument before = new PdfDocument(new PdfReader(unsigned.toFile()))) {
      assertThat(before.isTagged()).isTrue();
      root = before.getStructTreeRoot().getPdfObject().getIndirectReference().getObjNumber();
      kids = before.getStructTreeRoot().getKids().size();
    }
    try (PdfDocument after = new PdfDocument(new PdfReader(signed.toFile()))) {
      assertThat(after.isTagged()).isTrue();
      assertThat(after.getStructTreeRoot().getPdfObject().getIndirectReference().getObjNumber())
          .isEqualTo(root);
      assertThat(after.getStructTreeRoot().getKids()).hasSize(kids);
    }
    try (PdfReader reader = new PdfReader(signed.toFile())) {
      List<DocumentRevision> revisions = new PdfRevisionsReader(reader).getAllRevisions();
      assertThat(revisions).hasSize(2);
      assertThat(revisions.get(1).getModifiedObjects())
          .as("the signature's update does not rewrite the structure tree root")
          .noneMatch(r -> r.getObjNumber() == root);
    }
  }

  /** The signed file is the unsigned file's bytes followed by an incremental update. */
  static void assertAppended(Path unsigned, Path signed) throws IOException {
    byte[] before = Files.readAllBytes(unsigned);
    byte[] after = Files.readAllBytes(signed);
    assertThat(after.length).isGreaterThan(before.length);
    assertThat(Arrays.equals(before, 0, before.length, after, 0, before.length))
        .as("signed file starts with the unsigned bytes (append mode)")
        .isTrue();
  }

  static void assertPdfsigSaysValidAndTotal(Path signed) throws Exception {
    Path pdfsig = References.tool("pdfsig", "poppler-utils");
    Tool run = Tool.run(signed.getParent(), List.of(pdfsig.toString(), signed.toString()));
    assertThat(run.out()).as(run.err()).contains("Signature is Valid.");
    assertThat(run.out()).contains("Total document signed");
    assertThat(run.out()).doesNotContain("Not total document signed");
  }
}
