package org.scelle.indexer.sigma;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * A Sigma rule compiled to a Lucene query over the case index. Immutable.
 *
 * @param source the rule file, relative to the rules directory given (or its name when a file was
 *     given), with {@code /} separators
 * @param sha256 SHA-256 of the rule file
 * @param id the rule's {@code id} (its file name when it has none)
 * @param title the rule's {@code title}
 * @param level {@code informational}, {@code low}, {@code medium}, {@code high}, {@code critical},
 *     or null
 * @param tags the rule's {@code tags}, e.g. {@code attack.t1490}
 * @param query the compiled query; it does not restrict {@code scelle.kind}
 */
public record SigmaRule(
    String source,
    String sha256,
    String id,
    String title,
    String level,
    List<String> tags,
    Query query) {
  public SigmaRule {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    tags = List.copyOf(tags);
  }
}
