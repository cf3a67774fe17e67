package org.scelle.indexer.hunt;

import java.util.List;

/**
 * One indicator of a feed: a disjunction of conjunctions of comparisons (a STIX pattern such as
 * {@code [a = 'x' AND b = 'y'] OR [c = 'z']}; a CSV or MISP indicator is one comparison). A
 * conjunction matches evidence (an event or an item) that satisfies all its comparisons. Immutable.
 *
 * @param id the feed's id for it (STIX id, MISP uuid, or {@code <file>:<line>})
 * @param name a readable name, or its pattern
 * @param feed the feed file name
 * @param feedSha256 SHA-256 of the feed file
 */
public record Indicator(
    String id, String name, List<List<Comparison>> anyOf, String feed, String feedSha256) {
  public Indicator {
    anyOf = anyOf.stream().map(List::copyOf).toList();
    if (anyOf.isEmpty() || anyOf.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("indicator " + id + " has an empty pattern");
    }
  }

  /** A single-comparison indicator. */
  public static Indicator of(String id, String name, Comparison c, String feed, String feedSha256) {
    return new Indicator(id, name, List.of(List.of(c)), feed, feedSha256);
  }
}
