package org.scelle.indexer.sigma;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scelle.custody.finding.Finding;

/**
 * What a Sigma run found. Immutable.
 *
 * @param ruleSetSha256 see {@link RuleSet#sha256()}
 * @param rules number of rules compiled and run
 * @param rejected rules that could not be translated, each with its reason
 * @param findings one per rule and matching event, rules in order, then document id
 * @param hitsByRule number of findings of each rule that matched, by source then id
 * @param truncated rules whose findings were cut at {@link SigmaMatcher#MAX_HITS}
 */
public record SigmaResult(
    String ruleSetSha256,
    int rules,
    List<RuleSet.Rejected> rejected,
    List<Finding> findings,
    Map<String, Integer> hitsByRule,
    List<String> truncated) {
  public SigmaResult {
    rejected = List.copyOf(rejected);
    findings = List.copyOf(findings);
    hitsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(hitsByRule));
    truncated = List.copyOf(truncated);
  }
}
