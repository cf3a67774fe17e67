package org.scelle.indexer.hunt;

import java.util.List;
import org.scelle.custody.finding.Finding;

/**
 * What a hunt found. Immutable.
 *
 * @param indicators indicators matched against the case
 * @param rejected indicators that could not be matched, each with its reason
 * @param matchedIndicators indicators with at least one finding
 * @param truncated indicators whose evidence was cut at the per-indicator limit
 */
public record HuntResult(
    long indicators,
    List<String> rejected,
    List<Finding> findings,
    long matchedIndicators,
    List<String> truncated) {
  public HuntResult {
    rejected = List.copyOf(rejected);
    findings = List.copyOf(findings);
    truncated = List.copyOf(truncated);
  }
}
