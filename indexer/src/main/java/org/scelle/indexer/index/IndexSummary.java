package org.scelle.indexer.index;

import java.time.Duration;
import java.util.Map;

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
 */
public record IndexSummary(
    long items,
    long alreadyIndexed,
    long events,
    long unparsed,
    Map<String, Long> byStatus,
    Duration elapsed) {}
