package org.scelle.solr;

import java.time.Duration;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.index.IndexBackend;
import org.scelle.indexer.index.IndexConfig;

/** Registers the {@code solr} backend for {@link java.util.ServiceLoader}. */
public final class SolrBackendProvider implements IndexBackend.Provider {
  /** How long a failing request is tried again by default. */
  public static final Duration RETRY_FOR = Duration.ofMinutes(2);

  @Override
  public String name() {
    return SolrTarget.BACKEND;
  }

  @Override
  public IndexBackend open(Vault vault, IndexConfig config) {
    return new SolrBackend(SolrTarget.of(config), RETRY_FOR);
  }
}
