package org.scelle.reporter.dossier;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;

/**
 * Writes each finished page's entry of the structure parent tree (which structure element each
 * marked-content sequence of the page belongs to) as the page ends, instead of when the document
 * closes. iText otherwise keeps every marked-content reference of every page in memory until the
 * end: a few hundred bytes per table cell, hundreds of megabytes for a 100,000-item inventory.
 *
 * <p>Register it for {@link PdfDocumentEvent#END_PAGE} on a tagged document, after any handler that
 * draws tagged content on the page (the footer draws artifacts only). A page's content is complete
 * when it ends; the parent tree is the same as iText writes at close.
 */
final class PageTagsRelease extends AbstractPdfDocumentEventHandler {
  @Override
  protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
    PdfDocumentEvent e = (PdfDocumentEvent) event;
    PdfDocument pdf = e.getDocument();
    if (pdf.isTagged()) {
      pdf.getStructTreeRoot().createParentTreeEntryForPage(e.getPage());
    }
  }
}
