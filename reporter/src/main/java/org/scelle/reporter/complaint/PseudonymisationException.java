package org.scelle.reporter.complaint;

/**
 * A pseudonymisation rule that could not be applied to an excerpt, typically a regular expression
 * whose backtracking exceeded its budget. The dossier must not be produced with the excerpt
 * unprocessed: fix or simplify the rule named by {@link #rule()}.
 */
public final class PseudonymisationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  PseudonymisationException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** The name of the rule that failed. */
  public String rule() {
    return rule;
  }
}
