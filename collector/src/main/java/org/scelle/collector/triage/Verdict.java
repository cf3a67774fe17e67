package org.scelle.collector.triage;

/**
 * The outcome of triage for one acquisition candidate, from the most to the least serious. The
 * {@linkplain #label() label} is the value written to the {@code triage.verdict} key of the item
 * record.
 */
public enum Verdict {
  /** The content was encrypted by ransomware (or is indistinguishable from it). */
  ENCRYPTED("encrypted"),
  /** The file is a ransom note left by the attacker. */
  RANSOM_NOTE("ransom-note"),
  /** One weak signal that deserves a human look, not enough for a stronger verdict. */
  SUSPICIOUS("suspicious"),
  /** No signal. */
  CLEAN("clean");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The lower-case label used in item records, for example {@code ransom-note}. */
  public String label() {
    return label;
  }
}
