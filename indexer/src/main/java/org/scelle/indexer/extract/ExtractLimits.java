package org.scelle.indexer.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the extraction of one item. Immutable.
 *
 * @param timeout the longest an item may take; past it the worker is killed and the item recorded
 *     {@code timeout}
 * @param heapBytes each worker JVM's maximum heap ({@code -Xmx}); running out of it is recorded
 *     {@code out-of-memory}
 * @param maxChars the write limit: characters of text kept per item, beyond which the item is
 *     recorded {@code truncated}
 * @param maxDepth how deep embedded documents are opened (1: the entries of an archive, 2: the
 *     entries of an archive in it...); deeper ones are recorded {@code nested-too-deep}
 * @param maxUnpackedBytes bytes that all embedded documents of an item (archive entries,
 *     decompressed streams) may unpack to, beyond which it is recorded {@code zip-bomb}
 * @param chunkChars characters of text per chunk (one index document each)
 */
public record ExtractLimits(
    Duration timeout,
    long heapBytes,
    long maxChars,
    int maxDepth,
    long maxUnpackedBytes,
    int chunkChars) {

  /** 120 s, 512 MiB of heap, 32 Mi characters, depth 5, 256 MiB unpacked, chunks of 32 Ki. */
  public static final ExtractLimits DEFAULTS =
      new ExtractLimits(Duration.ofSeconds(120), 512L << 20, 32L << 20, 5, 256L << 20, 32 << 10);

  public ExtractLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0; got: " + timeout);
    }
    if (heapBytes < 64L << 20) {
      throw new IllegalArgumentException("heapBytes must be >= 64 MiB; got: " + heapBytes);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1; got: " + maxChars);
    }
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must be >= 0; got: " + maxDepth);
    }
    if (maxUnpackedBytes < 0) {
      throw new IllegalArgumentException("maxUnpackedBytes must be >= 0; got: " + maxUnpackedBytes);
    }
    if (chunkChars < 1024) {
      throw new IllegalArgumentException("chunkChars must be >= 1024; got: " + chunkChars);
    }
  }

  public ExtractLimits withTimeout(Duration t) {
    return new ExtractLimits(t, heapBytes, maxChars, maxDepth, maxUnpackedBytes, chunkChars);
  }

  public ExtractLimits withHeapBytes(long b) {
    return new ExtractLimits(timeout, b, maxChars, maxDepth, maxUnpackedBytes, chunkChars);
  }

  public ExtractLimits withMaxChars(long n) {
    return new ExtractLimits(timeout, heapBytes, n, maxDepth, maxUnpackedBytes, chunkChars);
  }

  public ExtractLimits withMaxDepth(int d) {
    return new ExtractLimits(timeout, heapBytes, maxChars, d, maxUnpackedBytes, chunkChars);
  }

  public ExtractLimits withMaxUnpackedBytes(long b) {
    return new ExtractLimits(timeout, heapBytes, maxChars, maxDepth, b, chunkChars);
  }
}
