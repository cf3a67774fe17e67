package org.scelle.reporter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.Pkcs12Identity;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.testing.LoopbackTimestampAuthority;
import org.scelle.custody.testing.References;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.annex.Annexes;
import org.scelle.reporter.check.Check.Outcome;
import org.scelle.reporter.fixtures.CaseFixture;
import org.scelle.reporter.fixtures.DossierFixture;
import org.scelle.reporter.fixtures.TestCa;
import org.scelle.reporter.fixtures.Tool;
import org.scelle.reporter.sign.DossierSigner;

class DossierCheckerTest {

  private static final char[] PASSWORD = "check-test".toCharArray();

  private static LoopbackTimestampAuthority tsa;
  private static TestCa ca;
  private static Identity signer;
  private static Vault vault;
  private static Path unsigned;
  private static Path good;
  private static List<X509Certificate> anchors;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void signADossier() throws Exception {
    tsa = new LoopbackTimestampAuthority();
    ca = TestCa.create("scelle test signing CA");
    anchors = List.of(ca.root(), tsa.rootCertificate());
    signer =
        Pkcs12Identity.open(
            ca.pkcs12(shared.resolve("signer.p12"), "Jeanne Martin", "EC", PASSWORD), PASSWORD);
    vault = CaseFixture.create(shared.resolve("vault"));
    unsigned = DossierFixture.of(vault).write(shared.resolve("dossier.pdf"));
    good = signT(unsigned, shared.resolve("signed.pdf"));
  }

  @AfterAll
  static void stopTsa() {
    tsa.close();
  }

  private static Path signT(Path in, Path out) throws Exception {
    new DossierSigner(
            signer,
            DossierSigner.Options.basic()
                .withTimestamp(new TimestampClient(tsa.url(), Duration.ofSeconds(20))))
        .sign(in, out);
    return out;
  }

  private Path copyOfGood(String name) throws Exception {
    return Files.copy(good, dir.resolve(name));
  }

  private static Check check(DossierVerdict verdict, String name) {
    return verdict
        .check(name)
        .orElseThrow(() -> new AssertionError("no check '" + name + "' in " + verdict.checks()));
  }

  @Test
  void goodDossierPassesEveryCheckAgainstItsVault() throws Exception {
    DossierVerdict verdict = DossierChecker.check(good, Optional.of(vault.root()), anchors);

    assertThat(verdict.valid()).as("%s", verdict.failures()).isTrue();
    assertThat(verdict.warnings()).isEmpty();
    assertThat(verdict.checks())
        .extracting(Check::name)
        .containsExactly(
            "pdf",
            "signature",
            "timestamp",
            "timestamp-chain",
            "chain",
            "coverage",
            "manifest",
            "annex:items.jsonl",
            "annex:custody.jsonl",
            "annex:seal",
            "annex:ledger-head",
            "vault:case",
            "vault:scelle/items.jsonl",
            "vault:scelle/custody.jsonl",
            "vault:items",
            "vault:ledger",
            "vault:ledger-head");
    assertThat(check(verdict, "signature").reason())
        .contains("(ETSI.CAdES.detached, SHA256withECDSA)", "CN=Jeanne Martin", "verifies");
    assertThat(check(verdict, "coverage").reason()).contains("covers the whole file");
    assertThat(check(verdict, "vault:items").reason()).startsWith("4 acquired items re-hashed");
  }

  @Test
  void withoutTrustAnchorsTheChainsAreWarningsNotPasses() throws Exception {
    DossierVerdict verdict = DossierChecker.check(good, Optional.empty(), List.of());

    assertThat(verdict.valid()).isTrue();
    assertThat(check(verdict, "chain").outcome()).isEqualTo(Outcome.WARNING);
    assertThat(check(verdict, "chain").reason()).isEqualTo("not checked: no trust anchor given");
    assertThat(check(verdict, "timestamp-chain").outcome()).isEqualTo(Outcome.WARNING);
    assertThat(check(verdict, "timestamp-chain").reason())
        .startsWith("not checked: no trust anchor given");
  }

  @Test
  void untrustedSignerFailsTheChain() throws Exception {
    TestCa other = TestCa.create("another CA");

    DossierVerdict verdict =
        DossierChecker.check(good, Optional.empty(), List.of(other.root(), tsa.rootCertificate()));

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.failures()).extracting(Check::name).containsExactly("chain");
    assertThat(check(verdict, "chain").reason())
        .startsWith("the signer's certificate ")
        .contains("CN=Jeanne Martin", "no path to a trust anchor");
  }

  @Test
  void untrustedTimestampAuthorityFailsTheTimestampChain() throws Exception {
    DossierVerdict verdict = DossierChecker.check(good, Optional.empty(), List.of(ca.root()));

    assertThat(verdict.failures()).extracting(Check::name).containsExactly("timestamp-chain");
    assertThat(check(verdict, "timestamp-chain").reason())
        .contains("CN=scelle loopback TSA", "no path to a trust anchor");
  }

  @Test
  void baselineBHasATimestampWarning() throws Exception {
    Path signed = dir.resolve("b.pdf");
    new DossierSigner(signer, DossierSigner.Options.basic()).sign(unsigned, signed);

    DossierVerdict verdict = DossierChecker.check(signed, Optional.empty(), anchors);

    assertThat(verdict.valid()).isTrue();
    assertThat(verdict.warnings()).extracting(Check::name).containsExactly("timestamp");
    assertThat(check(verdict, "timestamp").reason()).contains("only claimed");
  }

  @Test
  void baselineLtValidationDataUpdateIsAccepted() throws Exception {
    Path signed = dir.resolve("lt.pdf");
    new DossierSigner(
            signer,
            DossierSigner.Options.basic()
                .withTimestamp(new TimestampClient(tsa.url(), Duration.ofSeconds(20)))
                .withCrls(List.of(ca.crl())))
        .sign(unsigned, signed);

    DossierVerdict verdict = DossierChecker.check(signed, Optional.of(vault.root()), anchors);

    assertThat(verdict.valid()).as("%s", verdict.failures()).isTrue();
    assertThat(check(verdict, "coverage").reason())
        .contains("covers revision 2 of 3", "only add validation data");
  }

  @Test
  void aMissingDossierOrADirectoryIsNamed() {
    Path missing = dir.resolve("gone.pdf");
    assertThatThrownBy(() -> DossierChecker.check(missing, Optional.empty(), anchors))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("no such dossier");
    assertThatThrownBy(() -> DossierChecker.check(dir, Optional.empty(), anchors))
        .hasMessage(dir + ": a directory, not a dossier");
  }

  @Test
  void oneChangedByteInsideTheSignedRangeFailsTheSignature() throws Exception {
    Path tampered = copyOfGood("byte.pdf");
    byte[] bytes = Files.readAllBytes(tampered);
    int at = indexOf(bytes, "Plainte".getBytes(StandardCharsets.US_ASCII));
    // the document title in the (uncompressed) information dictionary of the first revision
    assertThat(at).isPositive();
    bytes[at] = 'p';
    Files.write(tampered, bytes);

    DossierVerdict verdict = DossierChecker.check(tampered, Optional.empty(), anchors);

    assertThat(verdict.valid()).isFalse();
    assertThat(check(verdict, "signature").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check(verdict, "signature").reason())
        .contains("does not verify", "the file was altered after signing");
    pdfsigSays(tampered, "Digest Mismatch");
  }

  @Test
  void anyChangedByteMakesTheDossierInvalidWithoutAnException() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    byte[] original = Files.readAllBytes(good);
    for (int i = 0; i < 12; i++) {
      int at = random.nextInt(original.length);
      byte[] bytes = original.clone();
      bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
      Path tampered = Files.write(dir.resolve("random-" + i + ".pdf"), bytes);

      DossierVerdict verdict = DossierChecker.check(tampered, Optional.empty(), anchors);

      assertThat(verdict.valid())
          .as("seed %d: byte %d of %d changed: %s", seed, at, bytes.length, verdict.checks())
          .isFalse();
    }
  }

  @Test
  void aChangedByteInTheSignaturePaddingFailsTheSignature() throws Exception {
    Path tampered = copyOfGood("padding.pdf");
    byte[] bytes = Files.readAllBytes(tampered);
    int contents = indexOf(bytes, "/Contents <".getBytes(StandardCharsets.US_ASCII));
    int close = contents + 11;
    while (bytes[close] != '>') {
      close++;
    }
    bytes[close - 5] = '7'; // within the trailing zeros of the reserved space
    Files.write(tampered, bytes);

    DossierVerdict verdict = DossierChecker.check(tampered, Optional.empty(), anchors);

    assertThat(verdict.failures()).extracting(Check::name).containsExactly("signature");
    assertThat(check(verdict, "signature").reason()).contains("in its unsigned padding");
  }

  @Test
  void bytesAppendedAfterEofFailCoverage() throws Exception {
    Path tampered = copyOfGood("appended.pdf");
    Files.writeString(
        tampered,
        "% appended after signing\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.APPEND);

    DossierVerdict verdict = DossierChecker.check(tampered, Optional.empty(), anchors);

    assertThat(verdict.failures()).extracting(Check::name).containsExactly("coverage");
    assertThat(check(verdict, "coverage").reason())
        .contains("25 bytes appended after the last %%EOF");
    pdfsigSays(tampered, "Not total document signed");
  }

  @Test
  void anAnnotationAddedByAnIncrementalUpdateFailsCoverage() throws Exception {
    Path tampered = dir.resolve("annotated.pdf");
    try (PdfDocument pdf =
        new PdfDocument(
            new PdfReader(good.toFile()),
            new PdfWriter(tampered.toFile()),
            new StampingProperties().useAppendMode())) {
      pdf.getFirstPage()
          .addAnnotation(
              new PdfTextAnnotation(new Rectangle(100, 100, 20, 20))
                  .setContents(new PdfString("added after signing")));
    }

    DossierVerdict verdict = DossierChecker.check(tampered, Optional.empty(), anchors);

    assertThat(verdict.failures()).extracting(Check::name).containsExactly("coverage");
    assertThat(check(verdict, "coverage").reason())
        .contains("an incremental update after the signature", "changes object", "/Page");
    pdfsigSays(tampered, "Not total document signed");
  }

  @Test
  void anEmbeddedFileAddedByAnIncrementalUpdateFailsCoverage() throws Exception {
    Path tampered = dir.resolve("attached.pdf");
    try (PdfDocument pdf =
        new PdfDocument(
            new PdfReader(good.toFile()),
            new PdfWriter(tampered.toFile()),
            new StampingProperties().useAppendMode())) {
      pdf.addFileAttachment(
          "extra.jsonl",
          PdfFileSpec.createEmbeddedFileSpec(
              pdf, "{}\n".getBytes(StandardCharsets.UTF_8), "extra", "extra.jsonl", null));
    }

    DossierVerdict verdict = DossierChecker.check(tampered, Optional.empty(), anchors);

    assertThat(verdict.valid()).isFalse();
    assertThat(check(verdict, "coverage").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check(verdict, "coverage").reason())
        .contains("an incremental update after the signature");
    assertThat(check(verdict, "annex:extra.jsonl").reason())
        .isEqualTo("embedded but not listed in the manifest");
  }

  @Test
  void aSwappedAnnexFailsItsDigest() throws Exception {
    byte[] items = Files.readAllBytes(vault.itemsFile());
    byte[] forged =
        new String(items, StandardCharsets.UTF_8)
            .replaceFirst("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"" + "0".repeat(64) + "\"")
            .getBytes(StandardCharsets.UTF_8);
    Path swapped =
        DossierFixture.of(vault).swapAnnex(Annexes.ITEMS, forged).write(dir.resolve("swap.pdf"));
    Path signed = signT(swapped, dir.resolve("swap-signed.pdf"));

    DossierVerdict verdict = DossierChecker.check(signed, Optional.of(vault.root()), anchors);

    assertThat(check(verdict, "signature").passed()).isTrue();
    assertThat(check(verdict, "annex:items.jsonl").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check(verdict, "annex:items.jsonl").reason())
        .contains("differ from the manifest", "the annex was swapped");
    assertThat(check(verdict, "annex:seal").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(verdict.failures())
        .extracting(Check::name)
        .contains("vault:item SRV-FILE01-ACQ1-000001", "vault:items");
  }

  @Test
  void aVaultItemChangedAfterReportingIsNamed() throws Exception {
    Path copy = copyTree(vault.root(), dir.resolve("vault-copy"));
    Vault changed = Vault.open(copy);
    ItemRecord fourth =
        new ItemStore(changed)
            .readAll().stream()
                .filter(r -> r.id().equals(CaseFixture.FOURTH_ITEM))
                .findFirst()
                .orElseThrow();
    Path file = changed.resolve(fourth.vaultPath());
    byte[] bytes = Files.readAllBytes(file);
    bytes[10] ^= 0x20;
    Files.write(file, bytes);

    DossierVerdict verdict = DossierChecker.check(good, Optional.of(copy), anchors);

    assertThat(verdict.failures())
        .extracting(Check::name)
        .containsExactly("vault:item " + CaseFixture.FOURTH_ITEM, "vault:items");
    assertThat(check(verdict, "vault:item " + CaseFixture.FOURTH_ITEM).reason())
        .startsWith(fourth.vaultPath() + ": sha256 ")
        .endsWith(", recorded " + fourth.sha256() + ": the item is no longer what was acquired");
    assertThat(check(verdict, "vault:items").reason())
        .isEqualTo("1 of 4 acquired items differ from their recorded SHA-256");
  }

  @Test
  void ledgerEntriesAppendedAfterReportingAreFineButARewriteIsNot() throws Exception {
    Path copy = copyTree(vault.root(), dir.resolve("vault-grown"));
    Vault grown = Vault.open(copy);
    try (Vault.Lock lock = grown.lock()) {
      Ledger.open(grown, Clock.systemUTC())
          .append(TestIdentity.create("Paul Leroy", "analyst"), Action.NOTE, "after", null);
    }

    DossierVerdict verdict = DossierChecker.check(good, Optional.of(copy), anchors);

    assertThat(verdict.valid()).as("%s", verdict.failures()).isTrue();
    assertThat(check(verdict, "vault:scelle/custody.jsonl").reason())
        .contains("bytes were appended since the report");

    Path ledger = grown.ledgerFile();
    String text = Files.readString(ledger).replaceFirst("\"acquired\"", "\"skipped\"");
    Files.writeString(ledger, text);

    DossierVerdict rewritten = DossierChecker.check(good, Optional.of(copy), anchors);

    assertThat(rewritten.failures())
        .extracting(Check::name)
        .containsExactly("vault:scelle/custody.jsonl", "vault:ledger");
    assertThat(check(rewritten, "vault:scelle/custody.jsonl").reason())
        .contains("the vault file was changed after reporting");
  }

  @Test
  void unsignedDossierAndNonPdfAreInvalidNotErrors() throws Exception {
    DossierVerdict verdict = DossierChecker.check(unsigned, Optional.empty(), anchors);
    assertThat(check(verdict, "signature").reason()).isEqualTo("the dossier is not signed");
    assertThat(verdict.valid()).isFalse();

    Path garbage = Files.writeString(dir.resolve("garbage.pdf"), "not a PDF at all\n");
    DossierVerdict notPdf = DossierChecker.check(garbage, Optional.empty(), anchors);
    assertThat(notPdf.valid()).isFalse();
    assertThat(check(notPdf, "pdf").outcome()).isEqualTo(Outcome.FAILED);
  }

  private static void pdfsigSays(Path file, String text) throws Exception {
    Path pdfsig = References.tool("pdfsig", "poppler-utils");
    Tool run = Tool.run(file.getParent(), List.of(pdfsig.toString(), file.toString()));
    assertThat(run.out() + run.err()).contains(text);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Path copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals(".scelle.lock")) {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
