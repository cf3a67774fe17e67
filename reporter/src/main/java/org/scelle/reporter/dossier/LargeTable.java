package org.scelle.reporter.dossier;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.RootLayoutArea;
import java.util.List;

/**
 * A table of any length, laid out in bounded chunks of at most {@value #CHUNK_ROWS} rows that read
 * as one table. Each chunk is an iText table in large-table mode, added to the document before its
 * rows, flushed every {@value #FLUSH_ROWS} rows (the document lays those rows out, writes their
 * pages and drops them from the table) and completed after its last row; then the next chunk
 * starts. Memory and the layout's tagging work are thus bounded by one chunk, not by the table.
 *
 * <p>Why chunks: in a tagged document iText keeps a tagging hint for every row of a table until the
 * table is complete, and walks them all each time a page ends, so one table of N rows costs time in
 * N squared and memory in N. It also keeps every top-level element until the document closes, so a
 * chunk must not keep its rows once laid out: hence large-table mode within each chunk.
 *
 * <p>The header row is shown at the top of every page the table occupies and nowhere else: a chunk
 * that continues the table in the middle of a page skips its first header (its later pages repeat
 * it); a chunk that would start where less than {@value #MIN_ROOM} points are left on the page
 * starts on the next page instead. Chunks touch (no margin between them); the table ends with a
 * 6-point margin. Each chunk is tagged as a table of its own, with its header cells where the
 * header is shown. Not thread-safe.
 */
final class LargeTable {
  /** Rows per chunk: a few pages, so that a chunk boundary rarely falls near a page's end. */
  static final int CHUNK_ROWS = 120;

  /** Rows laid out at a time within a chunk. */
  static final int FLUSH_ROWS = 40;

  /** Below this much room (points) left on a page, a chunk starts on the next page. */
  static final float MIN_ROOM = 48f;

  private final DossierLayout layout;
  private final Document doc;
  private final float[] widths;
  private final String[] headers;
  private Table chunk;
  private int chunkRows;
  private int chunks;

  /** A table with absolute column widths (points) and one header label per column. */
  LargeTable(DossierLayout layout, float[] widths, String... headers) {
    if (headers.length != widths.length) {
      throw new IllegalArgumentException(
          "table of " + widths.length + " columns given " + headers.length + " header cells");
    }
    this.layout = layout;
    this.doc = layout.doc();
    this.widths = widths.clone();
    this.headers = headers.clone();
    startChunk();
  }

  /**
   * Adds one row.
   *
   * @throws IllegalArgumentException when the row does not have one cell per column
   */
  void row(Cell... row) {
    if (row.length != widths.length) {
      throw new IllegalArgumentException(
          "row of " + row.length + " cells in a table of " + widths.length + " columns");
    }
    nextRow();
    for (Cell c : row) {
      chunk.addCell(c);
    }
    rowAdded();
  }

  /**
   * Adds one row drawn by a {@link GridRow} (one table cell spanning every column instead of one
   * per column: the way for tables of many thousands of rows).
   *
   * @param cells one list of text blocks per column
   * @throws IllegalArgumentException when the row does not have one cell per column
   */
  void row(List<List<GridText>> cells) {
    GridRow grid = new GridRow(widths, cells, false);
    nextRow();
    chunk.addCell(new Cell(1, widths.length).add(grid).setPadding(0).setBorder(Border.NO_BORDER));
    rowAdded();
  }

  private void nextRow() {
    if (chunkRows == CHUNK_ROWS) {
      chunk.complete();
      startChunk();
    }
  }

  private void rowAdded() {
    if (++chunkRows % FLUSH_ROWS == 0) {
      chunk.flush();
    }
  }

  /** Lays out the remaining rows (the header alone when there were none) and ends the table. */
  void complete() {
    chunk.setMarginBottom(6);
    chunk.complete();
    chunk = null;
  }

  /** Adds a new chunk to the document, deciding whether its header shows where it starts. */
  private void startChunk() {
    Table t = new Table(widths, true);
    for (String h : headers) {
      t.addHeaderCell(layout.header(h));
    }
    if (chunks++ > 0) {
      LayoutArea area = doc.getRenderer().getCurrentArea();
      boolean pageStart = area instanceof RootLayoutArea r && r.isEmptyArea();
      if (!pageStart && area != null && area.getBBox().getHeight() < MIN_ROOM) {
        doc.add(new AreaBreak());
        pageStart = true;
      }
      t.setSkipFirstHeader(!pageStart);
    }
    doc.add(t);
    chunk = t;
    chunkRows = 0;
  }
}
