package org.scelle.reporter.check;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded files of a PDF (the {@code /EmbeddedFiles} name tree), by file name (the file
 * specification's {@code /UF}, else {@code /F}, else the name-tree key: what {@code pdfdetach}
 * shows), each decoded once to take its digest and size, not kept ({@link EmbeddedFile}). An entry
 * that cannot be read becomes a failed {@code annex:<name>} check. Stateless.
 */
final class EmbeddedAnnexes {

  private EmbeddedAnnexes() {}

  /** The readable embedded files of {@code pdf}, in name-tree order; problems go to {@code out}. */
  static Map<String, EmbeddedFile> read(PdfDocument pdf, List<Check> out) {
    Map<String, EmbeddedFile> files = new LinkedHashMap<>();
    Map<PdfString, PdfObject> names =
        pdf.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames();
    for (Map.Entry<PdfString, PdfObject> entry : names.entrySet()) {
      String name = entry.getKey().toUnicodeString();
      try {
        PdfObject value = entry.getValue();
        PdfDictionary spec = value instanceof PdfDictionary d ? d : null;
        name = fileName(spec, name);
        PdfDictionary ef = spec == null ? null : spec.getAsDictionary(PdfName.EF);
        PdfStream stream = ef == null ? null : ef.getAsStream(PdfName.UF);
        if (stream == null && ef != null) {
          stream = ef.getAsStream(PdfName.F);
        }
        if (stream == null) {
          out.add(Check.fail("annex:" + name, "embedded file entry without an embedded stream"));
          continue;
        }
        files.put(name, EmbeddedFile.of(stream));
      } catch (ITextException e) {
        out.add(
            Check.fail(
                "annex:" + name, "embedded file is unreadable: " + SignatureChecks.message(e)));
      }
    }
    return files;
  }

  private static String fileName(PdfDictionary spec, String key) {
    if (spec == null) {
      return key;
    }
    PdfString uf = spec.getAsString(PdfName.UF);
    if (uf != null) {
      return uf.toUnicodeString();
    }
    PdfString f = spec.getAsString(PdfName.F);
    return f != null ? f.toUnicodeString() : key;
  }
}
