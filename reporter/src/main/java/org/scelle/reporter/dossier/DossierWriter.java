package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfVersion;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.scelle.custody.concurrent.Background;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.complaint.Complaint;

/**
 * Writes the unsigned dossier of a case: one PDF/A-3b file, tagged, with bookmarks per section, a
 * footer on every page ({@code n / N}, case id, vault seal), DejaVu fonts embedded, and the vault's
 * machine-readable files embedded as associated files with the manifest {@value
 * AnnexManifest#FILE_NAME}.
 *
 * <p>Reproducible: the same vault, complaint, language, clocks and report time (from the {@link
 * Clock}) give the same bytes. The document ID is derived from the case, the vault state and the
 * report time; the creation and modification dates are the report time; fonts are embedded whole
 * (iText's subset names are random).
 *
 * <p>Items, ledger and findings are read as streams; long tables are laid out in bounded chunks
 * ({@link LargeTable}), the longest (inventory, ledger entries, findings) with one self-drawn
 * {@link GridRow} per row instead of one iText cell per column; pages and their structure elements
 * are flushed as they fill ({@link PageTagsRelease}); embedded files are streamed. What still grows
 * with the vault is iText's cross-reference table and the shells of flushed objects, a few hundred
 * bytes per table row.
 *
 * <p>Instances are immutable and may be shared; each {@code write} is independent. The vault must
 * not change while a dossier is written (hold its lock); a change of an embedded file is detected
 * and fails the write.
 */
public final class DossierWriter {
  private final Clock clock;
  private final UnaryOperator<String> pseudonymiser;
  private final OffenceSummaries catalogue;
  private final List<RegulatoryClockRow> clocks;
  private final boolean tagged;
  private final List<String> coverNotes;

  private DossierWriter(
      Clock clock,
      UnaryOperator<String> pseudonymiser,
      OffenceSummaries catalogue,
      List<RegulatoryClockRow> clocks,
      boolean tagged,
      List<String> coverNotes) {
    this.tagged = tagged;
    this.coverNotes = List.copyOf(coverNotes);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.clocks = List.copyOf(clocks);
  }

  /**
   * A writer whose report time is {@code clock}'s instant at each write (truncated to the second),
   * with no pseudonymisation, no catalogue and no regulatory clocks; set them with the {@code
   * with...} methods.
   */
  public static DossierWriter withClock(Clock clock) {
    return new DossierWriter(
        clock, UnaryOperator.identity(), OffenceSummaries.none(), List.of(), true, List.of());
  }

  /**
   * This writer with {@code pseudonymiser} applied to every text drawn from the evidence or the
   * narrative (narrative, paths, finding values, ledger details, ransom-note excerpts). It must be
   * thread-safe and deterministic.
   */
  public DossierWriter withPseudonymiser(UnaryOperator<String> pseudonymiser) {
    return new DossierWriter(clock, pseudonymiser, catalogue, clocks, tagged, coverNotes);
  }

  /** This writer with the legal catalogue's summaries of the offences. */
  public DossierWriter withCatalogue(OffenceSummaries catalogue) {
    return new DossierWriter(clock, pseudonymiser, catalogue, clocks, tagged, coverNotes);
  }

  /** This writer with the regulatory clocks to show, in the given order. */
  public DossierWriter withRegulatoryClocks(List<RegulatoryClockRow> clocks) {
    return new DossierWriter(clock, pseudonymiser, catalogue, clocks, tagged, coverNotes);
  }

  /**
   * This writer with {@code notes} shown on the cover, each in a framed paragraph after the case
   * summary: how the dossier is signed and time-stamped, or that it is a demonstration.
   */
  public DossierWriter withCoverNotes(List<String> notes) {
    return new DossierWriter(clock, pseudonymiser, catalogue, clocks, tagged, notes);
  }

  /** This writer producing a tagged PDF ({@code true}, the default) or an untagged one. */
  public DossierWriter withTagging(boolean tagged) {
    return new DossierWriter(clock, pseudonymiser, catalogue, clocks, tagged, coverNotes);
  }

  /**
   * Writes the dossier with the system clock (the convenience the CLI calls when it has no clock of
   * its own).
   *
   * @see #write(Vault, Complaint, String, Path)
   */
  public static DossierResult write(
      Vault vault,
      Complaint complaint,
      String language,
      UnaryOperator<String> pseudonymiser,
      OffenceSummaries catalogue,
      Path out)
      throws IOException {
    return withClock(Clock.systemUTC())
        .withPseudonymiser(pseudonymiser)
        .withCatalogue(catalogue)
        .write(vault, complaint, language, out);
  }

  /**
   * Writes the dossier of {@code vault} for {@code complaint} to {@code out}, replacing it
   * atomically (a temporary file beside it, then a move): a failed write leaves no partial file.
   *
   * @param language {@code fr} or {@code en}; overrides the complaint's own language
   * @return what was written: the manifest, the page count and the file's SHA-256
   * @throws IllegalArgumentException for a language other than {@code fr} or {@code en}
   * @throws IOException when a vault file is missing, malformed, or changes during the write, or
   *     {@code out} cannot be written
   */
  public DossierResult write(Vault vault, Complaint complaint, String language, Path out)
      throws IOException {
    Messages msg = Messages.of(language);
    Instant generated = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    // The annexes' digests on a thread of their own, while the facts are read.
    Background<List<AnnexFile>> plan =
        Background.start("dossier-annexes", () -> AnnexFile.plan(vault));
    CaseFacts facts = CaseFacts.read(vault);
    List<AnnexFile> annexes = plan.join();
    String tool = "scelle " + Vault.toolVersion();
    AnnexManifest manifest =
        new AnnexManifest(
            AnnexManifest.FORMAT,
            facts.info().caseId(),
            generated.toString(),
            Vault.toolVersion(),
            language,
            new AnnexManifest.Seal(facts.items().merkleRoot(), facts.items().acquiredCount()),
            new AnnexManifest.LedgerState(
                facts.ledger().report().entries(), facts.ledger().report().headSha256()),
            annexes.stream().map(AnnexFile::manifestEntry).toList());
    byte[] manifestJson =
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);

    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
    int pages;
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        pages =
            render(
                os, vault, complaint, msg, facts, annexes, manifestJson, generated, tool, language);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return new DossierResult(out, pages, manifest, sha256(out));
  }

  private int render(
      OutputStream os,
      Vault vault,
      Complaint complaint,
      Messages msg,
      CaseFacts facts,
      List<AnnexFile> annexes,
      byte[] manifestJson,
      Instant generated,
      String tool,
      String language)
      throws IOException {
    PdfString id = new PdfString(documentId(facts, complaint, generated, language, manifestJson));
    id.setHexWriting(true);
    // A plain PdfDocument that declares PDF/A-3b (XMP identification, PDF 1.7, output intent), not
    // iText's PdfADocument: the latter writes no object before it has checked it, and it checks a
    // page's tags and content only when the page is flushed with its resources, which would also
    // write the shared "N" of the footers before N is known. So it keeps every page and tag of the
    // dossier in memory until the end (a 100,000-item dossier does not fit in 1 GiB). Conformance
    // is
    // checked on the result instead, by veraPDF in the tests.
    WriterProperties wp =
        new WriterProperties()
            .setInitialDocumentId(id)
            .setModifiedDocumentId(id)
            .setPdfVersion(PdfVersion.PDF_1_7)
            .addPdfAXmpMetadata(PdfAConformance.PDF_A_3B);
    PdfWriter writer = new PdfWriter(os, wp);
    writer.setCloseStream(false);
    PdfOutputIntent intent =
        new PdfOutputIntent(
            "Custom",
            "",
            "http://www.color.org",
            "sRGB IEC61966-2.1",
            new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    PdfDocument pdf = new PdfDocument(writer);
    pdf.addOutputIntent(intent);
    if (tagged) {
      pdf.setTagged();
    }
    pdf.getCatalog().setLang(new PdfString(language));
    pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    pdf.getCatalog().put(PdfName.PageMode, PdfName.UseOutlines);
    info(pdf.getDocumentInfo(), facts, complaint, msg, generated, tool);

    DossierFonts fonts = DossierFonts.load();
    PageFooter footer =
        new PageFooter(
            fonts.regular(),
            fonts.mono(),
            msg.get("footer.case", facts.info().caseId()),
            msg.get("footer.seal", facts.items().merkleRoot().substring(0, 16)));
    pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
    pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageTagsRelease());

    Document doc = new Document(pdf, PageSize.A4, true);
    doc.setMargins(42, 42, 50, 42);
    doc.setFont(fonts.regular()).setFontSize(DossierLayout.BODY);
    DossierLayout l =
        new DossierLayout(pdf, doc, fonts, msg, new TimeText(facts.info().zone()), pseudonymiser);

    CoverSection.write(l, facts, complaint, generated, tool, coverNotes);
    LetterSection.write(l, complaint, catalogue);
    FactsSection.write(l, facts, complaint);
    ImpactSection.write(l, complaint, clocks);
    InventorySection.write(l, vault, facts);
    CustodySection.write(l, vault, facts);
    FindingsSection.write(l, vault, facts);
    EncryptedFilesSection.write(l, vault, facts);
    IocSection.write(l, facts, annexes);

    AnnexEmbedder embedder = new AnnexEmbedder(pdf, generated);
    try {
      embedder.embedAll(annexes);
      embedder.embedManifest(manifestJson);
      int pages = pdf.getNumberOfPages();
      footer.writeTotal(pdf, pages);
      doc.close();
      embedder.finish();
      return pages;
    } finally {
      embedder.abandon();
    }
  }

  private static void info(
      PdfDocumentInfo info,
      CaseFacts facts,
      Complaint c,
      Messages msg,
      Instant generated,
      String tool) {
    info.setTitle(msg.get("meta.title", facts.info().caseId(), facts.info().title()));
    info.setAuthor(c.plaintiff().name());
    info.setSubject(msg.get("meta.subject", c.kind() == null ? "" : c.kind()));
    info.setKeywords(
        "scelle; " + facts.info().caseId() + "; merkle_root=" + facts.items().merkleRoot());
    info.setCreator(tool);
    String date = ((PdfString) AnnexEmbedder.pdfDate(generated).getPdfObject()).getValue();
    info.setMoreInfo(PdfName.CreationDate.getValue(), date);
    info.setMoreInfo(PdfName.ModDate.getValue(), date);
  }

  /**
   * 16 bytes of SHA-256 over what determines the dossier: case id, Merkle root, ledger head, report
   * time, language, the complaint's value and the manifest (the annexes' digests).
   */
  private static byte[] documentId(
      CaseFacts facts, Complaint c, Instant generated, String language, byte[] manifest) {
    MessageDigest md = MultiDigest.sha256();
    for (String s :
        new String[] {
          facts.info().caseId(),
          facts.items().merkleRoot(),
          facts.ledger().report().headSha256(),
          generated.toString(),
          language,
          c.toString()
        }) {
      md.update(s.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    md.update(manifest);
    return Arrays.copyOf(md.digest(), 16);
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest md = MultiDigest.sha256();
    try (var in = new java.security.DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return java.util.HexFormat.of().formatHex(md.digest());
  }
}
