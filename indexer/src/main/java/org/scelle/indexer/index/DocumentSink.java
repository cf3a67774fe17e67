package org.scelle.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.document.Document;

/**
 * Where the indexer writes a case's documents: the local Lucene directory ({@link CaseIndex}) or a
 * remote collection. An item is written again by removing its documents first ({@link
 * #deleteItem}), so writing an item twice leaves one copy of each of its documents; a shared
 * collection also replaces by the deterministic document id. Implementations are thread-safe;
 * {@link #close()} releases the backend without committing what was not committed.
 */
public interface DocumentSink extends Closeable {

  /**
   * Adds a document of an item whose documents were removed with {@link #deleteItem} first in this
   * run. The local index adds it; a shared collection, which other indexers may feed, replaces the
   * document with the same id.
   *
   * @param id the document's id, {@code <item id>#<locator>} ({@link
   *     org.scelle.indexer.Fields#DOC_ID})
   */
  void add(String id, Document doc) throws IOException;

  /** Removes every document of an item (before it is indexed again). */
  void deleteItem(String itemId) throws IOException;

  /** Records that an item was indexed, with its outcome; written after the item's events. */
  void markItem(String itemId, String sha256, String status, long events, String note)
      throws IOException;

  /** Makes everything written so far durable and visible to searches. */
  void commit() throws IOException;
}
