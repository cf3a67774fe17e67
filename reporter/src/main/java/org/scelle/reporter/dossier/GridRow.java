package org.scelle.reporter.dossier;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.AccessibilityProperties;
import com.itextpdf.kernel.pdf.tagutils.DefaultAccessibilityProperties;
import com.itextpdf.layout.element.AbstractElement;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.tagging.IAccessibleElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a long table as a single layout element that breaks and draws its own text, column by
 * column: what iText's table would do with one cell, one paragraph and one text per column, at a
 * fraction of the cost (an inventory has 100,000 rows). Lines are broken when the row is made, from
 * the fonts' glyph widths; the row is never split across pages.
 *
 * <p>Each column is a cell of {@link GridText} blocks stacked top to bottom, drawn inside a {@value
 * #PADDING}-point padding with a grey rule around it (the rules are artifacts). In a tagged
 * document the row's text is one marked-content sequence of the structure element that holds the
 * row (the table cell it is put in), column after column, line after line. Immutable once made; not
 * thread-safe (iText elements are not).
 */
final class GridRow extends AbstractElement<GridRow> implements IBlockElement, IAccessibleElement {
  static final float PADDING = 2f;

  /** Line height as a multiple of the font size. */
  static final float LEADING = 1.2f;

  /** Lines kept in one cell at most; a longer text ends with an ellipsis. */
  static final int MAX_LINES = 40;

  /** One laid-out line: text, font, size, and its baseline offset from the cell's top. */
  record Line(String text, PdfFont font, float size, float baseline) {}

  private final float[] widths;
  private final List<List<Line>> columns;
  private final float height;
  private final boolean shaded;
  private final DefaultAccessibilityProperties accessibility =
      new DefaultAccessibilityProperties(StandardRoles.SPAN);

  /**
   * A row of {@code cells} in columns of {@code widths} (points, padding included).
   *
   * @param shaded true to paint the header background
   * @throws IllegalArgumentException when there is not one cell per column
   */
  GridRow(float[] widths, List<List<GridText>> cells, boolean shaded) {
    if (cells.size() != widths.length) {
      throw new IllegalArgumentException(
          "row of " + cells.size() + " cells in a grid of " + widths.length + " columns");
    }
    this.widths = widths;
    this.shaded = shaded;
    this.columns = new ArrayList<>(widths.length);
    float tallest = 0;
    for (int i = 0; i < widths.length; i++) {
      List<Line> lines = new ArrayList<>();
      float y = 0;
      for (GridText block : cells.get(i)) {
        y = LineBreaker.lines(block, widths[i] - 2 * PADDING, y, lines);
      }
      columns.add(lines);
      tallest = Math.max(tallest, y);
    }
    this.height = tallest + 2 * PADDING + 1f;
    // The text is tagged in the enclosing structure element (a table cell), not in one of its own.
    accessibility.setRole(null);
  }

  float[] widths() {
    return widths;
  }

  float width() {
    float w = 0;
    for (float c : widths) {
      w += c;
    }
    return w;
  }

  List<List<Line>> columns() {
    return columns;
  }

  /** The row's height, points, padding included. */
  float height() {
    return height;
  }

  boolean shaded() {
    return shaded;
  }

  @Override
  public AccessibilityProperties getAccessibilityProperties() {
    return accessibility;
  }

  @Override
  protected IRenderer makeNewRenderer() {
    return new GridRowRenderer(this);
  }
}
