/**
 * Signing a finished dossier: PAdES baseline signatures (ETSI.CAdES.detached) made with iText's
 * {@code PdfSigner} in append mode, the steps of iText's {@code PdfPadesSigner} without loading the
 * dossier's structure tree, the private key operation done by a custody {@link
 * org.scelle.custody.identity.Identity} (PKCS#12 file or PKCS#11 token), the time-stamp by
 * custody's RFC 3161 {@link org.scelle.custody.timestamp.TimestampClient}.
 *
 * <p>Entry point: {@link org.scelle.reporter.sign.DossierSigner#sign}. The level reached (B-B, B-T,
 * B-LT) and why a higher one was not are in the returned {@link
 * org.scelle.reporter.sign.SignatureResult}.
 */
package org.scelle.reporter.sign;
