package org.scelle.indexer.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.util.Version;
import org.scelle.custody.vault.Vault;

/** The embedded Lucene index in {@code CASE/index/}. Immutable. */
public final class LuceneBackend implements IndexBackend {
  /** RAM buffer of the writer, in MiB. */
  static final int RAM_BUFFER_MB = 64;

  private final Vault vault;

  public LuceneBackend(Vault vault) {
    this.vault = vault;
  }

  @Override
  public String describe() {
    return "lucene-" + Version.LATEST;
  }

  @Override
  public Map<String, String> indexedItems() throws IOException {
    return CaseIndex.indexedItems(vault);
  }

  @Override
  public DocumentSink openForWriting() throws IOException {
    return CaseIndex.openForWriting(vault, RAM_BUFFER_MB);
  }

  @Override
  public DocumentSearch openForReading() throws IOException {
    return LuceneSearch.open(vault);
  }
}
