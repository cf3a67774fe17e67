package org.scelle.reporter.dossier;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * The footer of every page: case id on the left, the vault seal (shortened Merkle root) in the
 * middle, {@code n / N} on the right. Pages are flushed as they fill, so N is not known when a page
 * is finished: every footer draws one shared form XObject where N belongs, and {@link
 * #writeTotal(int)} fills that XObject once, just before the document closes (iText's "page X of Y"
 * pattern). The footer is marked as an artifact. Not thread-safe.
 */
final class PageFooter extends AbstractPdfDocumentEventHandler {
  private static final float SIZE = 7f;
  private static final float BASELINE = 22f;
  private static final float PLACEHOLDER_WIDTH = 36f;

  private final PdfFont font;
  private final PdfFont mono;
  private final String left;
  private final String middle;
  private final PdfFormXObject total;

  /**
   * @param left the case id line
   * @param middle the seal line (monospace)
   */
  PageFooter(PdfFont font, PdfFont mono, String left, String middle) {
    this.font = font;
    this.mono = mono;
    this.left = left;
    this.middle = middle;
    this.total = new PdfFormXObject(new Rectangle(0, -3, PLACEHOLDER_WIDTH, SIZE + 6));
  }

  @Override
  protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
    PdfDocumentEvent e = (PdfDocumentEvent) event;
    PdfDocument pdf = e.getDocument();
    PdfPage page = e.getPage();
    Rectangle box = page.getPageSize();
    String n = pdf.getPageNumber(page) + " / ";
    float margin = 42f;
    PdfCanvas c = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
    c.openTag(new CanvasArtifact());
    c.saveState()
        .setLineWidth(0.4f)
        .moveTo(margin, BASELINE + SIZE + 3)
        .lineTo(box.getWidth() - margin, BASELINE + SIZE + 3)
        .stroke()
        .restoreState();
    c.beginText().setFontAndSize(font, SIZE).moveText(margin, BASELINE).showText(left).endText();
    float mw = mono.getWidth(middle, SIZE);
    c.beginText()
        .setFontAndSize(mono, SIZE)
        .moveText((box.getWidth() - mw) / 2, BASELINE)
        .showText(middle)
        .endText();
    float right = box.getWidth() - margin - PLACEHOLDER_WIDTH;
    float nw = font.getWidth(n, SIZE);
    c.beginText().setFontAndSize(font, SIZE).moveText(right - nw, BASELINE).showText(n).endText();
    // Placed by matrix so that the XObject's origin, not its box corner, sits on the baseline.
    c.addXObjectWithTransformationMatrix(total, 1, 0, 0, 1, right, BASELINE);
    c.closeTag();
    c.release();
  }

  /** Writes the page count into the shared placeholder; call once, before closing. */
  void writeTotal(PdfDocument pdf, int pages) {
    PdfCanvas c = new PdfCanvas(total, pdf);
    c.beginText()
        .setFontAndSize(font, SIZE)
        .moveText(0, 0)
        .showText(Integer.toString(pages))
        .endText();
    c.release();
  }
}
