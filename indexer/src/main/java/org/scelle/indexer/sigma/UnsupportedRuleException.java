package org.scelle.indexer.sigma;

/**
 * A Sigma rule that is valid but cannot be translated to a query (an aggregation, {@code near}, an
 * unknown modifier, an unsupported log source), or that is malformed. The message is the reason,
 * without the file name; {@link RuleSet#rejected()} adds it.
 */
public final class UnsupportedRuleException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnsupportedRuleException(String reason) {
    super(reason);
  }
}
