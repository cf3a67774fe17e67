package org.scelle.collector.triage;

/**
 * A 256-bucket histogram of bytes, fed in buffers, with the Shannon entropy and the Pearson
 * chi-square statistic against the uniform distribution (the two statistics of the {@code ent}
 * tool). Not thread safe.
 */
final class ByteStats {

  private final long[] counts = new long[256];
  private long total;

  /** Counts {@code len} bytes of {@code b} from {@code off}; the caller checks the bounds. */
  void update(byte[] b, int off, int len) {
    long[] c = counts;
    int end = off + len;
    for (int i = off; i < end; i++) {
      c[b[i] & 0xFF]++;
    }
    total += len;
  }

  /** The number of bytes counted. */
  long total() {
    return total;
  }

  /** Shannon entropy in bits per byte, 0 to 8; 0 when nothing was counted. */
  double entropy() {
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
