package org.scelle.indexer.extract;

import java.util.Objects;

/**
 * What extracting one item gave. Immutable.
 *
 * @param status the outcome
 * @param reason why, for a status other than {@link ExtractStatus#INDEXED}; may also hold details
 *     for it (embedded documents that failed); null when there is nothing to say
 * @param contentType the item's type as Tika detected it, or null when it did not get that far
 * @param chunks text chunks handed over (kept in the index whatever the status)
 * @param characters characters of text in those chunks
 */
public record Extraction(
    ExtractStatus status, String reason, String contentType, long chunks, long characters) {

  public Extraction {
    Objects.requireNonNull(status, "status");
  }

  /**
   * The machine-readable note of the item's marker: the status word, then {@code ": "} and the
   * reason when there is one, e.g. {@code timeout: no result within 120 s, worker killed}.
   */
  public String note() {
    return reason == null ? status.word() : status.word() + ": " + reason;
  }
}
