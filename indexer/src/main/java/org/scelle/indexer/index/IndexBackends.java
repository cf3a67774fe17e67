package org.scelle.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.scelle.custody.vault.Vault;

/** Finds the backend a case's index uses. Stateless. */
public final class IndexBackends {
  private IndexBackends() {}

  /** The backend recorded for {@code vault} ({@link IndexConfig#read}). */
  public static IndexBackend of(Vault vault) throws IOException {
    return of(vault, IndexConfig.read(vault));
  }

  /**
   * The backend {@code config} describes for {@code vault}.
   *
   * @throws IllegalArgumentException when no backend of that name is on the class path
   */
  public static IndexBackend of(Vault vault, IndexConfig config) {
    if (IndexConfig.LUCENE.equals(config.backend())) {
      return new LuceneBackend(vault);
    }
    List<String> known = new ArrayList<>(List.of(IndexConfig.LUCENE));
    for (IndexBackend.Provider p : ServiceLoader.load(IndexBackend.Provider.class)) {
      if (p.name().equals(config.backend())) {
        return p.open(vault, config);
      }
      known.add(p.name());
    }
    throw new IllegalArgumentException(
        IndexConfig.location(vault)
            + ": unknown index backend '"
            + config.backend()
            + "'; this scelle knows "
            + known);
  }
}
