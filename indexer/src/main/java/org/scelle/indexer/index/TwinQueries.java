package org.scelle.indexer.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * Queries of a lower-cased twin {@code <field>.lc} made to match as if every value had its twin.
 *
 * <p>The writer gives a keyword value a twin only when lower-casing changes it ({@link
 * Schema#addKeyword}): a value already in lower case is its own lower-cased form, so its twin would
 * repeat the same term in a second field. A query of the twin therefore also asks the field itself,
 * restricted to its terms that are in lower case: together they hold exactly the lower-cased form
 * of every value, as the twin alone did when every value had one (indexes written before still
 * match the same documents: their twin already holds every value). Thread-safe; stateless.
 */
public final class TwinQueries {
  private TwinQueries() {}

  /** Whether {@code field} is the {@code .lc} twin of a field that has one. */
  public static boolean isTwin(String field) {
    return field != null && field.endsWith(Schema.LOWER) && Schema.lowerField(field).equals(field);
  }

  /** Whether lower-casing (root locale) leaves {@code value} unchanged. */
  public static boolean isLowerCase(String value) {
    return value.equals(value.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code q} widened to the lower-case terms of the twin's field when {@code q} is a term or
   * multi-term query of a twin (possibly boosted); {@code q} itself otherwise. A term query of a
   * value with an upper-case character stays as it is: no lower-cased form can equal it. A
   * constant-score multi-term query stays constant-score, so a document matching through both
   * fields scores as it did through the twin alone.
   */
  public static Query widen(Query q) {
    if (q instanceof BoostQuery b) {
      Query inner = widen(b.getQuery());
      return inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
    }
    if (q instanceof TermQuery t && isTwin(t.getTerm().field())) {
      String text = t.getTerm().text();
      if (!isLowerCase(text)) {
        return q;
      }
      return new BooleanQuery.Builder()
          .add(q, BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(base(t.getTerm().field()), text)), BooleanClause.Occur.SHOULD)
          .build();
    }
    if (q instanceof MultiTermQuery m && !(q instanceof LowerCaseTerms) && isTwin(m.getField())) {
      Query both =
          new BooleanQuery.Builder()
              .add(q, BooleanClause.Occur.SHOULD)
              .add(new LowerCaseTerms(base(m.getField()), m), BooleanClause.Occur.SHOULD)
              .build();
      boolean constant =
          m.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
              || m.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_REWRITE
              || m.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE;
      return constant ? new ConstantScoreQuery(both) : both;
    }
    return q;
  }

  private static String base(String twin) {
    return twin.substring(0, twin.length() - Schema.LOWER.length());
  }

  /**
   * The terms of a field that a multi-term query of its twin accepts and that are in lower case:
   * the query's own terms enumeration run over the field's terms, filtered.
   */
  static final class LowerCaseTerms extends MultiTermQuery {
    private final MultiTermQuery twinQuery;

    LowerCaseTerms(String field, MultiTermQuery twinQuery) {
      super(field, twinQuery.getRewriteMethod());
      this.twinQuery = twinQuery;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      return new FilteredTermsEnum(twinQuery.getTermsEnum(terms), false) {
        @Override
        protected AcceptStatus accept(BytesRef term) {
          return isLowerCase(term.utf8ToString()) ? AcceptStatus.YES : AcceptStatus.NO;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(field)) {
        visitor.visitLeaf(this);
      }
    }

    @Override
    public String toString(String defaultField) {
      return field + ":lower-case(" + twinQuery.toString("") + ")";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LowerCaseTerms l
          && l.field.equals(field)
          && l.twinQuery.equals(twinQuery);
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, twinQuery);
    }
  }
}
