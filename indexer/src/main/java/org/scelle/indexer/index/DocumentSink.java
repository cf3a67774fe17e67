package org.scelle.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.document.Document;

/**
 * Where the indexer writes a case's documents: the local Lucene directory ({@link CaseIndex}) or a
 * remote collection. Documents are replaced by their deterministic id, so writing an item twice
 * leaves one copy of each of its documents. Implementations are thread-safe; {@link #close()}
 * releases the backend without committing what was not committed.
 */
public interface DocumentSink extends Closeable {

  /** Adds or replaces a document by its id ({@link org.scelle.indexer.Fields#DOC_ID}). */
  void put(String id, Document doc) throws IOException;

  /**
   * Adds a document of an item whose documents were removed with {@link #deleteItem} first in this
   * run: a backend may skip looking for one with the same id (the local index does; a shared
   * collection, which other indexers may feed, replaces by id as {@link #put} does).
   */
  default void addNew(String id, Document doc) throws IOException {
    put(id, doc);
  }

  /** Removes every document of an item (before it is indexed again). */
  void deleteItem(String itemId) throws IOException;

  /** Records that an item was indexed, with its outcome; written after the item's events. */
  void markItem(String itemId, String sha256, String status, long events, String note)
      throws IOException;

  /** Makes everything written so far durable and visible to searches. */
  void commit() throws IOException;
}
