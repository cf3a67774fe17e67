package org.scelle.reporter.check;

import com.itextpdf.kernel.pdf.PdfStream;

/**
 * One embedded file of a dossier: the SHA-256 and size of its decoded bytes, and the stream to
 * decode them from again when a check needs them. The dossier checker keeps these, not the bytes,
 * so it holds one annex at a time in memory however many the dossier embeds.
 *
 * @param sha256 lower-case hex of the decoded bytes
 * @param size the decoded length in bytes
 */
record EmbeddedFile(String sha256, long size, PdfStream stream) {

  /** Decodes {@code stream} once for its digest and size; the bytes are not kept. */
  static EmbeddedFile of(PdfStream stream) {
    byte[] bytes = stream.getBytes();
    return new EmbeddedFile(AnnexChecks.sha256(bytes), bytes.length, stream);
  }

  /** The decoded bytes, decoded again (the same bytes as {@link #of} digested). */
  byte[] bytes() {
    return stream.getBytes();
  }
}
