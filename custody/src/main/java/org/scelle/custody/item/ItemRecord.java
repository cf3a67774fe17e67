package org.scelle.custody.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.scelle.custody.json.JsonKeys;

/**
 * One line of {@code items.jsonl}: a candidate of an acquisition and what became of it. Immutable.
 * Times are UTC, RFC 3339; {@code sourceTz} is the time zone of the source as recorded.
 *
 * <p>Digests, {@code vaultPath} and {@code acquired} are present only when {@code status} is {@link
 * ItemStatus#ACQUIRED}; {@code reason} only when it is not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemRecord(
    @JsonProperty(JsonKeys.ID) String id,
    @JsonProperty(JsonKeys.HOST) String host,
    @JsonProperty(JsonKeys.ACQUISITION) String acquisition,
    @JsonProperty(JsonKeys.TARGET) String target,
    @JsonProperty(JsonKeys.SOURCE_PATH) String sourcePath,
    @JsonProperty(JsonKeys.SOURCE_PATH_B64) String sourcePathB64,
    @JsonProperty(JsonKeys.VAULT_PATH) String vaultPath,
    @JsonProperty(JsonKeys.SIZE) Long size,
    @JsonProperty(JsonKeys.MD5) String md5,
    @JsonProperty(JsonKeys.SHA1) String sha1,
    @JsonProperty(JsonKeys.SHA256) String sha256,
    @JsonProperty(JsonKeys.TIMES) Times times,
    @JsonProperty(JsonKeys.SOURCE_TZ) String sourceTz,
    @JsonProperty(JsonKeys.OWNER) String owner,
    @JsonProperty(JsonKeys.MODE) String mode,
    @JsonProperty(JsonKeys.LINK_TARGET) String linkTarget,
    @JsonProperty(JsonKeys.CONTENT_TYPE) String contentType,
    @JsonProperty(JsonKeys.ENTROPY) Double entropy,
    @JsonProperty(JsonKeys.TRIAGE) TriageInfo triage,
    @JsonProperty(JsonKeys.PAIR) String pair,
    @JsonProperty(JsonKeys.ACQUIRED) Span acquired,
    @JsonProperty(JsonKeys.STATUS) ItemStatus status,
    @JsonProperty(JsonKeys.REASON) String reason,
    @JsonProperty(JsonKeys.WARNINGS) List<String> warnings) {

  public ItemRecord {
    Objects.requireNonNull(id, JsonKeys.ID);
    Objects.requireNonNull(host, JsonKeys.HOST);
    Objects.requireNonNull(sourcePath, JsonKeys.SOURCE_PATH);
    Objects.requireNonNull(status, JsonKeys.STATUS);
    if (status == ItemStatus.ACQUIRED) {
      Objects.requireNonNull(vaultPath, JsonKeys.VAULT_PATH);
      Objects.requireNonNull(sha256, JsonKeys.SHA256);
    } else {
      Objects.requireNonNull(reason, "an item that is not acquired needs a reason");
    }
    warnings = warnings == null || warnings.isEmpty() ? null : List.copyOf(warnings);
  }

  /** File times of the source, UTC RFC 3339; {@code created} is null where the OS does not tell. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Times(
      @JsonProperty(JsonKeys.MODIFIED) String modified,
      @JsonProperty(JsonKeys.ACCESSED) String accessed,
      @JsonProperty(JsonKeys.CHANGED) String changed,
      @JsonProperty(JsonKeys.CREATED) String created) {}

  /**
   * The triage verdict ({@code encrypted}, {@code ransom-note}, {@code suspicious}, {@code clean})
   * and its reasons.
   */
  public record TriageInfo(
      @JsonProperty(JsonKeys.VERDICT) String verdict,
      @JsonProperty(JsonKeys.REASONS) List<String> reasons) {
    public TriageInfo {
      Objects.requireNonNull(verdict, JsonKeys.VERDICT);
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
  }

  /** When the copy started and ended, UTC RFC 3339. */
  public record Span(
      @JsonProperty(JsonKeys.START) String start, @JsonProperty(JsonKeys.END) String end) {}
}
