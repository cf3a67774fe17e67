package org.scelle.indexer.hunt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.finding.FindingStore;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.IndexBackends;

/**
 * One {@code scelle hunt} run: under the vault lock, loads the feeds, hunts, replaces the {@code
 * ioc} findings in {@code findings.jsonl}, keeps a copy of each feed under {@code scelle/feeds/},
 * and signs a {@code hunted} ledger entry naming each feed, its copy and its SHA-256, the counts,
 * and the rejected indicators' number.
 */
public final class HuntRun {
  private HuntRun() {}

  public static HuntResult run(
      Vault vault, Identity actor, Hunter hunter, List<Path> feedFiles, Clock clock)
      throws IOException {
    List<Feed> feeds = new ArrayList<>();
    for (Path f : feedFiles) {
      feeds.add(FeedLoader.load(f));
    }
    try (Vault.Lock lock = vault.lock()) {
      List<ItemRecord> items = new ArrayList<>();
      new ItemStore(vault)
          .forEach(
              r -> {
                if (r.status() == ItemStatus.ACQUIRED) {
                  items.add(r);
                }
              });
      HuntResult result;
      try (DocumentSearch search = IndexBackends.of(vault).openForReading()) {
        result = hunter.hunt(search, items, feeds);
      }
      new FindingStore(vault).replaceKind("ioc", result.findings());
      List<String> copies = FeedCopies.replace(vault, feedFiles, feeds);
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      ArrayNode fs = d.putArray("feeds");
      for (int i = 0; i < feeds.size(); i++) {
        Feed f = feeds.get(i);
        fs.addObject()
            .put("file", f.file())
            .put("copy", copies.get(i))
            .put("sha256", f.sha256())
            .put("indicators", f.indicators().size())
            .put("rejected", f.rejected().size());
      }
      d.put("indicators", result.indicators());
      d.put("matched_indicators", result.matchedIndicators());
      d.put("findings", result.findings().size());
      d.put("truncated", result.truncated().size());
      Ledger.open(vault, clock).append(actor, Action.HUNTED, vault.info().caseId(), d);
      BagFiles.writeTagManifest(vault);
      return result;
    }
  }
}
