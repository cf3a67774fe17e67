package org.scelle.indexer.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an index run did. Immutable.
 *
 * @param items items indexed in this run
 * @param alreadyIndexed items skipped because the index already holds them
 * @param events event documents written
 * @param unparsed records kept as plain text because they did not match their format
 * @param byStatus items of this run by outcome ({@code indexed}, {@code truncated}, {@code
 *     timeout}, {@code out-of-memory}, {@code zip-bomb}, {@code nested-too-deep}, {@code
 *     encrypted}, {@code empty}, {@code unsupported}, {@code no-reader}, {@code error}), sorted
 * @param failures the items of this run that failed or met a limit ({@link #FAILURES}), in item
 *     order, each with its note: what an analyst must look at; the expected outcomes of many items
 *     ({@code encrypted}, {@code empty}, {@code unsupported}) are only counted
 */
public record IndexSummary(
    long items,
    long alreadyIndexed,
    long events,
    long unparsed,
    Map<String, Long> byStatus,
    List<Failure> failures,
    Duration elapsed) {

  /** The outcomes listed item by item in {@link #failures}. */
  public static final Set<String> FAILURES =
      Set.of(
          "error",
          "timeout",
          "out-of-memory",
          "zip-bomb",
          "nested-too-deep",
          "truncated",
          "no-reader");

  public IndexSummary {
    byStatus = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byStatus));
    failures = List.copyOf(failures);
  }

  /** An item that failed or met a limit: its id, its path in the vault, and its note. */
  public record Failure(String itemId, String vaultPath, String note) {}
}
