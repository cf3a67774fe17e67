package org.scelle.reporter.dossier;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The three DejaVu fonts of a dossier (regular, bold, monospace), shipped in {@code
 * org/scelle/reporter/fonts/} with their licence. A PDF/A document has no default font, so every
 * text element uses one of these.
 *
 * <p>The fonts are embedded whole, not subset: iText names a subset with a random six-letter tag,
 * which would make two renderings of the same case differ byte for byte. Create one instance per
 * document; fonts are bound to the document that first uses them.
 */
record DossierFonts(PdfFont regular, PdfFont bold, PdfFont mono) {
  private static final String DIR = "/org/scelle/reporter/fonts/";

  /** Loads the fonts for one document. */
  static DossierFonts load() {
    return new DossierFonts(
        font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"), font("DejaVuSansMono.ttf"));
  }

  private static PdfFont font(String file) {
    try (InputStream in = DossierFonts.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + DIR + file + " missing from the jar");
      }
      PdfFont f =
          PdfFontFactory.createFont(
              in.readAllBytes(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
      f.setSubset(false);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException("font resource " + DIR + file + ": " + e.getMessage(), e);
    }
  }
}
