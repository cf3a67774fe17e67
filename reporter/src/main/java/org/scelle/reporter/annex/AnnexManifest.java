package org.scelle.reporter.annex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The manifest embedded in every dossier as {@value #FILE_NAME}: which case, which vault state
 * (Merkle root of the acquired items, ledger head) and the SHA-256 of every other annex. {@code
 * check-dossier} recomputes each annex's digest from the embedded bytes and, given the vault,
 * compares the vault with this manifest.
 *
 * @param format always {@value #FORMAT}
 * @param caseId the vault's case id
 * @param generated UTC time the dossier was built, RFC 3339
 * @param toolVersion the scelle version that built it
 * @param language {@code fr} or {@code en}
 * @param seal Merkle root (RFC 6962, custody's {@code Sealer.rootOf}) over the acquired items at
 *     report time, and their number
 * @param ledger the ledger's number of entries and head SHA-256 at report time
 * @param annexes every embedded annex except this manifest, in embedding order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnexManifest(
    @JsonProperty("format") String format,
    @JsonProperty("case_id") String caseId,
    @JsonProperty("generated") String generated,
    @JsonProperty("tool_version") String toolVersion,
    @JsonProperty("language") String language,
    @JsonProperty("seal") Seal seal,
    @JsonProperty("ledger") LedgerState ledger,
    @JsonProperty("annexes") List<Entry> annexes) {

  /** The annex name of the manifest itself. */
  public static final String FILE_NAME = "scelle-dossier.json";

  /** The format tag of this manifest. */
  public static final String FORMAT = "scelle-dossier/1";

  public AnnexManifest {
    Objects.requireNonNull(caseId, "caseId");
    annexes = List.copyOf(annexes);
  }

  /** The Merkle root of the acquired items and how many there were. */
  public record Seal(
      @JsonProperty("merkle_root") String merkleRoot, @JsonProperty("item_count") long itemCount) {}

  /** The ledger at report time: its number of entries and the SHA-256 of its last entry. */
  public record LedgerState(
      @JsonProperty("entries") long entries, @JsonProperty("head_sha256") String headSha256) {}

  /**
   * One embedded annex.
   *
   * @param name the embedded file name (see {@link Annexes})
   * @param mime its MIME type
   * @param size its length in bytes
   * @param sha256 lower-case hex SHA-256 of its bytes
   * @param vaultPath the vault file it copies (relative to the vault root, for example {@code
   *     scelle/items.jsonl}), or null for a file from outside the vault such as an IOC feed
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      @JsonProperty("name") String name,
      @JsonProperty("mime") String mime,
      @JsonProperty("size") long size,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("vault_path") String vaultPath) {}
}
