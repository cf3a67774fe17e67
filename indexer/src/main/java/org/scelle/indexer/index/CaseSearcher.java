package org.scelle.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;

/**
 * Searches the case index of a vault with Lucene query syntax over every field ({@code message} by
 * default), an optional time range, a bounded number of hits and highlights. Hits come by
 * relevance, ties broken by document id, so the same query always gives the same order. Not
 * thread-safe; close when done.
 */
public final class CaseSearcher implements Closeable {
  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private CaseSearcher(Directory dir, DirectoryReader reader) {
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index of {@code vault}.
   *
   * @throws VaultException when the vault has no index yet
   */
  public static CaseSearcher open(Vault vault) throws IOException {
    if (!Files.isDirectory(CaseIndex.location(vault))) {
      throw new VaultException(vault.root() + ": no index yet; run 'scelle index' first");
    }
    Directory dir = FSDirectory.open(CaseIndex.location(vault));
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new VaultException(vault.root() + ": no index yet; run 'scelle index' first");
    }
    return new CaseSearcher(dir, DirectoryReader.open(dir));
  }

  /**
   * Parses {@code query} in Lucene syntax (default field {@code message}).
   *
   * @throws IllegalArgumentException naming the query and the problem when it does not parse
   */
  public static Query parse(String query) {
    QueryParser parser = new QueryParser(Fields.MESSAGE, Schema.analyzer());
    parser.setAllowLeadingWildcard(true);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "query '" + query + "' does not parse: " + e.getMessage().split("\n")[0], e);
    }
  }

  /** Runs {@code query} over events between {@code from} and {@code to} (either may be null). */
  public List<Hit> search(Query query, Instant from, Instant to, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1; got: " + limit);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    b.add(
        new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT)),
        BooleanClause.Occur.FILTER);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochMilli();
      b.add(LongPoint.newRangeQuery(Fields.TIMESTAMP, lo, hi), BooleanClause.Occur.FILTER);
    }
    Query q = b.build();
    Sort sort =
        new Sort(SortField.FIELD_SCORE, new SortField(Fields.DOC_ID, SortField.Type.STRING));
    TopDocs top = searcher.search(q, limit, sort, true);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, Schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("[[", "]]", " ... ", false))
            .build();
    String[] highlights = highlighter.highlight(Fields.MESSAGE, q, top, 1);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      Map<String, String> fields = new TreeMap<>();
      for (IndexableField f : d.getFields()) {
        if (!f.name().equals(Fields.MESSAGE)) {
          fields.merge(f.name(), f.stringValue(), (a, c) -> a + ", " + c);
        }
      }
      String message = d.get(Fields.MESSAGE);
      hits.add(
          new Hit(
              d.get(Fields.DOC_ID),
              Float.isNaN(sd.score) ? 0f : sd.score,
              d.get(Fields.TIMESTAMP),
              d.get(Fields.ITEM_ID),
              d.get(Fields.ITEM_SHA256),
              d.get(Fields.ITEM_HOST),
              d.get(Fields.LOCATOR),
              message,
              highlights[i] == null ? message : highlights[i],
              fields));
    }
    return hits;
  }

  /** Number of event documents matching {@code query}. */
  public int count(Query query) throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT)),
                BooleanClause.Occur.FILTER)
            .build());
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      dir.close();
    }
  }
}
