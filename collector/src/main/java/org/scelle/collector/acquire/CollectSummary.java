package org.scelle.collector.acquire;

import java.time.Duration;
import java.util.Map;

/**
 * What a run did. Immutable.
 *
 * @param resumed whether the run continued an interrupted one
 * @param acquired items copied in this run
 * @param alreadyDone items found done by an earlier, interrupted run of the same acquisition
 * @param skippedByReason skipped and failed items of this run, by reason category, sorted
 * @param verdicts acquired items of this run by triage verdict, sorted
 * @param warnings items whose source changed while it was read
 * @param merkleRoot the seal over every item of the vault
 */
public record CollectSummary(
    String acquisition,
    boolean resumed,
    long acquired,
    long bytes,
    long alreadyDone,
    Map<String, Long> skippedByReason,
    Map<String, Long> verdicts,
    long warnings,
    Duration elapsed,
    String merkleRoot,
    long sealedItems,
    boolean timestamped) {

  /** Bytes per second copied by this run. */
  public double throughput() {
    double s = Math.max(elapsed.toNanos(), 1) / 1e9;
    return bytes / s;
  }
}
