package org.scelle.reporter.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;

/**
 * An iText document over an existing PDF that does not load the PDF's structure tree. iText's
 * {@link PdfDocument} reads the whole tree and every marked-content reference of every page when it
 * opens a tagged file (several GiB for a dossier of 100,000 items); this one leaves the tree where
 * it is in the file.
 *
 * <p>To iText the document looks untagged ({@link #isTagged()} is false), so nothing it adds is
 * tagged. That is what the dossier's signature needs: in append mode the catalog keeps its {@code
 * /StructTreeRoot} and {@code /MarkInfo} entries unchanged, the tree and its parent tree are not
 * rewritten, and the invisible signature widget is not in the structure tree (PDF/A-3b does not ask
 * it to be). Do not use it to add content that must be tagged. Not thread-safe, like {@link
 * PdfDocument}.
 */
public final class StructureBlindDocument extends PdfDocument {

  /** Opens {@code reader} for reading only. */
  public StructureBlindDocument(PdfReader reader) {
    super(reader);
  }

  /** Opens {@code reader} for stamping into {@code writer} with {@code properties}. */
  public StructureBlindDocument(PdfReader reader, PdfWriter writer, StampingProperties properties) {
    super(reader, writer, properties);
  }

  /** Leaves the structure tree unread: the document is seen as untagged. */
  @Override
  protected void tryInitTagStructure(PdfDictionary structTreeRoot) {
    // deliberately nothing: see the class comment
  }
}
