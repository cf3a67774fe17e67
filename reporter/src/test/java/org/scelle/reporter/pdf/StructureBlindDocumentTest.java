package org.scelle.reporter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureBlindDocumentTest {

  @TempDir Path dir;

  private Path tagged() throws Exception {
    Path file = dir.resolve("tagged.pdf");
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toFile()))) {
      pdf.setTagged();
      try (Document doc = new Document(pdf)) {
        doc.add(new Paragraph("one"));
        doc.add(new Paragraph("two"));
      }
    }
    return file;
  }

  @Test
  void readsATaggedFileWithoutItsStructureTree() throws Exception {
    Path file = tagged();
    try (PdfDocument pdf = new StructureBlindDocument(new PdfReader(file.toFile()))) {
      assertThat(pdf.isTagged()).isFalse();
      assertThat(pdf.getStructTreeRoot()).isNull();
      assertThat(pdf.getCatalog().getPdfObject().get(PdfName.StructTreeRoot)).isNotNull();
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void anAppendedUpdateKeepsTheStructureTreeOfTheFile() throws Exception {
    Path file = tagged();
    Path out = dir.resolve("appended.pdf");
    try (PdfDocument pdf =
        new StructureBlindDocument(
            new PdfReader(file.toFile()),
            new PdfWriter(out.toFile()),
            new StampingProperties().useAppendMode())) {
      pdf.getDocumentInfo().setSubject("appended");
    }
    try (PdfDocument pdf = new PdfDocument(new PdfReader(out.toFile()))) {
      assertThat(pdf.isTagged()).isTrue();
      assertThat(pdf.getStructTreeRoot().getKids()).hasSize(1);
      assertThat(pdf.getDocumentInfo().getSubject()).isEqualTo("appended");
    }
  }
}
