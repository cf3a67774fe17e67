package org.scelle.indexer.sigma;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * Matches the documents with a term of {@code field} accepted by a predicate: how numeric
 * comparisons ({@code lt}, {@code gte}...) and {@code cidr} run on keyword fields, which hold
 * numbers and addresses as text. The query enumerates the field's distinct terms (not the
 * documents), as a range or wildcard query does. Immutable; equal when field and description are.
 */
final class PredicateTermQuery extends MultiTermQuery {
  private final Predicate<String> accept;
  private final String description;

  /**
   * @param description what the predicate tests, e.g. {@code >= 5}; identifies the query
   */
  PredicateTermQuery(String field, Predicate<String> accept, String description) {
    super(field, CONSTANT_SCORE_BLENDED_REWRITE);
    this.accept = Objects.requireNonNull(accept, "accept");
    this.description = Objects.requireNonNull(description, "description");
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new FilteredTermsEnum(terms.iterator(), false) {
      @Override
      protected AcceptStatus accept(BytesRef term) {
        return accept.test(term.utf8ToString()) ? AcceptStatus.YES : AcceptStatus.NO;
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
    return field + ":(" + description + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PredicateTermQuery q
        && q.field.equals(field)
        && q.description.equals(description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, description);
  }
}
