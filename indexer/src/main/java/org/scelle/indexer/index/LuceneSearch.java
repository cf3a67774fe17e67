package org.scelle.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;

/**
 * {@link DocumentSearch} over a Lucene {@link IndexSearcher}: pages with {@code searchAfter}, the
 * cursor being the last {@link ScoreDoc} of a page. Reads one point-in-time view. Not thread-safe.
 */
public final class LuceneSearch implements DocumentSearch {
  private final IndexSearcher searcher;
  private final AutoCloseable owned;

  /** Searches with {@code searcher}; the caller keeps its reader open and closes it. */
  public LuceneSearch(IndexSearcher searcher) {
    this(searcher, null);
  }

  private LuceneSearch(IndexSearcher searcher, AutoCloseable owned) {
    this.searcher = searcher;
    this.owned = owned;
  }

  /**
   * Opens the committed index of {@code vault}; closing the search closes it.
   *
   * @throws VaultException when the vault has no index yet, or one of another {@linkplain
   *     CaseIndex#FORMAT format}
   */
  public static LuceneSearch open(Vault vault) throws IOException {
    if (!Files.isDirectory(CaseIndex.location(vault))) {
      throw new VaultException(vault.root() + ": no index yet; run 'scelle index' first");
    }
    Directory dir = FSDirectory.open(CaseIndex.location(vault));
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new VaultException(vault.root() + ": no index yet; run 'scelle index' first");
    }
    DirectoryReader reader;
    try {
      CaseIndex.checkFormat(dir, CaseIndex.location(vault));
      reader = DirectoryReader.open(dir);
    } catch (IOException e) {
      dir.close();
      throw CaseIndex.isDamage(e) ? CaseIndex.damaged(CaseIndex.location(vault), e) : e;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    // Commands run each query once: caching its clauses (the event filter matches every event)
    // would cost a pass over the whole index and gain nothing.
    searcher.setQueryCache(null);
    return new LuceneSearch(
        searcher,
        () -> {
          try {
            reader.close();
          } finally {
            dir.close();
          }
        });
  }

  /** The sort of {@code order}, as both backends apply it. */
  static Sort sort(Order order) {
    // the document order: item id, then position in the item (Schema.addItem)
    SortField item = new SortField(Fields.ITEM_ID, SortField.Type.STRING);
    SortField seq = new SortField(Fields.SEQ, SortField.Type.LONG);
    return switch (order) {
      case ID -> new Sort(item, seq);
      case SCORE_THEN_ID -> new Sort(SortField.FIELD_SCORE, item, seq);
      case TIME_THEN_ID -> {
        SortField time = new SortField(Fields.TIMESTAMP, SortField.Type.LONG);
        time.setMissingValue(Long.MAX_VALUE);
        yield new Sort(time, item, seq);
      }
    };
  }

  @Override
  public Page page(Query query, Order order, int size, Object after, boolean highlight)
      throws IOException {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be >= 1; got: " + size);
    }
    boolean scores = order == Order.SCORE_THEN_ID;
    TopDocs top =
        after == null
            ? searcher.search(query, size, sort(order), scores)
            : searcher.searchAfter((ScoreDoc) after, query, size, sort(order), scores);
    String[] highlights = null;
    if (highlight && top.scoreDocs.length > 0) {
      UnifiedHighlighter h =
          UnifiedHighlighter.builder(searcher, Schema.analyzer())
              .withFormatter(new DefaultPassageFormatter("[[", "]]", " ... ", false))
              .build();
      highlights = h.highlight(Fields.MESSAGE, query, top, 1);
    }
    StoredFields stored = searcher.storedFields();
    List<Doc> docs = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      docs.add(
          new Doc(
              stored.document(sd.doc),
              scores && !Float.isNaN(sd.score) ? sd.score : 0f,
              highlights == null ? null : highlights[i]));
    }
    ScoreDoc last = top.scoreDocs.length < size ? null : top.scoreDocs[top.scoreDocs.length - 1];
    return new Page(docs, last);
  }

  @Override
  public long count(Query query) throws IOException {
    return searcher.count(query);
  }

  /**
   * Looks every value up in the term dictionary of {@code field} in each segment, in sorted order
   * with one enumerator per segment (consecutive seeks share the dictionary blocks they have in
   * common); a value found in one segment is not looked up again.
   */
  @Override
  public Set<String> presentTerms(String field, Collection<String> values) throws IOException {
    Map<BytesRef, String> pending = new TreeMap<>();
    for (String v : values) {
      pending.put(new BytesRef(v), v);
    }
    Set<String> present = new HashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (pending.isEmpty()) {
        break;
      }
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (Iterator<Map.Entry<BytesRef, String>> it = pending.entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<BytesRef, String> e = it.next();
        if (te.seekExact(e.getKey())) {
          present.add(e.getValue());
          it.remove();
        }
      }
    }
    return present;
  }

  @Override
  public void close() throws IOException {
    if (owned == null) {
      return;
    }
    try {
      owned.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
