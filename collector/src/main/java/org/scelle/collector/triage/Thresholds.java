package org.scelle.collector.triage;

/**
 * The numeric limits of triage. A component is null when the rules file that was loaded leaves it
 * unset; {@link Triage} requires all of them (the built-in rules set them all).
 *
 * @param entropy bits per byte at or above which a file of 4 KiB or more has high entropy
 * @param chiSquareMax chi-square below which the byte histogram is consistent with uniform random
 * @param minEntropySize files smaller than this many bytes are never judged on entropy
 * @param noteMaxSize text files larger than this many bytes are not searched for note cues
 * @param noteScore the sum of cue weights that makes a ransom note
 */
record Thresholds(
    Double entropy, Double chiSquareMax, Long minEntropySize, Long noteMaxSize, Double noteScore) {

  static final Thresholds UNSET = new Thresholds(null, null, null, null, null);

  /** This, with each component that {@code extra} sets replaced by {@code extra}'s value. */
  Thresholds overlay(Thresholds extra) {
    return new Thresholds(
        extra.entropy != null ? extra.entropy : entropy,
        extra.chiSquareMax != null ? extra.chiSquareMax : chiSquareMax,
        extra.minEntropySize != null ? extra.minEntropySize : minEntropySize,
        extra.noteMaxSize != null ? extra.noteMaxSize : noteMaxSize,
        extra.noteScore != null ? extra.noteScore : noteScore);
  }

  /**
   * Returns this when every component is set.
   *
   * @throws IllegalArgumentException naming {@code source} and the first unset component
   */
  Thresholds requireComplete(String source) {
    String missing =
        entropy == null
            ? "entropy"
            : chiSquareMax == null
                ? "chiSquareMax"
                : minEntropySize == null
                    ? "minEntropySize"
                    : noteMaxSize == null ? "noteMaxSize" : noteScore == null ? "noteScore" : null;
    if (missing != null) {
      throw new IllegalArgumentException(
          "triage rules "
              + source
              + " leave thresholds."
              + missing
              + " unset; merge them onto TriageRules.builtIn() or set it");
    }
    return this;
  }
}
