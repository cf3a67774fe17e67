package org.scelle.reporter.dossier;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Writes the structure parent tree entry of each flushed page (which structure element each
 * marked-content sequence of the page belongs to) while the document is written, instead of when it
 * closes. iText otherwise keeps every marked-content reference of every page in memory until the
 * end: a few hundred bytes per table cell, hundreds of megabytes for a 100,000-item inventory.
 *
 * <p>A page's entry is written only once the page is flushed: flushing a page uses its
 * marked-content references to write the structure elements the page completes, and the entry takes
 * them away. Register it for {@link PdfDocumentEvent#END_PAGE} (sent as a page starts to be
 * flushed): each event writes the entries of the pages flushed since the previous one. Pages still
 * pending at the end get their entries from iText when the document closes; the parent tree is the
 * same either way. Not thread-safe.
 */
final class PageTagsRelease extends AbstractPdfDocumentEventHandler {
  private final ArrayDeque<PdfPage> pending = new ArrayDeque<>();

  @Override
  protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
    PdfDocumentEvent e = (PdfDocumentEvent) event;
    PdfDocument pdf = e.getDocument();
    if (!pdf.isTagged()) {
      return;
    }
    for (Iterator<PdfPage> it = pending.iterator(); it.hasNext(); ) {
      PdfPage page = it.next();
      if (page.isFlushed()) {
        pdf.getStructTreeRoot().createParentTreeEntryForPage(page);
        it.remove();
      }
    }
    pending.add(e.getPage());
  }
}
