package org.scelle.indexer.hunt;

import java.util.List;

/**
 * A loaded indicator feed: the indicators a hunt can match, and those it cannot, each with the
 * reason (never dropped silently). Immutable.
 */
public record Feed(String file, String sha256, List<Indicator> indicators, List<String> rejected) {
  public Feed {
    indicators = List.copyOf(indicators);
    rejected = List.copyOf(rejected);
  }
}
