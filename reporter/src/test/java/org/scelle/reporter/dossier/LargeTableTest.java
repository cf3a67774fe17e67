package org.scelle.reporter.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LargeTableTest {
  static final String HEADER = "HeaderOfColumnOne";
  static final Pattern ROW = Pattern.compile("row-(\\d{5})");

  /**
   * Many chunks of rows of varying height (so that chunk boundaries fall at varied places on the
   * page): every row appears once and in order, every page of the table starts with the header and
   * no page shows it twice.
   */
  @Test
  void chunksReadAsOneTableWithTheHeaderAtTheTopOfEveryPageOnly() throws Exception {
    int rows = LargeTable.CHUNK_ROWS * 9 + 7;
    byte[] pdf = layout(rows);
    List<Integer> seen = new ArrayList<>();
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertTrue(doc.getNumberOfPages() > 20, "pages: " + doc.getNumberOfPages());
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        String text = PdfTextExtractor.getTextFromPage(doc.getPage(p));
        int headers = text.split(HEADER, -1).length - 1;
        assertEquals(1, headers, "headers on page " + p + ":\n" + text);
        int header = text.indexOf(HEADER);
        Matcher m = ROW.matcher(text);
        boolean first = true;
        while (m.find()) {
          if (first) {
            assertTrue(header < m.start(), "page " + p + " starts with a row, not the header");
            first = false;
          }
          seen.add(Integer.parseInt(m.group(1)));
        }
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      expected.add(i);
    }
    assertEquals(expected, seen);
  }

  /** The same with rows drawn as {@link GridRow}s, one table cell per row. */
  @Test
  void gridRowsReadAsOneTableWithTheHeaderAtTheTopOfEveryPageOnly() throws Exception {
    int rows = LargeTable.CHUNK_ROWS * 9 + 7;
    byte[] pdf = layout(rows, true);
    List<Integer> seen = new ArrayList<>();
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertTrue(doc.getNumberOfPages() > 20, "pages: " + doc.getNumberOfPages());
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        String text = PdfTextExtractor.getTextFromPage(doc.getPage(p));
        assertEquals(1, text.split(HEADER, -1).length - 1, "headers on page " + p);
        Matcher m = ROW.matcher(text);
        while (m.find()) {
          assertTrue(text.indexOf(HEADER) < m.start(), "page " + p + " starts with a row");
          seen.add(Integer.parseInt(m.group(1)));
        }
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      expected.add(i);
    }
    assertEquals(expected, seen);
  }

  @Test
  void aTableWithoutRowsShowsItsHeader() throws Exception {
    byte[] pdf = layout(0);
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals(1, doc.getNumberOfPages());
      assertTrue(PdfTextExtractor.getTextFromPage(doc.getPage(1)).contains(HEADER));
    }
  }

  private static byte[] layout(int rows) throws Exception {
    return layout(rows, false);
  }

  private static byte[] layout(int rows, boolean grid) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfDocument pdf = new PdfDocument(new PdfWriter(out));
    pdf.setTagged();
    try (Document doc = new Document(pdf, PageSize.A4, true)) {
      DossierFonts fonts = DossierFonts.load();
      doc.setFont(fonts.regular()).setFontSize(DossierLayout.BODY);
      DossierLayout l =
          new DossierLayout(
              pdf,
              doc,
              fonts,
              Messages.of("en"),
              new TimeText(ZoneOffset.UTC),
              UnaryOperator.identity());
      l.para("A paragraph before the table.");
      LargeTable t = new LargeTable(l, new float[] {150, 200, 161}, HEADER, "Two", "Three");
      for (int i = 0; i < rows; i++) {
        String tall = "line\n".repeat(i % 7);
        String id = String.format("row-%05d", i);
        if (grid) {
          t.row(List.of(l.gridText(id), l.gridProse(tall + "end"), l.gridMono("x")));
        } else {
          t.row(l.cell(id), l.proseCell(tall + "end"), l.monoCell("x"));
        }
      }
      t.complete();
    }
    return out.toByteArray();
  }
}
