package org.scelle.reporter.dossier;

import com.itextpdf.kernel.font.PdfFont;
import java.util.List;
import java.util.Objects;

/**
 * One block of text in a {@link GridRow} cell: the text (explicit line breaks as {@code \n}), its
 * font and size, and where it may wrap. Immutable.
 *
 * @param text the text; null is drawn as nothing
 * @param font the font
 * @param size the font size, points
 * @param anywhere true to wrap after any character (hashes, paths, identifiers); false to wrap at
 *     spaces, a word wider than the cell being cut where it must
 */
record GridText(String text, PdfFont font, float size, boolean anywhere) {
  GridText {
    Objects.requireNonNull(font, "font");
    text = text == null ? "" : text;
  }

  /** This block as a one-block cell. */
  List<GridText> cell() {
    return List.of(this);
  }
}
