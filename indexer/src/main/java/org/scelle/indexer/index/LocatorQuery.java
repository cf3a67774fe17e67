package org.scelle.indexer.index;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Locator;

/**
 * The events whose {@link Fields#LOCATOR} is exactly a given text ({@code
 * scelle.locator:"line:12@offset:3456"}), from any item.
 *
 * <p>The locator is stored, not indexed ({@link Schema#addLocator}). The query reads the byte
 * offset out of the text ({@link Locator#parse}), takes the documents whose {@link Fields#OFFSET}
 * doc value is that offset (a scan of the doc values, no stored field read), and keeps those whose
 * stored locator is the text: the second phase reads the stored fields of a few documents only, the
 * events that start at that offset in some item. A text that is no locator's matches nothing.
 * Combined with {@code scelle.item.id:...}, only that item's documents are scanned. Immutable.
 */
public final class LocatorQuery extends Query {
  private final String locator;

  /** The events whose locator is {@code locator}. */
  public LocatorQuery(String locator) {
    this.locator = Objects.requireNonNull(locator, "locator");
  }

  /** The locator text searched for. */
  public String locator() {
    return locator;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    Locator parsed = Locator.parse(locator);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        if (parsed == null) {
          return null;
        }
        long offset = parsed.offset();
        NumericDocValues offsets = DocValues.getNumeric(context.reader(), Fields.OFFSET);
        StoredFields stored = context.reader().storedFields();
        Set<String> fields = Set.of(Fields.LOCATOR);
        TwoPhaseIterator twoPhase =
            new TwoPhaseIterator(offsets) {
              @Override
              public boolean matches() throws IOException {
                return offsets.longValue() == offset
                    && locator.equals(stored.document(offsets.docID(), fields).get(Fields.LOCATOR));
              }

              @Override
              public float matchCost() {
                return 2f; // a doc value compared; the few stored reads that follow are rare
              }
            };
        return new ConstantScoreScorer(this, score(), scoreMode, twoPhase);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.OFFSET);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Fields.LOCATOR)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String defaultField) {
    return Fields.LOCATOR + ":\"" + locator + "\"";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocatorQuery q && q.locator.equals(locator);
  }

  @Override
  public int hashCode() {
    return locator.hashCode();
  }
}
