package org.scelle.reporter.dossier;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;

/**
 * A table of any length laid out row by row: iText's large-table mode ({@code isComplete=false})
 * with the header repeated on every page, flushed every {@value #FLUSH_ROWS} rows so that laid-out
 * rows leave memory with their pages. Call {@link #complete()} once after the last row. Not
 * thread-safe.
 */
final class LargeTable {
  static final int FLUSH_ROWS = 40;

  private final Table table;
  private final int columns;
  private int rows;

  /**
   * Adds a large table with absolute column widths (points) to {@code doc}.
   *
   * @param header one cell per column
   */
  LargeTable(Document doc, float[] widths, Cell... header) {
    if (header.length != widths.length) {
      throw new IllegalArgumentException(
          "table of " + widths.length + " columns given " + header.length + " header cells");
    }
    this.columns = widths.length;
    this.table = new Table(widths, true);
    for (Cell h : header) {
      table.addHeaderCell(h);
    }
    table.setMarginBottom(6);
    doc.add(table);
  }

  /**
   * Adds one row.
   *
   * @throws IllegalArgumentException when the row does not have one cell per column
   */
  void row(Cell... row) {
    if (row.length != columns) {
      throw new IllegalArgumentException(
          "row of " + row.length + " cells in a table of " + columns + " columns");
    }
    for (Cell c : row) {
      table.addCell(c);
    }
    if (++rows % FLUSH_ROWS == 0) {
      table.flush();
    }
  }

  /** Lays out the remaining rows and closes the table. */
  void complete() {
    table.complete();
  }
}
