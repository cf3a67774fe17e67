/**
 * {@code check-dossier}: verifies a signed dossier on its own and, given the case vault, against
 * it. The signature (iText's {@code SignatureUtil} and {@code PdfPKCS7}), its coverage of the file,
 * its RFC 3161 time-stamp (Bouncy Castle and custody's {@code TimestampVerifier}), the signer's and
 * the time-stamp authority's chains to the given trust anchors, the embedded annexes against the
 * manifest, and the vault's items and ledger against the annexes.
 *
 * <p>Entry point: {@link org.scelle.reporter.check.DossierChecker#check}. Every outcome is a {@link
 * org.scelle.reporter.check.Check} in the returned {@link
 * org.scelle.reporter.check.DossierVerdict}; a tampered file is a failed check with a reason, never
 * an exception.
 */
package org.scelle.reporter.check;
