package org.scelle.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.CaseIndex;
import org.scelle.indexer.index.CaseSearcher;
import org.scelle.indexer.index.Hit;
import org.scelle.indexer.index.IndexSummary;
import org.scelle.indexer.index.Indexer;
import org.scelle.indexer.index.Sources;
import org.scelle.indexer.ioc.Enrichment;

/** Documents through the real indexer: their text is searchable, cited and mined for indicators. */
class FileTextSourceTest {
  @TempDir Path tmp;

  @Test
  void documentTextIsIndexedWithMetadataLocatorsAndIndicators() throws Exception {
    TestVault v = new TestVault(tmp);
    ItemRecord pdf = v.add("rapport.pdf", pdf(), "application/pdf", "clean");
    ItemRecord docx =
        v.add(
            "consignes.docx",
            docx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "clean");
    ItemRecord zip =
        v.add("envoi.zip", zipOf("pieces/consignes.docx", docx()), "application/zip", "clean");
    ItemRecord html =
        v.add(
            "ClopReadMe.html",
            "<html><head><title>Clop</title></head><body><p>Write to unlock@clop-mail.example.org"
                .concat(" or pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq</p></body></html>")
                .getBytes(StandardCharsets.UTF_8),
            "text/html",
            "ransom-note");
    ItemRecord encrypted =
        v.add(
            "budget-2019.xlsx.Clop",
            new byte[] {1, 2, 3, 0, 5},
            "application/octet-stream",
            "encrypted");

    IndexSummary s =
        new Indexer(Sources.builtIn(), Enrichment::iocFields, Clock.systemUTC())
            .index(v.vault, 2, null);
    assertThat(s.byStatus()).containsEntry("indexed", 4L).containsEntry("encrypted", 1L);
    Map<String, CaseIndex.Marker> m = CaseIndex.markers(v.vault);
    assertThat(m.get(pdf.id()).note()).isEqualTo("indexed: application/pdf, 1 chunk(s)");
    assertThat(m.get(encrypted.id()).note())
        .isEqualTo("encrypted: not extracted (triage: known-extension:.Clop)");

    try (CaseSearcher searcher = CaseSearcher.open(v.vault)) {
      List<Hit> hits = searcher.search(CaseSearcher.parse("ioc.ipv4:203.0.113.45"), null, null, 5);
      assertThat(hits)
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.itemId()).isEqualTo(pdf.id());
                assertThat(h.itemSha256()).isEqualTo(pdf.sha256());
                assertThat(h.locator()).isEqualTo("chunk:1");
                assertThat(h.fields())
                    .containsEntry(Fields.EVENT_DATASET, "file.text")
                    .containsEntry(Fields.FORMAT, "file-text")
                    .containsEntry(Fields.FILE_MIME_TYPE, "application/pdf")
                    .containsEntry(Fields.DOCUMENT_TITLE, "Rapport d'intervention")
                    .containsEntry(Fields.DOCUMENT_AUTHOR, "Équipe SSI")
                    .containsEntry(Fields.DOCUMENT_CREATED, "2019-11-16T08:30:00Z")
                    .containsEntry(Fields.IOC_URL, "http://update-check.example.net/api/v1/check");
              });
      // the same docx, alone and inside a zip: the zip's copy is located inside it
      List<Hit> docs =
          searcher.search(CaseSearcher.parse("sauvegardes AND hors-ligne"), null, null, 5);
      assertThat(docs)
          .extracting(Hit::itemId, Hit::locator)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(docx.id(), "chunk:1"),
              org.assertj.core.groups.Tuple.tuple(
                  zip.id(), "chunk:1@embedded:pieces/consignes.docx"));
      assertThat(docs)
          .allSatisfy(
              h -> assertThat(h.fields()).containsEntry(Fields.DOCUMENT_AUTHOR, "Alice Martin"));
      assertThat(searcher.count(CaseSearcher.parse("ioc.email:unlock@clop-mail.example.org")))
          .isEqualTo(1);
      assertThat(
              searcher.count(
                  CaseSearcher.parse("ioc.btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")))
          .isEqualTo(1);
      assertThat(searcher.count(CaseSearcher.parse("message:body"))).isZero(); // no markup
      assertThat(searcher.count(CaseSearcher.parse("scelle.item.id:\"" + html.id() + "\"")))
          .isEqualTo(1);
    }
    // a second run re-indexes nothing and duplicates nothing
    IndexSummary again =
        new Indexer(Sources.builtIn(), Enrichment::iocFields, Clock.systemUTC())
            .index(v.vault, 1, null);
    assertThat(again.items()).isZero();
  }

  static byte[] pdf() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Rapport d'intervention");
      info.setAuthor("Équipe SSI");
      Calendar created = Calendar.getInstance(TimeZone.getTimeZone("Europe/Paris"));
      created.clear();
      created.set(2019, Calendar.NOVEMBER, 16, 9, 30, 0);
      info.setCreationDate(created);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText("Beaconing to http://update-check.example.net/api/v1/check from 203.0.113.45");
        cs.endText();
      }
      doc.save(buf);
    }
    return buf.toByteArray();
  }

  static byte[] docx() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setCreator("Alice Martin");
      doc.createParagraph()
          .createRun()
          .setText("Consignes: conserver les sauvegardes hors-ligne et ne pas redémarrer.");
      doc.write(buf);
    }
    return buf.toByteArray();
  }

  static byte[] zipOf(String name, byte[] content) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buf)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return buf.toByteArray();
  }
}
