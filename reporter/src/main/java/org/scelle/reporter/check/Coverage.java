package org.scelle.reporter.check;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.DocumentRevision;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;
import com.itextpdf.signatures.PdfSignature;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.scelle.reporter.pdf.StructureBlindDocument;

/**
 * The {@code coverage} check: does the signature cover the file? It does when its {@code
 * /ByteRange} runs from byte 0 to the end of the file, skipping exactly the hex string of {@code
 * /Contents}. The only bytes allowed after the signed range are incremental updates that add
 * validation data (B-LT): new objects, the catalog with a {@code /DSS} (and {@code /Extensions})
 * added and nothing else changed, the document information's {@code /ModDate} and {@code
 * /Producer}, and the XMP metadata stream. Anything else (an annotation, an embedded file, a
 * changed page, bytes after {@code %%EOF}) fails. Stateless.
 */
final class Coverage {

  private static final Set<PdfName> CATALOG_ADDITIONS = Set.of(PdfName.DSS, PdfName.Extensions);
  private static final Set<PdfName> INFO_CHANGES = Set.of(PdfName.ModDate, PdfName.Producer);

  private Coverage() {}

  static Check check(Path file, PdfDocument pdf, SignatureUtil util, String name)
      throws IOException {
    PdfSignature signature = util.getSignature(name);
    long[] range =
        signature.getByteRange() == null ? new long[0] : signature.getByteRange().toLongArray();
    try (FileChannel channel = FileChannel.open(file)) {
      long length = channel.size();
      if (range.length != 4
          || range[0] != 0
          || range[1] <= 0
          || range[2] <= range[1]
          || range[3] < 0) {
        return Check.fail("coverage", "malformed /ByteRange " + describe(range));
      }
      long end = range[2] + range[3];
      if (end > length) {
        return Check.fail(
            "coverage",
            "the signed range ends at byte "
                + end
                + ", beyond the end of the file ("
                + length
                + ")");
      }
      String gap = contentsGap(channel, range);
      if (gap != null) {
        return Check.fail("coverage", gap);
      }
      if (end == length) {
        return Check.pass("coverage", "the signature covers the whole file (" + length + " bytes)");
      }
      return afterSignature(file, pdf, util, name, channel, end, length);
    }
  }

  /** Null when the unsigned gap of the byte range is exactly a hex string, else why not. */
  private static String contentsGap(FileChannel channel, long[] range) throws IOException {
    long size = range[2] - range[1];
    if (size > 16 << 20) {
      return "the unsigned gap of /ByteRange is " + size + " bytes, not a signature value";
    }
    ByteBuffer gap = ByteBuffer.allocate((int) size);
    channel.read(gap, range[1]);
    byte[] bytes = gap.array();
    if (bytes.length < 2 || bytes[0] != '<' || bytes[bytes.length - 1] != '>') {
      return "the unsigned gap of /ByteRange (bytes "
          + range[1]
          + " to "
          + range[2]
          + ") is not the /Contents hex string";
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 1; i < bytes.length - 1; i++) {
      byte b = bytes[i];
      if (Character.digit(b, 16) < 0) {
        return "the unsigned gap of /ByteRange holds a non-hex byte at offset "
            + (range[1] + i)
            + ": bytes outside the signature value are not signed";
      }
      lower |= b >= 'a' && b <= 'f';
      upper |= b >= 'A' && b <= 'F';
    }
    if (lower && upper) {
      // Signers write one case; a digit whose case changed is an unsigned edit.
      return "the /Contents hex string mixes upper- and lower-case digits (bytes "
          + range[1]
          + " to "
          + range[2]
          + "): it was edited after signing";
    }
    return null;
  }

  private static Check afterSignature(
      Path file,
      PdfDocument pdf,
      SignatureUtil util,
      String name,
      FileChannel channel,
      long end,
      long length)
      throws IOException {
    List<DocumentRevision> revisions;
    try (PdfReader reader = new PdfReader(file.toFile())) {
      revisions = new PdfRevisionsReader(reader).getAllRevisions();
    } catch (ITextException e) {
      return Check.fail(
          "coverage",
          (length - end)
              + " bytes after the signed range (from byte "
              + end
              + ") are not covered, and the revisions cannot be read: "
              + SignatureChecks.message(e));
    }
    int signed = -1;
    for (int i = 0; i < revisions.size(); i++) {
      long eof = revisions.get(i).getEofOffset();
      if (eof >= end && eof - end <= 2 && onlyLineEnds(channel, end, eof)) {
        signed = i;
        break;
      }
    }
    if (signed < 0) {
      return Check.fail(
          "coverage", "the signed range ends at byte " + end + ", not at the end of a revision");
    }
    long signedEof = revisions.get(signed).getEofOffset();
    long lastEof = revisions.get(revisions.size() - 1).getEofOffset();
    List<String> problems = new ArrayList<>();
    if (signed < revisions.size() - 1) {
      Set<Integer> existing = new HashSet<>();
      for (int i = 0; i <= signed; i++) {
        for (PdfIndirectReference reference : revisions.get(i).getModifiedObjects()) {
          if (!reference.isFree()) {
            existing.add(reference.getObjNumber());
          }
        }
      }
      int catalog = pdf.getCatalog().getPdfObject().getIndirectReference().getObjNumber();
      PdfObject infoReference = pdf.getTrailer().get(PdfName.Info, false);
      int info = infoReference instanceof PdfIndirectReference r ? r.getObjNumber() : -1;
      PdfObject metadataReference = pdf.getCatalog().getPdfObject().get(PdfName.Metadata, false);
      int metadata = metadataReference instanceof PdfIndirectReference r ? r.getObjNumber() : -1;
      Set<Integer> changed = new TreeSet<>();
      for (int i = signed + 1; i < revisions.size(); i++) {
        for (PdfIndirectReference reference : revisions.get(i).getModifiedObjects()) {
          int number = reference.getObjNumber();
          if (number != 0 && existing.contains(number)) {
            changed.add(number);
          }
        }
      }
      changed.remove(metadata);
      boolean catalogChanged = changed.remove(catalog);
      boolean infoChanged = changed.remove(info);
      for (int number : changed) {
        problems.add("changes object " + number + " " + describe(pdf, number));
      }
      if (catalogChanged || infoChanged) {
        try (InputStream in = util.extractRevision(name);
            PdfDocument before = new StructureBlindDocument(new PdfReader(in))) {
          if (catalogChanged) {
            differences(
                "the catalog",
                before.getCatalog().getPdfObject(),
                pdf.getCatalog().getPdfObject(),
                CATALOG_ADDITIONS,
                problems);
          }
          if (infoChanged) {
            differences(
                "the document information",
                before.getTrailer().getAsDictionary(PdfName.Info),
                pdf.getTrailer().getAsDictionary(PdfName.Info),
                INFO_CHANGES,
                problems);
          }
        } catch (ITextException e) {
          problems.add("the signed revision cannot be read: " + SignatureChecks.message(e));
        }
      }
    }
    if (lastEof < length && !onlyLineEnds(channel, lastEof, length)) {
      problems.add(
          (length - lastEof)
              + " bytes appended after the last %%EOF (from byte "
              + lastEof
              + "), outside any signed range");
    }
    if (!problems.isEmpty()) {
      String where =
          signed < revisions.size() - 1
              ? "an incremental update after the signature (bytes "
                  + signedEof
                  + " to "
                  + lastEof
                  + ") "
              : "";
      return Check.fail(
          "coverage",
          "the signature covers bytes 0 to "
              + end
              + " of "
              + length
              + "; "
              + where
              + String.join("; ", problems));
    }
    if (signed == revisions.size() - 1) {
      return Check.pass(
          "coverage", "the signature covers the whole file (" + length + " bytes, line end aside)");
    }
    return Check.pass(
        "coverage",
        "the signature covers revision "
            + (signed + 1)
            + " of "
            + revisions.size()
            + " (bytes 0 to "
            + end
            + "); the later updates only add validation data (/DSS) and metadata");
  }

  private static void differences(
      String what,
      PdfDictionary before,
      PdfDictionary after,
      Set<PdfName> allowed,
      List<String> problems) {
    if (before == null || after == null) {
      problems.add(what + " was added or removed");
      return;
    }
    Set<PdfName> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (PdfName key : keys) {
      if (allowed.contains(key)) {
        continue;
      }
      String old = identity(before.get(key, false));
      String now = identity(after.get(key, false));
      if (!old.equals(now)) {
        problems.add("changes /" + key.getValue() + " of " + what);
      }
    }
  }

  /** A comparable identity of a dictionary value: its reference, or its direct content. */
  private static String identity(PdfObject value) {
    if (value == null) {
      return "";
    }
    if (value instanceof PdfIndirectReference reference) {
      return reference.getObjNumber() + " " + reference.getGenNumber() + " R";
    }
    return value.toString();
  }

  private static String describe(PdfDocument pdf, int number) {
    try {
      PdfObject object = pdf.getPdfObject(number);
      if (object instanceof PdfDictionary dictionary) {
        PdfName type = dictionary.getAsName(PdfName.Type);
        PdfName subtype = dictionary.getAsName(PdfName.Subtype);
        return "("
            + (type == null ? "" : "/" + type.getValue())
            + (subtype == null ? "" : " /" + subtype.getValue())
            + ")";
      }
      return object == null ? "(deleted)" : "(" + object.getClass().getSimpleName() + ")";
    } catch (ITextException e) {
      return "(unreadable)";
    }
  }

  private static boolean onlyLineEnds(FileChannel channel, long from, long to) throws IOException {
    if (to - from > 2) {
      return false;
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) (to - from));
    channel.read(buffer, from);
    for (byte b : buffer.array()) {
      if (b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String describe(long[] range) {
    StringBuilder out = new StringBuilder("[");
    for (long value : range) {
      out.append(out.length() > 1 ? " " : "").append(value);
    }
    return out.append("]").toString();
  }
}
