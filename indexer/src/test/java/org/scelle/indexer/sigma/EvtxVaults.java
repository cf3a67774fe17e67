package org.scelle.indexer.sigma;

import java.nio.file.Path;
import java.time.Clock;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.scelle.custody.testing.TestItems;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.CaseIndex;
import org.scelle.indexer.index.Indexer;
import org.scelle.indexer.index.Sources;
import org.scelle.indexer.ioc.Enrichment;

/** Vaults holding one EVTX file as an acquired item, indexed, for the Sigma tests. */
final class EvtxVaults {
  private EvtxVaults() {}

  /**
   * Creates a vault at {@code root}, acquires {@code evtx} into it (without the collector), indexes
   * it.
   */
  static Vault indexed(Path root, Path evtx) throws Exception {
    Vault vault =
        Vault.create(
            root,
            new CaseInfo("C", "t", "o", "UTC", "dev", "2025-01-01T00:00:00Z"),
            Clock.systemUTC());
    TestItems.acquiredFile("HOST-C-1", "HOST", "C", "2025-01-01T00:00:00Z")
        .sourcePath("/" + evtx.getFileName())
        .sourceTz("UTC")
        .contentType("application/octet-stream")
        .copiedInto(vault, evtx, "data/HOST/C/" + evtx.getFileName())
        .appendTo(vault);
    new Indexer(Sources.builtIn(), Enrichment::iocFields, Clock.systemUTC()).index(vault, 1, null);
    return vault;
  }

  /**
   * The {@code winlog.record_id} of every event of {@code vault}'s index that {@code rule} matches.
   */
  static TreeSet<String> matchingRecordIds(Vault vault, SigmaRule rule) throws Exception {
    TreeSet<String> ids = new TreeSet<>();
    try (FSDirectory dir = FSDirectory.open(CaseIndex.location(vault));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc sd : searcher.search(SigmaMatcher.eventQuery(rule), 10_000).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(Fields.WINLOG_RECORD_ID));
      }
    }
    return ids;
  }
}
