package org.scelle.indexer.index;

import java.io.IOException;
import java.util.Map;
import org.scelle.custody.vault.Vault;

/**
 * Where a case's index lives: the embedded Lucene directory {@code CASE/index/} ({@link
 * LuceneBackend}, the default) or a remote collection (a {@link Provider} found by {@link
 * java.util.ServiceLoader}). The case records its choice in {@link IndexConfig}; every command
 * reads and writes through this seam, so each works unchanged on either. Implementations are
 * immutable.
 */
public interface IndexBackend {

  /** What the ledger records about the index, e.g. {@code lucene-9.12.3}. */
  String describe();

  /** Item id to SHA-256 of every item already marked in the committed index. */
  Map<String, String> indexedItems() throws IOException;

  /** Opens the index for writing, creating it when absent. */
  DocumentSink openForWriting() throws IOException;

  /**
   * Opens the committed index for reading.
   *
   * @throws org.scelle.custody.vault.VaultException when the case has no index yet
   */
  DocumentSearch openForReading() throws IOException;

  /** Makes the backend named {@link IndexConfig#backend()}; registered as a service. */
  interface Provider {
    /** The name recorded in {@link IndexConfig#backend()}, e.g. {@code solr}. */
    String name();

    /**
     * The backend of {@code vault} described by {@code config}.
     *
     * @throws IllegalArgumentException naming the setting when the configuration is incomplete
     */
    IndexBackend open(Vault vault, IndexConfig config);
  }
}
