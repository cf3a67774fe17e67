package org.scelle.reporter.dossier;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.minmaxwidth.MinMaxWidth;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.AbstractRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;
import java.util.List;

/**
 * Lays out and draws a {@link GridRow}: the row takes its precomputed height (plus its header's
 * when it starts a page) at the top of the area, or nothing when it does not fit (the document then
 * moves it to the next page; on a page where it can never fit it is placed anyway and clipped).
 * Draws the shading and the rules as an artifact, a repeated header as an artifact, then the text
 * as one marked-content sequence of the row's own structure element.
 */
final class GridRowRenderer extends AbstractRenderer {
  private boolean withHeader;

  GridRowRenderer(GridRow row) {
    super(row);
  }

  private GridRow row() {
    return (GridRow) modelElement;
  }

  @Override
  public LayoutResult layout(LayoutContext context) {
    LayoutArea area = context.getArea();
    Rectangle box = area.getBBox();
    GridRow row = row();
    withHeader = row.header() != null && area instanceof RootLayoutArea r && r.isEmptyArea();
    float height = row.height() + (withHeader ? row.header().height() : 0);
    if (height > box.getHeight() + 0.01f) {
      if (!Boolean.TRUE.equals(getPropertyAsBoolean(Property.FORCED_PLACEMENT))) {
        return new LayoutResult(LayoutResult.NOTHING, null, null, this, this);
      }
      height = box.getHeight();
    }
    occupiedArea =
        new LayoutArea(
            area.getPageNumber(),
            new Rectangle(box.getX(), box.getTop() - height, row.width(), height));
    return new LayoutResult(LayoutResult.FULL, occupiedArea, null, null);
  }

  @Override
  public MinMaxWidth getMinMaxWidth() {
    float w = row().width();
    return new MinMaxWidth(w, w, 0);
  }

  @Override
  public IRenderer getNextRenderer() {
    return new GridRowRenderer(row());
  }

  @Override
  public void draw(DrawContext context) {
    if (occupiedArea == null) {
      return;
    }
    PdfCanvas canvas = context.getCanvas();
    boolean tagged = context.isTaggingEnabled();
    Rectangle box = occupiedArea.getBBox();
    float top = box.getTop();
    GridRow row = row();
    if (withHeader) {
      GridRow header = row.header();
      if (tagged) {
        canvas.openTag(new CanvasArtifact());
      }
      rules(canvas, header, box.getX(), top, header.height());
      text(canvas, header, box.getX(), top);
      if (tagged) {
        canvas.closeTag();
      }
      top -= header.height();
    }
    float height = Math.min(row.height(), top - box.getY());
    if (tagged) {
      canvas.openTag(new CanvasArtifact());
    }
    rules(canvas, row, box.getX(), top, height);
    if (tagged) {
      canvas.closeTag();
    }
    LayoutTaggingHelper helper =
        tagged ? this.<LayoutTaggingHelper>getProperty(Property.TAGGING_HELPER) : null;
    if (helper != null) {
      TagTreePointer pointer = helper.useAutoTaggingPointerAndRememberItsPosition(this);
      helper.createTag(this, pointer);
      canvas.openTag(pointer.getTagReference());
    }
    canvas.saveState();
    canvas.rectangle(box.getX(), top - height, row.width(), height).clip().endPath();
    text(canvas, row, box.getX(), top);
    canvas.restoreState();
    if (helper != null) {
      canvas.closeTag();
      helper.finishTaggingHint(this);
      helper.restoreAutoTaggingPointerPosition(this);
    }
  }

  /** The shading (header) and the rules of {@code row}, its top-left corner at x, top. */
  private static void rules(PdfCanvas canvas, GridRow row, float x, float top, float height) {
    canvas.saveState();
    if (row.shaded()) {
      canvas.setFillColor(DossierLayout.HEADER_GREY);
      canvas.rectangle(x, top - height, row.width(), height).fill();
    }
    canvas.setStrokeColor(DossierLayout.RULE_GREY).setLineWidth(0.5f);
    canvas.rectangle(x, top - height, row.width(), height);
    float[] widths = row.widths();
    float at = x;
    for (int i = 0; i < widths.length - 1; i++) {
      at += widths[i];
      canvas.moveTo(at, top - height).lineTo(at, top);
    }
    canvas.stroke().restoreState();
  }

  /** The text of {@code row}, column after column, its top-left corner at x, top. */
  private static void text(PdfCanvas canvas, GridRow row, float x, float top) {
    canvas.beginText();
    PdfFont font = null;
    float size = 0;
    float left = x;
    float lastX = 0;
    float lastY = 0;
    float[] widths = row.widths();
    List<List<GridRow.Line>> columns = row.columns();
    for (int i = 0; i < widths.length; i++) {
      for (GridRow.Line line : columns.get(i)) {
        if (line.text().isEmpty()) {
          continue;
        }
        if (line.font() != font || line.size() != size) {
          font = line.font();
          size = line.size();
          canvas.setFontAndSize(font, size);
        }
        float lx = left + GridRow.PADDING;
        float ly = top - GridRow.PADDING - line.baseline();
        canvas.moveText(lx - lastX, ly - lastY);
        lastX = lx;
        lastY = ly;
        canvas.showText(line.text());
      }
      left += widths[i];
    }
    canvas.endText();
  }
}
