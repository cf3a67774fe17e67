package org.scelle.indexer.sigma;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Sigma's {@code fieldref}: documents whose stored {@code field} equals their stored {@code other}
 * field, ignoring case. An index cannot join two fields, so this query checks the stored values
 * document by document, as the second phase of a two-phase iteration: combined with selective
 * clauses (as in any rule) it reads only their candidates. Immutable.
 */
public final class FieldRefQuery extends Query {
  private final String field;
  private final String other;

  FieldRefQuery(String field, String other) {
    this.field = Objects.requireNonNull(field, "field");
    this.other = Objects.requireNonNull(other, "other");
  }

  /** The field whose value is compared. */
  public String field() {
    return field;
  }

  /** The field it is compared with. */
  public String other() {
    return other;
  }

  /** Whether the stored values {@code a} and {@code b} match as this query compares them. */
  public static boolean matches(String a, String b) {
    return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        StoredFields stored = context.reader().storedFields();
        DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
        TwoPhaseIterator twoPhase =
            new TwoPhaseIterator(all) {
              @Override
              public boolean matches() throws IOException {
                Document d = stored.document(all.docID(), Set.of(field, other));
                return FieldRefQuery.matches(d.get(field), d.get(other));
              }

              @Override
              public float matchCost() {
                return 1000f;
              }
            };
        return new ConstantScoreScorer(this, score(), scoreMode, twoPhase);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return true;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String defaultField) {
    return field + ":=fieldref(" + other + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldRefQuery q && q.field.equals(field) && q.other.equals(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, other);
  }
}
