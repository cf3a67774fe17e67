/**
 * iText documents for reading and appending to a finished dossier without loading its structure
 * tree: the signature and {@code check-dossier} need the catalog, the AcroForm and a few objects,
 * not the tags of a 100,000-row inventory.
 *
 * <p>Entry point: {@link org.scelle.reporter.pdf.StructureBlindDocument}.
 */
package org.scelle.reporter.pdf;
