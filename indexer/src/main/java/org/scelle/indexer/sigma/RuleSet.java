package org.scelle.indexer.sigma;

import java.util.List;

/**
 * The rules loaded from files: those that compiled, and those that did not with the reason.
 * Immutable.
 *
 * @param rules compiled rules, sorted by source then id
 * @param rejected rules that could not be translated, sorted by source
 * @param sha256 SHA-256 over the sorted lines {@code <sha256> <source>\n} of every rule file read,
 *     compiled or not: the identity of the rule set
 */
public record RuleSet(List<SigmaRule> rules, List<Rejected> rejected, String sha256) {
  public RuleSet {
    rules = List.copyOf(rules);
    rejected = List.copyOf(rejected);
  }

  /**
   * A rule file that was not translated.
   *
   * @param source as {@link SigmaRule#source()}
   * @param reason what is unsupported or malformed
   */
  public record Rejected(String source, String sha256, String reason) {
    @Override
    public String toString() {
      return source + ": " + reason;
    }
  }
}
