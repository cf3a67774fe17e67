package org.scelle.collector.triage;

/**
 * A 256-bucket histogram of bytes, fed in buffers, with the Shannon entropy and the Pearson
 * chi-square statistic against the uniform distribution (the two statistics of the {@code ent}
 * tool). Not thread safe.
 */
final class ByteStats {

  /** Flush the int lanes into {@link #counts} before any lane could overflow. */
  private static final int FLUSH_EVERY = 1 << 28;

  private final long[] counts = new long[256];
  // Four interleaved lanes: consecutive bytes with the same value do not wait on one counter.
  private final int[] lanes = new int[1024];
  private long total;
  private long pending;

  /** Counts {@code len} bytes of {@code b} from {@code off}; the caller checks the bounds. */
  void update(byte[] b, int off, int len) {
    int[] c = lanes;
    int i = off;
    int end = off + len;
    int end4 = off + (len & ~3);
    for (; i < end4; i += 4) {
      c[b[i] & 0xFF]++;
      c[256 + (b[i + 1] & 0xFF)]++;
      c[512 + (b[i + 2] & 0xFF)]++;
      c[768 + (b[i + 3] & 0xFF)]++;
    }
    for (; i < end; i++) {
      c[b[i] & 0xFF]++;
    }
    total += len;
    pending += len;
    if (pending >= FLUSH_EVERY) {
      flush();
    }
  }

  private void flush() {
    for (int v = 0; v < 256; v++) {
      counts[v] += (long) lanes[v] + lanes[256 + v] + lanes[512 + v] + lanes[768 + v];
    }
    java.util.Arrays.fill(lanes, 0);
    pending = 0;
  }

  /** Forgets every byte counted, for the next file. */
  void reset() {
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(lanes, 0);
    total = 0;
    pending = 0;
  }

  /** The number of bytes counted. */
  long total() {
    return total;
  }

  /** Shannon entropy in bits per byte, 0 to 8; 0 when nothing was counted. */
  double entropy() {
    flush();
    if (total == 0) {
      return 0;
    }
    double n = total;
    double sum = 0;
    for (long count : counts) {
      if (count > 0) {
        double p = count / n;
        sum -= p * Math.log(p);
      }
    }
    return sum / Math.log(2);
  }

  /**
   * Pearson chi-square statistic of the counts against 256 equally likely values (255 degrees of
   * freedom: about 255 for random bytes); 0 when nothing was counted.
   */
  double chiSquare() {
    flush();
    if (total == 0) {
      return 0;
    }
    double expected = total / 256.0;
    double sum = 0;
    for (long count : counts) {
      double d = count - expected;
      sum += d * d;
    }
    return sum / expected;
  }
}
