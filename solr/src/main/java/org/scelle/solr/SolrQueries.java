package org.scelle.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.LocatorQuery;
import org.scelle.indexer.sigma.FieldRefQuery;

/**
 * Translates the Lucene query objects scelle builds (search, hunt, Sigma) into one Solr query, so
 * that Solr matches exactly the documents the local index would.
 *
 * <ul>
 *   <li>terms, booleans, phrases, wildcards and prefixes become Solr's own {@code term}, {@code
 *       bool} and standard-syntax clauses, each in its own request parameter (no escaping of values
 *       into one string);
 *   <li>queries Solr cannot express with the same meaning (regular expressions with Lucene's flags,
 *       Sigma's numeric and CIDR predicates, term ranges) are expanded as Lucene rewrites them: the
 *       field's distinct terms are read from the collection ({@link TermSource}), the query's own
 *       {@link TermsEnum} keeps the accepted ones, and Solr matches that set;
 *   <li>Sigma's {@code fieldref} is checked as the local index checks it, on the stored values of
 *       each document holding both fields (read from the collection page by page), and Solr matches
 *       the set of their ids.
 * </ul>
 *
 * One instance translates one query. Not thread-safe.
 */
final class SolrQueries {
  /** What a translation reads from the collection. */
  interface TermSource {
    /** The distinct indexed terms of {@code field}, in index order. */
    List<String> terms(String field) throws IOException;

    /** The ids of the documents {@code q} matches, checked on their stored values. */
    default List<String> fieldRefMatches(FieldRefQuery q) throws IOException {
      throw new IllegalArgumentException("query " + q + ": fieldref needs the collection");
    }
  }

  private static final String ALL = "*:*";
  private final TermSource terms;
  private final ModifiableSolrParams params = new ModifiableSolrParams();
  private int next;

  private SolrQueries(TermSource terms) {
    this.terms = terms;
  }

  /** The translation of one query: request parameters with {@code q} and what it refers to. */
  record Translation(ModifiableSolrParams params) {}

  /**
   * Translates {@code query}.
   *
   * @throws IllegalArgumentException naming the query when it has no Solr translation
   */
  static Translation translate(Query query, TermSource terms) throws IOException {
    SolrQueries t = new SolrQueries(terms);
    t.params.set("q", t.clause(query));
    return new Translation(t.params);
  }

  private String param(String value) {
    String name = "sq" + (next++);
    params.set(name, value);
    return "$" + name;
  }

  /** The Solr query string of {@code q}. */
  private String clause(Query q) throws IOException {
    if (q instanceof BooleanQuery b) {
      return bool(b);
    }
    if (q instanceof BoostQuery b) {
      return clause(b.getQuery());
    }
    if (q instanceof ConstantScoreQuery c) {
      return clause(c.getQuery());
    }
    if (q instanceof DisjunctionMaxQuery d) {
      StringBuilder s = new StringBuilder("{!bool");
      for (Query sub : d.getDisjuncts()) {
        s.append(" should=").append(param(clause(sub)));
      }
      return s.append('}').toString();
    }
    if (q instanceof MatchAllDocsQuery) {
      return "{!lucene v=" + param(ALL) + "}";
    }
    if (q instanceof MatchNoDocsQuery) {
      return none();
    }
    if (q instanceof TermQuery t) {
      return term(t.getTerm().field(), t.getTerm().text());
    }
    if (q instanceof PhraseQuery p) {
      return phrase(p);
    }
    if (q instanceof FieldExistsQuery e) {
      return exists(e.getField());
    }
    if (q instanceof TermRangeQuery r && r.getLowerTerm() == null && r.getUpperTerm() == null) {
      return exists(r.getField());
    }
    if (q instanceof WildcardQuery w) {
      return lucene(field(w.getField()) + ":" + wildcard(w.getTerm().text()));
    }
    if (q instanceof PrefixQuery p) {
      return lucene(
          field(p.getField()) + ":" + ClientUtils.escapeQueryChars(p.getPrefix().text()) + "*");
    }
    if (q instanceof PointRangeQuery p && p.getField().equals(Fields.TIMESTAMP)) {
      long lo = LongPoint.decodeDimension(p.getLowerPoint(), 0);
      long hi = LongPoint.decodeDimension(p.getUpperPoint(), 0);
      return lucene(ConfigSet.TIME_MS + ":[" + lo + " TO " + hi + "]");
    }
    if (q instanceof MultiTermQuery m) {
      return expanded(m);
    }
    if (q instanceof LocatorQuery l) {
      return term(Fields.LOCATOR, l.locator()); // Solr indexes the locator as a keyword
    }
    if (q instanceof FieldRefQuery f) {
      return idSet(terms.fieldRefMatches(f));
    }
    throw new IllegalArgumentException(
        "query " + q + ": " + q.getClass().getSimpleName() + " has no Solr translation");
  }

  private String bool(BooleanQuery b) throws IOException {
    if (b.getMinimumNumberShouldMatch() > 0) {
      throw new IllegalArgumentException(
          "query " + b + ": minimum-should-match has no Solr translation here");
    }
    boolean positive = false;
    StringBuilder s = new StringBuilder("{!bool");
    for (BooleanClause c : b.clauses()) {
      String occur =
          switch (c.getOccur()) {
            case MUST -> "must";
            case FILTER -> "filter";
            case SHOULD -> "should";
            case MUST_NOT -> "must_not";
          };
      positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
      s.append(' ').append(occur).append('=').append(param(clause(c.getQuery())));
    }
    if (!positive) {
      // Lucene matches nothing with only prohibited clauses; Solr would add "all documents".
      return none();
    }
    return s.append('}').toString();
  }

  private String none() {
    String all = param("{!lucene v=" + param(ALL) + "}");
    return "{!bool filter=" + all + " must_not=" + all + "}";
  }

  private String term(String field, String value) {
    return "{!term f=" + quote(field) + " v=" + param(value) + "}";
  }

  private String exists(String field) {
    return lucene(field(field) + ":*");
  }

  private String lucene(String query) {
    return "{!lucene v=" + param(query) + "}";
  }

  private String phrase(PhraseQuery p) {
    Term[] ts = p.getTerms();
    if (ts.length == 0) {
      return none();
    }
    int[] pos = p.getPositions();
    for (int i = 1; i < pos.length; i++) {
      if (pos[i] != pos[i - 1] + 1) {
        throw new IllegalArgumentException(
            "query " + p + ": a phrase with gaps has no translation");
      }
    }
    StringBuilder s = new StringBuilder();
    for (Term t : ts) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(t.text().replace("\\", "\\\\").replace("\"", "\\\""));
    }
    String slop = p.getSlop() > 0 ? "~" + p.getSlop() : "";
    return lucene(field(ts[0].field()) + ":\"" + s + "\"" + slop);
  }

  /** The accepted terms of {@code m} among the field's terms in the collection, as a term set. */
  private String expanded(MultiTermQuery m) throws IOException {
    String field = m.getField();
    List<String> all = terms.terms(field);
    return termSet(field, accepted(m, field, all));
  }

  private String idSet(List<String> ids) {
    return termSet(Fields.DOC_ID, ids);
  }

  private String termSet(String field, List<String> values) {
    if (values.isEmpty()) {
      return none();
    }
    String sep = separator(values);
    return "{!terms f="
        + quote(field)
        + " separator="
        + quote(sep)
        + " method=termsFilter v="
        + param(String.join(sep, values))
        + "}";
  }

  static List<String> accepted(MultiTermQuery m, String field, List<String> all)
      throws IOException {
    List<String> out = new ArrayList<>();
    if (all.isEmpty()) {
      return out;
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        Document d = new Document();
        for (String t : all) {
          d.add(new StringField(field, t, Field.Store.NO));
        }
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        Terms ts = r.leaves().get(0).reader().terms(field);
        TermsEnum te = m.getTermsEnum(ts);
        for (BytesRef b; (b = te.next()) != null; ) {
          out.add(b.utf8ToString());
        }
      }
    }
    return out;
  }

  private static String separator(List<String> values) {
    for (char c : new char[] {'\u001f', '\u001e', '\u001d', '\u0001', '\n'}) {
      String s = String.valueOf(c);
      if (values.stream().noneMatch(v -> v.contains(s))) {
        return s;
      }
    }
    throw new IllegalArgumentException("no separator free in the " + values.size() + " terms");
  }

  /** A field name escaped for Solr's standard query syntax. */
  static String field(String name) {
    return ClientUtils.escapeQueryChars(name);
  }

  /** A local-parameter value in single quotes. */
  static String quote(String v) {
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /**
   * A Lucene wildcard pattern ({@code \} escapes kept) with the characters Solr's standard syntax
   * reserves escaped too; Solr hands the escaped pattern to the same {@link WildcardQuery}.
   */
  static String wildcard(String pattern) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        s.append(c).append(pattern.charAt(++i));
      } else if (c == '*' || c == '?') {
        s.append(c);
      } else {
        String e = ClientUtils.escapeQueryChars(String.valueOf(c));
        s.append(e);
      }
    }
    return s.toString();
  }
}
