package org.scelle.custody.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One line of {@code findings.jsonl}. Immutable.
 *
 * @param id deterministic: the same inputs give the same id
 * @param kind {@code ioc}, {@code sigma}, {@code triage} or {@code query}
 * @param value the matched indicator value, normalised (lower-case domains, refanged URLs)
 * @param time UTC RFC 3339 of the matching event, or null
 * @param query the query that was run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
    @JsonProperty("id") String id,
    @JsonProperty("kind") String kind,
    @JsonProperty("rule") Rule rule,
    @JsonProperty("value") String value,
    @JsonProperty("time") String time,
    @JsonProperty("host") String host,
    @JsonProperty("evidence") List<Evidence> evidence,
    @JsonProperty("query") String query) {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /**
   * What produced the finding: a rule or an indicator, and the file it came from.
   *
   * @param source the rule or feed file name
   * @param sourceSha256 SHA-256 of that file
   * @param tags e.g. MITRE ATT&amp;CK technique ids, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rule(
      @JsonProperty("id") String id,
      @JsonProperty("title") String title,
      @JsonProperty("level") String level,
      @JsonProperty("source") String source,
      @JsonProperty("source_sha256") String sourceSha256,
      @JsonProperty("tags") List<String> tags) {}

  /** A reference to the exact evidence: item id, its SHA-256, and where in it. */
  public record Evidence(
      @JsonProperty("item") String item,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("locator") String locator) {}
}
