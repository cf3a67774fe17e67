package org.scelle.indexer.hunt;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scelle.indexer.index.DocumentSearch;

/**
 * Which indicator values occur as terms of the fields they are matched against, looked up for all
 * indicators at once before any query runs: a hunt of a thousand indicators, most of which match
 * nothing, then runs queries only for those whose terms are there. The answer is a superset ({@link
 * DocumentSearch#presentTerms}), so no match is ever skipped. Immutable once looked up.
 */
final class PresentTerms {
  private final Map<String, Set<String>> byField;

  private PresentTerms(Map<String, Set<String>> byField) {
    this.byField = byField;
  }

  /**
   * Looks up, field by field, the value of every terms-only comparison ({@link Hunter#termsOnly})
   * of {@code indicators} (each a list of conjunctions of normalised comparisons).
   */
  static PresentTerms lookUp(DocumentSearch searcher, Collection<List<List<Comparison>>> indicators)
      throws IOException {
    Map<String, Set<String>> wanted = new HashMap<>();
    for (List<List<Comparison>> anyOf : indicators) {
      for (List<Comparison> conj : anyOf) {
        for (Comparison c : conj) {
          if (Hunter.termsOnly(c.type())) {
            for (String f : Hunter.fields(c.type())) {
              wanted.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(c.value());
            }
          }
        }
      }
    }
    Map<String, Set<String>> byField = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : wanted.entrySet()) {
      byField.put(e.getKey(), searcher.presentTerms(e.getKey(), e.getValue()));
    }
    return new PresentTerms(byField);
  }

  /**
   * False when some terms-only comparison of {@code conj} has its value in none of its fields, so
   * that the conjunction cannot match an event; true otherwise.
   */
  boolean mayMatch(List<Comparison> conj) {
    for (Comparison c : conj) {
      if (Hunter.termsOnly(c.type()) && !present(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean present(Comparison c) {
    for (String f : Hunter.fields(c.type())) {
      Set<String> values = byField.get(f);
      if (values != null && values.contains(c.value())) {
        return true;
      }
    }
    return false;
  }
}
