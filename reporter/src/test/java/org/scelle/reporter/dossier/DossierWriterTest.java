package org.scelle.reporter.dossier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumTree;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.json.Json;
import org.scelle.custody.seal.Sealer;
import org.scelle.custody.testing.References;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.annex.Annexes;
import org.scelle.reporter.complaint.Complaint;
import org.scelle.reporter.fixtures.VeraPdf;

class DossierWriterTest {
  static final Clock REPORT_TIME =
      Clock.fixed(Instant.parse("2019-11-18T09:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static SampleVault sample;
  static Path french;
  static DossierResult frenchResult;

  @BeforeAll
  static void writeFrenchDossier() throws IOException {
    sample = SampleVault.create(dir.resolve("case"));
    french = dir.resolve("dossier-fr.pdf");
    frenchResult =
        writer(SampleComplaint.valmont())
            .write(sample.vault, SampleComplaint.valmont(), "fr", french);
  }

  static DossierWriter writer(Complaint c) {
    return DossierWriter.withClock(REPORT_TIME)
        .withPseudonymiser(s -> SampleComplaint.pseudonymise(c, s))
        .withCatalogue(SampleComplaint.catalogue())
        .withRegulatoryClocks(
            List.of(
                new RegulatoryClockRow(
                    "Notification à la CNIL (RGPD art. 33)",
                    Instant.parse("2019-11-18T18:45:00Z"),
                    "faite le 2019-11-17 15:00Z"),
                new RegulatoryClockRow("Déclaration à l'ARS", null, "faite")));
  }

  @Test
  void veraPdfFindsTheDossierPdfA3bCompliant() throws Exception {
    assertEquals(List.of(), VeraPdf.failures(french));
  }

  @Test
  void pdftotextFindsEveryHashAndTheFrenchTexts() throws Exception {
    String text = pdftotext(french);
    for (ItemRecord r : sample.items) {
      if (r.sha256() != null) {
        assertTrue(text.contains(r.sha256()), "SHA-256 of " + r.id() + " not found as one string");
      }
      assertTrue(text.contains(r.id().substring(0, 10)), r.id());
    }
    String root = Sealer.rootOf(sample.items);
    assertTrue(text.contains(root), "full Merkle root on the cover");
    assertEquals(root, frenchResult.manifest().seal().merkleRoot());
    for (String s :
        List.of(
            "Dossier de plainte (plainte contre X)",
            "Documents à vérifier",
            "Qualification juridique",
            "Article 323-1 du Code pénal",
            "(article absent du catalogue de l'outil : à vérifier)",
            "Chronologie de l'attaque",
            "Détonation sur SRV-FILE01",
            "Inventaire des éléments de preuve",
            "Chaîne de conservation",
            "INTACT",
            "Délais réglementaires",
            "Notification à la CNIL",
            "Analyse des fichiers chiffrés",
            "Notes de rançon",
            "Your network has been PENETRATED.",
            "unlock-valmont@mail.example.net",
            "Annexe : indicateurs de compromission",
            "Fait à Valmont, 18 novembre 2019",
            "écarté",
            "Alice Martin",
            "1 / ")) {
      assertTrue(text.contains(s), "missing: " + s);
    }
    assertFalse(text.contains("Morvan-Desprès"), "a patient name escaped pseudonymisation");
    assertTrue(text.contains("[PATIENT]"));
    assertTrue(text.contains("[NIR]"));
    int pages = frenchResult.pages();
    assertTrue(text.contains(pages + " / " + pages) || text.contains(" / " + pages), "page total");
  }

  @Test
  void englishRendersItsOwnTexts() throws Exception {
    Complaint c = SampleComplaint.valmont("en");
    Path english = dir.resolve("dossier-en.pdf");
    writer(c).write(sample.vault, c, "en", english);
    String text = pdftotext(english);
    for (String s :
        List.of(
            "Complaint dossier (plainte contre X)",
            "To be verified",
            "Legal qualification",
            "Article 323-1 of the Code pénal",
            "Evidence inventory",
            "Chain of custody",
            "Encrypted-file analysis",
            "Annex: indicators of compromise",
            "Done at Valmont, 18 November 2019")) {
      assertTrue(text.contains(s), "missing: " + s);
    }
    assertFalse(text.contains("Inventaire des éléments de preuve"));
  }

  @Test
  void embeddedAnnexesAreTheVaultFilesByteForByteAndTheManifestMatches() throws Exception {
    Map<String, byte[]> embedded = new HashMap<>();
    Map<String, String> relationships = new HashMap<>();
    try (PdfDocument pdf = new PdfDocument(new PdfReader(french.toFile()))) {
      PdfArray af = pdf.getCatalog().getPdfObject().getAsArray(PdfName.AF);
      for (int i = 0; i < af.size(); i++) {
        PdfDictionary spec = af.getAsDictionary(i);
        String name = spec.getAsString(PdfName.UF).toUnicodeString();
        PdfStream ef = spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F);
        embedded.put(name, ef.getBytes());
        relationships.put(name, spec.getAsName(PdfName.AFRelationship).getValue());
        assertTrue(ef.getAsDictionary(PdfName.Params).containsKey(PdfName.ModDate));
      }
    }
    Path tags = sample.vault.tagDir();
    assertArrayEquals(Files.readAllBytes(tags.resolve("items.jsonl")), embedded.get(Annexes.ITEMS));
    assertArrayEquals(
        Files.readAllBytes(tags.resolve("custody.jsonl")), embedded.get(Annexes.LEDGER));
    assertArrayEquals(
        Files.readAllBytes(tags.resolve("findings.jsonl")), embedded.get(Annexes.FINDINGS));
    assertArrayEquals(
        Files.readAllBytes(tags.resolve("timeline.csv")), embedded.get(Annexes.TIMELINE));
    assertArrayEquals(
        Files.readAllBytes(tags.resolve("feeds/iocs.csv")),
        embedded.get(Annexes.FEED_PREFIX + "iocs.csv"));
    AnnexManifest manifest =
        Json.mapper().readValue(embedded.get(AnnexManifest.FILE_NAME), AnnexManifest.class);
    assertEquals(frenchResult.manifest(), manifest);
    assertEquals(SampleVault.CASE_ID, manifest.caseId());
    assertEquals(5, manifest.annexes().size());
    for (AnnexManifest.Entry e : manifest.annexes()) {
      byte[] bytes = embedded.get(e.name());
      assertEquals(e.size(), bytes.length, e.name());
      assertEquals(e.sha256(), SampleVault.hex("SHA-256", bytes), e.name());
      assertEquals("Data", relationships.get(e.name()));
    }
    assertEquals("Supplement", relationships.get(AnnexManifest.FILE_NAME));
    assertEquals("2019-11-18T09:00:00Z", manifest.generated());
    assertEquals(4, manifest.seal().itemCount());
  }

  /**
   * Same inputs and report time: same length, same document ID, same text, same annexes. Not
   * byte-identical with iText 9.4, for two reasons found by diffing runs: when tagged, the
   * structure elements are numbered and written in the order of an identity-hashed map; and at
   * close the three fonts are written in an order that varies between runs (the font objects swap
   * numbers, for example 126 0 obj is DejaVuSans-Bold in one run and DejaVuSansMono in the next).
   * Everything else (dates, ID, embedded files, page content) is fixed by the report time.
   */
  @Test
  void sameInputsAndReportTimeGiveTheSameDocument() throws Exception {
    Complaint c = SampleComplaint.valmont();
    Path again = dir.resolve("dossier-fr-again.pdf");
    DossierResult r = writer(c).write(sample.vault, c, "fr", again);
    assertEquals(Files.size(french), Files.size(again));
    assertEquals(frenchResult.manifest(), r.manifest());
    assertEquals(pdftotext(french), pdftotext(again));
    try (PdfDocument a = new PdfDocument(new PdfReader(french.toFile()));
        PdfDocument b = new PdfDocument(new PdfReader(again.toFile()))) {
      assertEquals(16, frenchId().length);
      assertArrayEquals(
          frenchId(), b.getTrailer().getAsArray(PdfName.ID).getAsString(0).getValueBytes());
      assertEquals(a.getDocumentInfo().getMoreInfo("CreationDate"), "D:20191118090000Z");
      assertEquals(
          a.getDocumentInfo().getMoreInfo("ModDate"), b.getDocumentInfo().getMoreInfo("ModDate"));
      for (int p = 1; p <= a.getNumberOfPages(); p++) {
        assertArrayEquals(
            a.getPage(p).getContentBytes(), b.getPage(p).getContentBytes(), "page " + p);
      }
    }
  }

  private static byte[] frenchId() throws IOException {
    try (PdfDocument pdf = new PdfDocument(new PdfReader(french.toFile()))) {
      return pdf.getTrailer().getAsArray(PdfName.ID).getAsString(0).getValueBytes();
    }
  }

  /**
   * The structure parent tree (written page by page as pages end, see {@link PageTagsRelease}) maps
   * every marked-content sequence of every page to the structure element that lists it.
   */
  @Test
  void parentTreeMapsEveryMarkedContentOfEveryPageToTheElementThatHoldsIt() throws Exception {
    try (PdfDocument pdf = new PdfDocument(new PdfReader(french.toFile()))) {
      Map<Integer, PdfObject> tree =
          new PdfNumTree(pdf.getCatalog(), PdfName.ParentTree).getNumbers();
      int checked = 0;
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        PdfPage page = pdf.getPage(p);
        Set<Integer> mcids = new TreeSet<>();
        new PdfCanvasProcessor(
                new IEventListener() {
                  @Override
                  public void eventOccurred(IEventData data, EventType type) {
                    int mcid = ((TextRenderInfo) data).getMcid();
                    if (mcid >= 0) {
                      mcids.add(mcid);
                    }
                  }

                  @Override
                  public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                  }
                })
            .processPageContent(page);
        if (mcids.isEmpty()) {
          continue;
        }
        PdfNumber index = page.getPdfObject().getAsNumber(PdfName.StructParents);
        assertTrue(index != null, "page " + p + " has no /StructParents");
        PdfArray parents = (PdfArray) tree.get(index.intValue());
        assertTrue(parents != null, "no parent tree entry for page " + p);
        for (int mcid : mcids) {
          PdfDictionary elem = parents.getAsDictionary(mcid);
          assertTrue(elem != null, "page " + p + ", MCID " + mcid + ": no parent");
          assertTrue(lists(elem.get(PdfName.K), mcid), "page " + p + ", MCID " + mcid);
          checked++;
        }
      }
      assertTrue(checked > 100, "marked contents checked: " + checked);
    }
  }

  /**
   * Whether the /K value {@code k} of a structure element lists the marked content {@code mcid}.
   */
  private static boolean lists(PdfObject k, int mcid) {
    if (k instanceof PdfNumber n) {
      return n.intValue() == mcid;
    }
    if (k instanceof PdfDictionary d) {
      PdfNumber m = d.getAsNumber(PdfName.MCID);
      return m != null && m.intValue() == mcid;
    }
    if (k instanceof PdfArray a) {
      for (PdfObject o : a) {
        if (lists(o, mcid)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void anotherLanguageIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            writer(SampleComplaint.valmont())
                .write(sample.vault, SampleComplaint.valmont(), "de", dir.resolve("de.pdf")));
    assertFalse(Files.exists(dir.resolve("de.pdf")));
  }

  static String pdftotext(Path pdf) throws Exception {
    Path tool = References.tool("pdftotext", "poppler-utils");
    Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
    Process p =
        new ProcessBuilder(tool.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return Files.readString(txt, StandardCharsets.UTF_8);
  }
}
