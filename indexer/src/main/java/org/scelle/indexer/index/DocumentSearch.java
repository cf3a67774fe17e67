package org.scelle.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;

/**
 * Reads a case index, whichever backend holds it: the documents matching a Lucene {@link Query},
 * page by page in one of a few fixed orders, with their stored fields. Every order ends with the
 * document order (item id, then the position in the item: {@link Schema#addItem}), in which no two
 * documents tie, so the same index and query give the same documents in the same order on every
 * backend. Pages are bounded; a cursor ({@link Page#after()}) continues where a page stopped. Not
 * thread-safe; close when done.
 */
public interface DocumentSearch extends Closeable {

  /** The orders a search can return documents in. */
  enum Order {
    /** In document order: by item id, then position in the item. */
    ID,
    /** By {@code @timestamp} (documents without a time last), then in document order. */
    TIME_THEN_ID,
    /** By relevance, then in document order. */
    SCORE_THEN_ID
  }

  /**
   * One matching document.
   *
   * @param stored its stored fields, as {@link org.apache.lucene.document.StoredField}s, values of
   *     a field in the order they were written
   * @param score relevance for {@link Order#SCORE_THEN_ID}, otherwise 0
   * @param highlight the {@code message} with matched terms marked {@code [[...]]} when asked for
   *     and any term matched, otherwise null
   */
  record Doc(Document stored, float score, String highlight) {}

  /**
   * One page of documents.
   *
   * @param after the cursor to pass for the next page, or null when there is no more
   */
  record Page(List<Doc> docs, Object after) {}

  /**
   * The next page of the documents matching {@code query} in {@code order}.
   *
   * @param size at most this many documents; a page may hold fewer even when more follow
   * @param after null for the first page, else the previous page's {@link Page#after()}
   * @param highlight whether to fill {@link Doc#highlight()}
   * @throws IllegalArgumentException when the backend cannot run this kind of query
   */
  Page page(Query query, Order order, int size, Object after, boolean highlight) throws IOException;

  /** The number of documents matching {@code query}. */
  long count(Query query) throws IOException;

  /**
   * The values among {@code values} that may occur as terms of {@code field}: a superset of those
   * that occur in at least one document (a term left only by deleted documents may be answered). A
   * caller may skip a query whose terms are all absent, without running it. This default knows
   * nothing of the index and answers every value; a backend that can look terms up cheaply
   * overrides it.
   */
  default Set<String> presentTerms(String field, Collection<String> values) throws IOException {
    return new LinkedHashSet<>(values);
  }

  /** The first {@code max} documents matching {@code query} in {@code order}, read page by page. */
  default List<Doc> top(Query query, Order order, int max) throws IOException {
    List<Doc> out = new ArrayList<>();
    Object after = null;
    do {
      Page p = page(query, order, Math.min(max - out.size(), PAGE), after, false);
      for (Doc d : p.docs()) {
        if (out.size() < max) {
          out.add(d);
        }
      }
      after = p.after();
    } while (after != null && out.size() < max);
    return out;
  }

  /** The page size {@link #top} reads with. */
  int PAGE = 1_000;
}
