package org.scelle.indexer.hunt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.concurrent.Background;
import org.scelle.custody.finding.FindingStore;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.IdentityOpener;
import org.scelle.custody.identity.MissingSecretException;
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
 * and the rejected indicators' number. The index is opened on a second thread while the key is
 * opened, the feeds and item records are read and the indicators normalised.
 */
public final class HuntRun {
  private HuntRun() {}

  /** A run signed by {@code actor}, an identity already open. */
  public static HuntResult run(
      Vault vault, Identity actor, Hunter hunter, List<Path> feedFiles, Clock clock)
      throws IOException {
    try {
      return run(vault, () -> actor, hunter, feedFiles, clock);
    } catch (MissingSecretException e) {
      throw new IllegalStateException("an open identity asked for a secret", e);
    }
  }

  /**
   * A run signed by the identity {@code actor} opens, after the vault lock is taken (a locked vault
   * is reported before any password is asked for).
   */
  public static HuntResult run(
      Vault vault, IdentityOpener actor, Hunter hunter, List<Path> feedFiles, Clock clock)
      throws IOException, MissingSecretException {
    try (Vault.Lock lock = vault.lock()) {
      Background<DocumentSearch> opening =
          Background.start("scelle-index-open", () -> IndexBackends.of(vault).openForReading());
      Identity signer;
      List<Feed> feeds = new ArrayList<>();
      List<ItemRecord> items = new ArrayList<>();
      Hunter.Prepared prepared;
      try {
        signer = actor.open();
        for (Path f : feedFiles) {
          feeds.add(FeedLoader.load(f));
        }
        new ItemStore(vault)
            .forEach(
                r -> {
                  if (r.status() == ItemStatus.ACQUIRED) {
                    items.add(r);
                  }
                });
        prepared = hunter.prepare(feeds);
      } catch (IOException | MissingSecretException | RuntimeException | Error e) {
        closeWhenOpen(opening, e);
        throw e;
      }
      HuntResult result;
      try (DocumentSearch search = opening.join()) {
        result = hunter.hunt(search, items, prepared);
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
      Ledger.open(vault, clock).append(signer, Action.HUNTED, vault.info().caseId(), d);
      BagFiles.writeTagManifest(vault);
      return result;
    }
  }

  /**
   * Waits for the index opening started before {@code failure} and closes what it opened; its own
   * failure, if any, is added to {@code failure} as suppressed.
   */
  private static void closeWhenOpen(Background<DocumentSearch> opening, Throwable failure) {
    try (DocumentSearch unused = opening.join()) {
      // opened in vain: closed here
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
