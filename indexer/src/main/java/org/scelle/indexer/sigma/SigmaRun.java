package org.scelle.indexer.sigma;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.scelle.custody.finding.FindingStore;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.IndexBackends;

/**
 * One {@code scelle sigma} run: loads and compiles the rules, then under the vault lock runs them
 * over the case index, replaces the {@code sigma} findings in {@code findings.jsonl}, signs a
 * {@code hunted} ledger entry with the rule set's SHA-256, the counts and every rejected rule with
 * its reason, and refreshes the tag manifest.
 */
public final class SigmaRun {
  private SigmaRun() {}

  /**
   * Runs the rules at {@code rulePaths} (files or directories) over the index of {@code vault}.
   *
   * @throws VaultException when the vault has no index yet
   * @throws IOException when a rule path is missing or the vault cannot be written
   * @throws IllegalArgumentException when no rule file is found
   */
  public static SigmaResult run(Vault vault, Identity actor, List<Path> rulePaths, Clock clock)
      throws IOException {
    RuleSet rules = RuleLoader.load(rulePaths);
    try (Vault.Lock lock = vault.lock()) {
      SigmaResult result;
      try (DocumentSearch search = IndexBackends.of(vault).openForReading()) {
        result = SigmaMatcher.run(search, rules);
      }
      new FindingStore(vault).replaceKind("sigma", result.findings());
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("engine", "sigma");
      d.put("rule_set_sha256", rules.sha256());
      d.put("rules", rules.rules().size());
      d.put("rejected", rules.rejected().size());
      ArrayNode rej = d.putArray("rejected_rules");
      for (RuleSet.Rejected r : rules.rejected()) {
        rej.addObject().put("file", r.source()).put("sha256", r.sha256()).put("reason", r.reason());
      }
      d.put("matched_rules", result.hitsByRule().size());
      d.put("findings", result.findings().size());
      d.put("truncated", result.truncated().size());
      Ledger.open(vault, clock).append(actor, Action.HUNTED, vault.info().caseId(), d);
      BagFiles.writeTagManifest(vault);
      return result;
    }
  }
}
