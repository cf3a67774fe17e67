/**
 * The dossier: the complaint model written by legal staff, the legal catalogue, the PDF/A-3 layout
 * with its embedded annexes, the PAdES signature and the independent verification of a dossier.
 *
 * <p>The reporter reads the case vault's files only (items, ledger, findings, timeline); it never
 * opens the Lucene index.
 */
package org.scelle.reporter;
