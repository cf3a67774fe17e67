package org.scelle.reporter.check;

import java.util.Objects;

/**
 * One verification and its outcome. Immutable.
 *
 * @param name what was checked: {@code pdf}, {@code signature}, {@code coverage}, {@code
 *     timestamp}, {@code timestamp-chain}, {@code chain}, {@code manifest}, {@code annex:<name>},
 *     {@code annex:seal}, {@code annex:ledger-head}, {@code vault:case}, {@code vault:<vault
 *     path>}, {@code vault:items}, {@code vault:item <id>}, {@code vault:ledger}, {@code
 *     vault:ledger-head}
 * @param outcome passed, failed, or a warning (not checked, or checked with a caveat)
 * @param reason what was found, naming the values compared
 */
public record Check(String name, Outcome outcome, String reason) {

  /** The outcome of a check. */
  public enum Outcome {
    /** Verified. */
    PASSED,
    /** Verification failed: the dossier is not valid. */
    FAILED,
    /** Not verified (for example no trust anchor given) or verified with a caveat; not a pass. */
    WARNING
  }

  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the check passed. */
  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  static Check pass(String name, String reason) {
    return new Check(name, Outcome.PASSED, reason);
  }

  static Check fail(String name, String reason) {
    return new Check(name, Outcome.FAILED, reason);
  }

  static Check warn(String name, String reason) {
    return new Check(name, Outcome.WARNING, reason);
  }
}
