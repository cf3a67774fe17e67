package org.scelle.collector.triage;

import java.util.List;
import java.util.Objects;

/**
 * What triage concluded about one file.
 *
 * @param verdict the verdict
 * @param reasons the signals behind the verdict, in a deterministic order (see {@link Triage}), for
 *     example {@code known-extension:.Clop}, {@code magic-mismatch:docx}, {@code entropy:7.99}; may
 *     be empty for {@link Verdict#CLEAN}; unmodifiable
 * @param entropy Shannon entropy of all bytes, in bits per byte (0 to 8; 0 for an empty file)
 * @param chiSquare Pearson chi-square statistic of the byte histogram against the uniform
 *     distribution (255 degrees of freedom; 0 for an empty file)
 * @param contentType the MIME type detected from the leading bytes, for example {@code
 *     application/pdf} or {@code application/octet-stream} when nothing is recognised
 */
public record TriageResult(
    Verdict verdict, List<String> reasons, double entropy, double chiSquare, String contentType) {

  /** Copies {@code reasons}; rejects nulls. */
  public TriageResult {
    Objects.requireNonNull(verdict, "verdict");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(contentType, "contentType");
  }
}
