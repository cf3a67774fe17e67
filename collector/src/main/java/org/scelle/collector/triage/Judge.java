package org.scelle.collector.triage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a {@link Triage.Session} saw into a {@link TriageResult}, following the rules stated
 * on {@link Triage}. Immutable and thread safe.
 */
final class Judge {

  private final TriageRules rules;
  private final Thresholds limits;
  private final NoteDetector notes;

  Judge(TriageRules rules) {
    this.rules = rules;
    this.limits = rules.thresholds().requireComplete(rules.source());
    this.notes = new NoteDetector(rules.noteNames(), rules.noteCues());
  }

  /**
   * Judges one file.
   *
   * @param fileName the last component of the path, as found
   * @param stats the histogram of all bytes
   * @param head the first bytes, {@code headLength} of them
   * @param tail the last bytes (at most the tail window), in order
   */
  TriageResult judge(String fileName, ByteStats stats, byte[] head, int headLength, byte[] tail) {
    long size = stats.total();
    double entropy = stats.entropy();
    double chiSquare = stats.chiSquare();
    String type = ContentDetector.detect(head, headLength);
    boolean text = ContentDetector.isText(type);
    String extension = extension(fileName);

    List<String> encrypted = new ArrayList<>();
    String known = knownExtension(extension);
    if (known != null) {
      encrypted.add("known-extension:" + known);
    }
    if (!text) {
      for (Marker m : rules.markers()) {
        // Markers are headers or footers: the first KiB and the tail ring are enough.
        if (contains(head, Math.min(headLength, MARKER_HEAD), m.bytes())
            || contains(tail, tail.length, m.bytes())) {
          encrypted.add("marker:" + m.name());
        }
      }
    }
    String claimed = extension == null ? null : ContentDetector.lower(extension.substring(1));
    boolean mismatch =
        size > 0
            && claimed != null
            && rules.typesOf(claimed) != null
            && !rules.typesOf(claimed).contains(type);
    boolean high = size >= limits.minEntropySize() && entropy >= entropyThreshold(size);
    boolean uniform = chiSquare < limits.chiSquareMax();
    boolean unexplained = type.equals(ContentDetector.OCTET_STREAM);

    List<String> reasons = new ArrayList<>(encrypted);
    if (mismatch) {
      reasons.add("magic-mismatch:" + claimed);
    }
    boolean entropySignal = high && (unexplained || mismatch);
    if (entropySignal) {
      reasons.add("entropy:" + decimal(entropy, 2));
      reasons.add("chi-square:" + decimal(chiSquare, 1));
    }
    List<String> note = new ArrayList<>();
    double score = 0;
    if (notes.nameMatches(fileName)) {
      note.add("note-name:" + fileName);
      score = Double.POSITIVE_INFINITY;
    }
    if (text && size <= limits.noteMaxSize()) {
      for (NoteCue cue :
          notes.cues(head, headLength, type.equals(ContentDetector.HTML) || isHtmlName(claimed))) {
        note.add("note-cue:" + cue.id());
        score += cue.weight();
      }
    }
    if (score >= limits.noteScore()) {
      reasons.addAll(note);
    }

    Verdict verdict;
    if (!encrypted.isEmpty() || (entropySignal && (uniform || mismatch))) {
      verdict = Verdict.ENCRYPTED;
    } else if (score >= limits.noteScore()) {
      verdict = Verdict.RANSOM_NOTE;
    } else if (mismatch || entropySignal) {
      verdict = Verdict.SUSPICIOUS;
    } else {
      verdict = Verdict.CLEAN;
    }
    return new TriageResult(verdict, reasons, entropy, chiSquare, type);
  }

  /**
   * The entropy at or above which {@code size} bytes count as high entropy: the configured value,
   * lowered for small files by twice the Miller-Madow bias of the entropy of {@code size} uniform
   * random bytes (255 / (2 size ln 2) bits), since a short random file cannot reach 8 bits.
   */
  double entropyThreshold(long size) {
    double bias = 255.0 / (2.0 * size * Math.log(2));
    return Math.min(limits.entropy(), 8.0 - 2.0 * bias);
  }

  private String knownExtension(String extension) {
    if (extension == null) {
      return null;
    }
    for (String known : rules.knownExtensions()) {
      if (known.equalsIgnoreCase(extension)) {
        return extension;
      }
    }
    return null;
  }

  /**
   * The last extension of {@code fileName} with its dot, as found, or null (no dot, or a leading
   * dot only).
   */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot);
  }

  private static boolean isHtmlName(String ext) {
    return ext != null && (ext.equals("hta") || ext.equals("html") || ext.equals("htm"));
  }

  /** How far into the head a marker is looked for. */
  static final int MARKER_HEAD = 1024;

  private static boolean contains(byte[] haystack, int n, byte[] needle) {
    return ContentDetector.indexOf(haystack, n, needle) >= 0;
  }

  /**
   * {@code value} with {@code places} decimals, rounded half up from its shortest decimal form:
   * what {@code String.format(Locale.ROOT, "%.<places>f", value)} writes, without building a
   * formatter and its locale symbols for every item.
   */
  static String decimal(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }
}
