package org.scelle.reporter.dossier;

import com.itextpdf.kernel.font.PdfFont;
import java.util.List;

/**
 * Breaks a {@link GridText} into lines that fit a width, from the font's glyph widths: at explicit
 * line breaks, then at spaces (prose) or after any character. A word wider than the width is cut
 * where it must, so that no line overflows. Stateless.
 */
final class LineBreaker {
  private LineBreaker() {}

  /**
   * Appends the lines of {@code block} to {@code out}, the first one starting {@code top} points
   * below the cell's top.
   *
   * @return the offset below the last line (where the next block starts)
   */
  static float lines(GridText block, float width, float top, List<GridRow.Line> out) {
    PdfFont font = block.font();
    float size = block.size();
    float leading = size * GridRow.LEADING;
    // The baseline sits at about 80 % of the line height for the dossier's fonts.
    float ascent = size * 0.95f;
    float y = top;
    String text = block.text();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      y = paragraph(block, text.substring(start, end), width, y, leading, ascent, out);
      start = end + 1;
    }
    return y;
  }

  private static float paragraph(
      GridText block,
      String text,
      float width,
      float y,
      float leading,
      float ascent,
      List<GridRow.Line> out) {
    PdfFont font = block.font();
    float size = block.size();
    int n = text.length();
    int start = 0;
    if (n == 0) {
      return add(out, "", block, y, leading, ascent);
    }
    while (start < n) {
      if (out.size() >= GridRow.MAX_LINES) {
        return y;
      }
      float w = 0;
      int i = start;
      int lastSpace = -1;
      while (i < n) {
        int cp = text.codePointAt(i);
        float cw = font.getWidth(cp, size);
        if (w + cw > width && i > start) {
          break;
        }
        w += cw;
        if (cp == ' ') {
          lastSpace = i;
        }
        i += Character.charCount(cp);
      }
      int end = i;
      int next = i;
      if (i < n && !block.anywhere() && lastSpace > start) {
        end = lastSpace;
        next = lastSpace + 1;
      }
      String line = text.substring(start, end);
      if (out.size() == GridRow.MAX_LINES - 1 && next < n) {
        line = line.isEmpty() ? "\u2026" : line.substring(0, line.length() - 1) + "\u2026";
      }
      y = add(out, line, block, y, leading, ascent);
      start = next;
    }
    return y;
  }

  private static float add(
      List<GridRow.Line> out, String text, GridText block, float y, float leading, float ascent) {
    out.add(new GridRow.Line(text, block.font(), block.size(), y + ascent));
    return y + leading;
  }
}
