package org.scelle.reporter.dossier;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.RootLayoutArea;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of any length whose rows are {@link GridRow}s added straight to the document, one element
 * per row: no iText table, so no per-cell renderers, no table tagging rules and nothing kept once a
 * row is drawn. For the dossier's long tables (inventory, ledger entries, findings).
 *
 * <p>The header is shown where the table starts (a shaded row, tagged like the others) and at the
 * top of every later page the table occupies (drawn by the row that starts the page, as an
 * artifact). A table that would start with less than {@value #MIN_ROOM} points left below its
 * header starts on the next page. The table ends with a {@value #MARGIN_BOTTOM}-point gap. Not
 * thread-safe.
 */
final class GridTable {
  /** Below this much room (points) under the header, the table starts on the next page. */
  static final float MIN_ROOM = 40f;

  static final float MARGIN_BOTTOM = 6f;

  private final Document doc;
  private final float[] widths;
  private final GridRow header;

  /** A table with absolute column widths (points) and one header label per column. */
  GridTable(DossierLayout layout, float[] widths, String... headers) {
    if (headers.length != widths.length) {
      throw new IllegalArgumentException(
          "table of " + widths.length + " columns given " + headers.length + " header cells");
    }
    this.doc = layout.doc();
    this.widths = widths.clone();
    List<List<GridText>> cells = new ArrayList<>();
    for (String h : headers) {
      cells.add(new GridText(h, layout.fonts().bold(), DossierLayout.SMALL, false).cell());
    }
    this.header = new GridRow(this.widths, cells, true, null);
    LayoutArea area = doc.getRenderer().getCurrentArea();
    boolean pageStart = area instanceof RootLayoutArea r && r.isEmptyArea();
    if (!pageStart && area != null && area.getBBox().getHeight() < header.height() + MIN_ROOM) {
      doc.add(new AreaBreak());
    }
    doc.add(header);
  }

  /**
   * Adds one row.
   *
   * @param cells one list of text blocks per column
   * @throws IllegalArgumentException when the row does not have one cell per column
   */
  void row(List<List<GridText>> cells) {
    doc.add(new GridRow(widths, cells, false, header));
  }

  /** Ends the table. */
  void complete() {
    Div gap = new Div().setHeight(MARGIN_BOTTOM).setMargin(0).setPadding(0);
    gap.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
    doc.add(gap);
  }
}
