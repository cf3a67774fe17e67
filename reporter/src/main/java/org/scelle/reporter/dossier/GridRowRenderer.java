package org.scelle.reporter.dossier;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.minmaxwidth.MinMaxWidth;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.AbstractRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;
import java.util.List;

/**
 * Lays out and draws a {@link GridRow}: the row takes its precomputed height at the top of the
 * area, or nothing when it does not fit (the table then moves it to the next page; on a page where
 * it can never fit it is placed anyway and clipped). Draws the header shading and the rules as an
 * artifact, then the text as one marked-content sequence in the current structure element.
 */
final class GridRowRenderer extends AbstractRenderer {

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
    float height = row().height();
    if (height > box.getHeight() + 0.01f) {
      if (!Boolean.TRUE.equals(getPropertyAsBoolean(Property.FORCED_PLACEMENT))) {
        return new LayoutResult(LayoutResult.NOTHING, null, null, this, this);
      }
      height = box.getHeight();
    }
    occupiedArea =
        new LayoutArea(
            area.getPageNumber(),
            new Rectangle(box.getX(), box.getTop() - height, row().width(), height));
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
    Rectangle box = occupiedArea.getBBox();
    GridRow row = row();
    float[] widths = row.widths();
    boolean tagged = context.isTaggingEnabled();

    if (tagged) {
      canvas.openTag(new CanvasArtifact());
    }
    canvas.saveState();
    if (row.shaded()) {
      canvas
          .setFillColor(DossierLayout.HEADER_GREY)
          .rectangle(box.getX(), box.getY(), box.getWidth(), box.getHeight())
          .fill();
    }
    canvas.setStrokeColor(DossierLayout.RULE_GREY).setLineWidth(0.5f);
    float x = box.getX();
    canvas.rectangle(box.getX(), box.getY(), box.getWidth(), box.getHeight());
    for (int i = 0; i < widths.length - 1; i++) {
      x += widths[i];
      canvas.moveTo(x, box.getY()).lineTo(x, box.getTop());
    }
    canvas.stroke().restoreState();
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
    canvas.rectangle(box.getX(), box.getY(), box.getWidth(), box.getHeight()).clip().endPath();
    canvas.beginText();
    PdfFont font = null;
    float size = 0;
    float left = box.getX();
    float lastX = 0;
    float lastY = 0;
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
        float ly = box.getTop() - GridRow.PADDING - line.baseline();
        canvas.moveText(lx - lastX, ly - lastY);
        lastX = lx;
        lastY = ly;
        canvas.showText(line.text());
      }
      left += widths[i];
    }
    canvas.endText();
    canvas.restoreState();
    if (helper != null) {
      canvas.closeTag();
      helper.finishTaggingHint(this);
      helper.restoreAutoTaggingPointerPosition(this);
    }
  }
}
