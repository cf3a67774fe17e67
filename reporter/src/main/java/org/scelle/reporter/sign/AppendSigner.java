package org.scelle.reporter.sign;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.nio.file.Path;
import org.scelle.reporter.pdf.StructureBlindDocument;

/**
 * iText's {@link PdfSigner} in append mode over a {@link StructureBlindDocument}, writing the
 * signed file straight to a path and nowhere else. iText's own signing document would load the
 * dossier's whole structure tree (several GiB for 100,000 items) only to leave it unchanged; and
 * without a path it would keep the whole signed file in memory, twice.
 *
 * <p>iText checks no PDF/A rule while signing through this class (its checker lives in the signing
 * document it would have made); the dossier's conformance after signing is checked by veraPDF in
 * the tests. One signature per instance; not thread-safe.
 */
final class AppendSigner extends PdfSigner {

  /**
   * A signer of the document read by {@code reader} whose signed output is written to {@code out}
   * (created or truncated; left in place when signing ends, removed by the caller on failure).
   */
  AppendSigner(PdfReader reader, Path out, SignerProperties properties) throws IOException {
    // A null output stream: iText then leaves the signed file at the temporary path instead of
    // copying it into a stream and deleting it.
    super(reader, null, out.toString(), new StampingProperties().useAppendMode(), properties);
  }

  @Override
  protected PdfDocument initDocument(
      PdfReader reader, PdfWriter writer, StampingProperties properties) {
    return new StructureBlindDocument(reader, writer, properties);
  }
}
