package org.scelle.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;

/**
 * Searches the case index of a vault, whichever backend holds it ({@link IndexBackends}), with
 * Lucene query syntax over every field ({@code message} by default), an optional time range, a
 * bounded number of hits and highlights. Hits come by relevance, ties broken by document id, so the
 * same query always gives the same order. Not thread-safe; close when done.
 */
public final class CaseSearcher implements Closeable {
  private final DocumentSearch search;

  /** Searches through {@code search}, which closing this closes. */
  public CaseSearcher(DocumentSearch search) {
    this.search = search;
  }

  /**
   * Opens the index of {@code vault}.
   *
   * @throws VaultException when the vault has no index yet
   */
  public static CaseSearcher open(Vault vault) throws IOException {
    return new CaseSearcher(IndexBackends.of(vault).openForReading());
  }

  /**
   * Parses {@code query} in Lucene syntax (default field {@code message}). The twin of a field
   * indexed in one form only ({@code ioc.domain.lc}) means the field itself ({@link
   * Schema#lowerField}). A locator matches whole ({@link LocatorQuery}); a wildcard, range or fuzzy
   * match of it is refused.
   *
   * @throws IllegalArgumentException naming the query and the problem when it does not parse
   */
  public static Query parse(String query) {
    QueryParser parser = new TwinParser();
    parser.setAllowLeadingWildcard(true);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      // IllegalArgumentException: Lucene's RegExp, for a regular expression such as /[a/
      throw new IllegalArgumentException(
          "query '" + query + "' does not parse: " + e.getMessage().split("\n")[0], e);
    }
  }

  /** Receives hits one at a time, in order. */
  @FunctionalInterface
  public interface HitSink {
    void accept(Hit hit) throws IOException;
  }

  /**
   * Hits fetched per page: bounds the memory of a search, whatever its limit (a page of hits with
   * their stored fields takes a few tens of MiB), while keeping few the passes over the index that
   * an export of millions of hits makes (each page runs the query again from the last hit).
   */
  static final int PAGE = 10_000;

  /**
   * Runs {@code query} over events between {@code from} and {@code to} (either may be null) and
   * returns the first {@code limit} hits, by relevance then document order.
   */
  public List<Hit> search(Query query, Instant from, Instant to, int limit) throws IOException {
    List<Hit> hits = new ArrayList<>();
    search(query, from, to, limit, true, hits::add);
    return hits;
  }

  /**
   * Runs {@code query} like {@link #search(Query, Instant, Instant, int)} and gives each hit to
   * {@code sink} as its page arrives, holding no more than a page of {@link #PAGE} hits: an export
   * of millions of hits takes the memory of one page.
   *
   * @param highlight whether to mark the matched terms ({@link Hit#highlight}); without, a hit's
   *     highlight is its message
   * @return the number of hits given
   */
  public long search(
      Query query, Instant from, Instant to, long limit, boolean highlight, HitSink sink)
      throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1; got: " + limit);
    }
    Query q = events(query, from, to);
    long given = 0;
    Object after = null;
    do {
      int size = (int) Math.min(PAGE, limit - given);
      DocumentSearch.Page page =
          search.page(q, DocumentSearch.Order.SCORE_THEN_ID, size, after, highlight);
      for (DocumentSearch.Doc doc : page.docs()) {
        sink.accept(hit(doc));
        given++;
      }
      after = page.after();
    } while (after != null && given < limit);
    return given;
  }

  private static Hit hit(DocumentSearch.Doc doc) {
    Document d = doc.stored();
    Map<String, String> fields = new TreeMap<>();
    for (IndexableField f : d.getFields()) {
      if (!f.name().equals(Fields.MESSAGE)) {
        fields.merge(f.name(), f.stringValue(), (a, c) -> a + ", " + c);
      }
    }
    String message = d.get(Fields.MESSAGE);
    return new Hit(
        Schema.docId(d),
        doc.score(),
        d.get(Fields.TIMESTAMP),
        d.get(Fields.ITEM_ID),
        d.get(Fields.ITEM_SHA256),
        d.get(Fields.ITEM_HOST),
        d.get(Fields.LOCATOR),
        message,
        doc.highlight() == null ? message : doc.highlight(),
        fields);
  }

  /** Number of event documents matching {@code query}, whatever their time. */
  public long count(Query query) throws IOException {
    return count(query, null, null);
  }

  /**
   * Number of event documents matching {@code query} between {@code from} and {@code to} (either
   * may be null): all the hits {@link #search} would give without its limit.
   */
  public long count(Query query, Instant from, Instant to) throws IOException {
    return search.count(events(query, from, to));
  }

  /**
   * The event documents matching {@code query}, with a time between {@code from} and {@code to}
   * when either is given (an event without a time is then left out).
   */
  private static Query events(Query query, Instant from, Instant to) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    b.add(
        new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT)),
        BooleanClause.Occur.FILTER);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochMilli();
      b.add(LongPoint.newRangeQuery(Fields.TIMESTAMP, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  @Override
  public void close() throws IOException {
    search.close();
  }

  /**
   * The query parser of {@link #parse}: maps the twin of a single-form field to the field, and
   * widens a query of a twin to the lower-case values of its field ({@link TwinQueries}).
   */
  private static final class TwinParser extends QueryParser {
    TwinParser() {
      super(Fields.MESSAGE, Schema.analyzer());
    }

    private static String field(String f) {
      return f != null && f.endsWith(Schema.LOWER) ? Schema.lowerField(f) : f;
    }

    /** The field, unless it is the locator, which only a whole value matches. */
    private static String termsField(String f) throws ParseException {
      String field = field(f);
      if (Fields.LOCATOR.equals(field)) {
        throw new ParseException(
            Fields.LOCATOR
                + " matches a whole locator only, as in "
                + Fields.LOCATOR
                + ":\"line:12@offset:3456\" (no wildcard, range or fuzzy match)");
      }
      return field;
    }

    @Override
    protected Query getFieldQuery(String f, String text, boolean quoted) throws ParseException {
      String field = field(f);
      if (Fields.LOCATOR.equals(field)) {
        return new LocatorQuery(text);
      }
      return TwinQueries.widen(super.getFieldQuery(field, text, quoted));
    }

    // A phrase with a slop ("..."~2) comes here; the parser's own version of this method builds
    // it through the one above, so a locator with a slop is a LocatorQuery too.
    @Override
    protected Query getFieldQuery(String f, String text, int slop) throws ParseException {
      return TwinQueries.widen(super.getFieldQuery(field(f), text, slop));
    }

    @Override
    protected Query getRangeQuery(
        String f, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return TwinQueries.widen(
          super.getRangeQuery(termsField(f), part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected Query getPrefixQuery(String f, String termStr) throws ParseException {
      return TwinQueries.widen(super.getPrefixQuery(termsField(f), termStr));
    }

    @Override
    protected Query getWildcardQuery(String f, String termStr) throws ParseException {
      return TwinQueries.widen(super.getWildcardQuery(termsField(f), termStr));
    }

    @Override
    protected Query getRegexpQuery(String f, String termStr) throws ParseException {
      return TwinQueries.widen(super.getRegexpQuery(termsField(f), termStr));
    }

    @Override
    protected Query getFuzzyQuery(String f, String termStr, float minSimilarity)
        throws ParseException {
      return TwinQueries.widen(super.getFuzzyQuery(termsField(f), termStr, minSimilarity));
    }
  }
}
