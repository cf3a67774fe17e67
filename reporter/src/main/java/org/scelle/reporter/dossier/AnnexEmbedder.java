package org.scelle.reporter.dossier;

import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.annex.Annexes;

/**
 * Embeds annexes as PDF/A-3 associated files ({@code /AF} and the EmbeddedFiles name tree through
 * {@code addAssociatedFile}), each with its MIME type, its size and a fixed {@code /ModDate} (the
 * report time, so that output is reproducible). Vault files are streamed into the PDF, never held
 * whole in memory; each embedded stream is written at once and its digest compared with the planned
 * one. The vault files get {@code /AFRelationship /Data}, the manifest {@code /Supplement}. Not
 * thread-safe.
 */
final class AnnexEmbedder {
  private final PdfDocument pdf;
  private final PdfDate modDate;
  private final List<Open> opened = new ArrayList<>();

  AnnexEmbedder(PdfDocument pdf, Instant reportTime) {
    this.pdf = pdf;
    this.modDate = pdfDate(reportTime);
  }

  /**
   * Embeds {@code annexes} in order. Their files stay open until {@link #finish()}: iText reads
   * each stream when it writes the document out.
   *
   * @throws IOException when a file cannot be opened
   */
  void embedAll(List<AnnexFile> annexes) throws IOException {
    for (AnnexFile a : annexes) {
      embed(a);
    }
  }

  private void embed(AnnexFile a) throws IOException {
    Open open = new Open(a, MultiDigest.sha256(), new long[1]);
    InputStream raw = Files.newInputStream(a.file());
    open.stream = new DigestInputStream(bounded(raw, a.size(), open.count), open.digest);
    opened.add(open);
    PdfFileSpec spec =
        PdfFileSpec.createEmbeddedFileSpec(
            pdf,
            open.stream,
            description(a),
            a.name(),
            new PdfName(a.mime()),
            params(a.size()),
            PdfName.Data);
    pdf.addAssociatedFile(description(a), spec);
  }

  /**
   * Call after the document is closed: closes the annex files and checks that what was embedded has
   * the planned size and SHA-256.
   *
   * @throws IOException when an annex changed while the dossier was written (the vault must not
   *     change meanwhile), naming the file and both digests
   */
  void finish() throws IOException {
    IOException failure = null;
    for (Open o : opened) {
      try {
        o.stream.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
    for (Open o : opened) {
      AnnexFile a = o.annex;
      String got = HexFormat.of().formatHex(o.digest.digest());
      if (o.count[0] != a.size() || !got.equals(a.sha256())) {
        throw new IOException(
            a.file()
                + ": changed while the dossier was written (planned "
                + a.size()
                + " bytes, SHA-256 "
                + a.sha256()
                + "; embedded "
                + o.count[0]
                + " bytes, SHA-256 "
                + got
                + ")");
      }
    }
  }

  /** Closes every annex file still open (after a failure); never throws. */
  void abandon() {
    for (Open o : opened) {
      try {
        o.stream.close();
      } catch (IOException e) {
        // the write already failed; the first failure is the one reported
      }
    }
  }

  private static final class Open {
    final AnnexFile annex;
    final MessageDigest digest;
    final long[] count;
    InputStream stream;

    Open(AnnexFile annex, MessageDigest digest, long[] count) {
      this.annex = annex;
      this.digest = digest;
      this.count = count;
    }
  }

  /** Embeds the manifest (small, serialised in memory) with relationship {@code /Supplement}. */
  void embedManifest(byte[] json) {
    PdfFileSpec spec =
        PdfFileSpec.createEmbeddedFileSpec(
            pdf,
            json,
            "scelle dossier manifest",
            AnnexManifest.FILE_NAME,
            new PdfName(Annexes.MIME_JSON),
            params(json.length),
            PdfName.Supplement);
    pdf.addAssociatedFile("scelle dossier manifest", spec);
  }

  private PdfDictionary params(long size) {
    PdfDictionary p = new PdfDictionary();
    p.put(PdfName.ModDate, modDate.getPdfObject());
    p.put(PdfName.Size, new PdfNumber(size));
    return p;
  }

  private static String description(AnnexFile a) {
    return a.vaultPath() == null ? a.name() : a.vaultPath();
  }

  /** {@code in} cut at {@code limit} bytes, counting what was read into {@code count[0]}. */
  private static InputStream bounded(InputStream in, long limit, long[] count) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        if (count[0] >= limit) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          count[0]++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (count[0] >= limit) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, limit - count[0]));
        if (n > 0) {
          count[0] += n;
        }
        return n;
      }
    };
  }

  /** A PDF date at {@code t} in UTC (reproducible: independent of the machine's zone). */
  static PdfDate pdfDate(Instant t) {
    GregorianCalendar cal = GregorianCalendar.from(t.atZone(ZoneOffset.UTC));
    return new PdfDate(cal);
  }
}
