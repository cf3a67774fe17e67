package org.scelle.indexer.index;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;

/**
 * One {@code scelle index} run: under the vault lock, indexes the new items and records a signed
 * {@code indexed} ledger entry saying what was indexed (counts by outcome, events, index format).
 */
public final class IndexRun {
  private IndexRun() {}

  public static IndexSummary run(
      Vault vault, Identity actor, Indexer indexer, int threads, ZoneId zone, Clock clock)
      throws IOException {
    return run(vault, actor, indexer, threads, zone, null, clock);
  }

  /**
   * Indexes into the backend {@code config} describes, then records it as the case's choice ({@link
   * IndexConfig}; not when indexing failed); with a null {@code config}, into the backend the case
   * records.
   */
  public static IndexSummary run(
      Vault vault,
      Identity actor,
      Indexer indexer,
      int threads,
      ZoneId zone,
      IndexConfig config,
      Clock clock)
      throws IOException {
    try (Vault.Lock lock = vault.lock()) {
      IndexBackend backend =
          config == null ? IndexBackends.of(vault) : IndexBackends.of(vault, config);
      IndexSummary s = indexer.index(vault, backend, threads, zone);
      if (config != null) {
        config.write(vault);
      }
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("items", s.items());
      d.put("already_indexed", s.alreadyIndexed());
      d.put("events", s.events());
      d.put("unparsed", s.unparsed());
      ObjectNode by = d.putObject("by_status");
      for (Map.Entry<String, Long> e : s.byStatus().entrySet()) {
        by.put(e.getKey(), e.getValue());
      }
      d.put("index", backend.describe());
      if (zone != null) {
        d.put("tz_override", zone.getId());
      }
      Ledger.open(vault, clock).append(actor, Action.INDEXED, vault.info().caseId(), d);
      BagFiles.writeTagManifest(vault);
      return s;
    }
  }
}
