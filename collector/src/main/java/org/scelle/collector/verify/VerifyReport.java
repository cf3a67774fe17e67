package org.scelle.collector.verify;

import java.util.List;

/**
 * The outcome of verifying a vault. Immutable.
 *
 * @param items acquired items re-hashed
 * @param bytes bytes re-hashed
 * @param ledgerEntries ledger entries checked
 * @param ledgerHead SHA-256 of the last ledger entry
 * @param merkleRoot the root of the last seal, or null when the vault was never sealed
 */
public record VerifyReport(
    long items,
    long bytes,
    long ledgerEntries,
    String ledgerHead,
    String merkleRoot,
    List<Problem> problems) {
  public VerifyReport {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
