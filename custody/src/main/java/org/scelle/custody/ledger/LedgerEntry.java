package org.scelle.custody.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.json.CanonicalJson;
import org.scelle.custody.json.JsonKeys;

/**
 * One entry of the custody ledger. Immutable.
 *
 * <p>Entries appended together (one {@link Ledger#append(org.scelle.custody.identity.Identity,
 * java.util.List)} call, such as one commit of the collector) form a batch: only the last entry of
 * a batch carries a signature, and it covers the earlier ones through the hash chain, since each
 * entry's {@code prev_sha256} is the hash of the one before. A batch never mixes actors. So a smart
 * card that takes 100 ms a signature signs once per batch, not once per item.
 *
 * <p>The signature covers the RFC 8785 canonical form of the entry without its {@code signature}
 * member; {@code prev_sha256} of the next entry is the SHA-256 of this entry's full canonical form
 * (signature included). The first entry's {@code prev_sha256} is 64 zeros.
 *
 * @param time UTC, RFC 3339
 * @param details action-specific members; never null (an empty object when there are none)
 * @param signature base64 of the signature bytes; null for an entry that is not the last of its
 *     batch
 */
public record LedgerEntry(
    long seq,
    String time,
    String actorName,
    String actorRole,
    String actorCert,
    Action action,
    String subject,
    ObjectNode details,
    String prevSha256,
    String sigAlg,
    String signature) {

  /** The {@code prev_sha256} of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  public LedgerEntry {
    Objects.requireNonNull(time, JsonKeys.TIME);
    Objects.requireNonNull(action, JsonKeys.ACTION);
    Objects.requireNonNull(prevSha256, JsonKeys.PREV_SHA256);
    subject = subject == null ? "" : subject;
    details = details == null ? JsonNodeFactory.instance.objectNode() : details.deepCopy();
  }

  /** The entry as a JSON object, with the signature when it has one. */
  public ObjectNode toJson() {
    ObjectNode n = unsignedJson();
    if (signature != null) {
      n.put(JsonKeys.SIGNATURE, signature);
    }
    return n;
  }

  /** The canonical bytes that the signature covers. */
  public byte[] signedBytes() {
    return CanonicalJson.bytes(unsignedJson());
  }

  /** SHA-256 (hex) of the full canonical entry: what the next entry's {@code prev_sha256} holds. */
  public String sha256() {
    return Digests.hex(MultiDigest.sha256().digest(CanonicalJson.bytes(toJson())));
  }

  /** This entry with {@code signature} set. */
  public LedgerEntry withSignature(String signature) {
    return new LedgerEntry(
        seq,
        time,
        actorName,
        actorRole,
        actorCert,
        action,
        subject,
        details,
        prevSha256,
        sigAlg,
        signature);
  }

  private ObjectNode unsignedJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put(JsonKeys.SEQ, seq);
    n.put(JsonKeys.TIME, time);
    ObjectNode actor = n.putObject(JsonKeys.ACTOR);
    actor.put(JsonKeys.NAME, actorName);
    actor.put(JsonKeys.ROLE, actorRole);
    actor.put(JsonKeys.CERT_SHA256, actorCert);
    n.put(JsonKeys.ACTION, action.label());
    n.put(JsonKeys.SUBJECT, subject);
    n.set(JsonKeys.DETAILS, details.deepCopy());
    n.put(JsonKeys.PREV_SHA256, prevSha256);
    n.put(JsonKeys.SIG_ALG, sigAlg);
    return n;
  }

  /**
   * Reads an entry from its JSON form.
   *
   * @throws IllegalArgumentException naming the member that is missing or of the wrong type
   */
  public static LedgerEntry fromJson(JsonNode n) {
    JsonNode actor = n.path(JsonKeys.ACTOR);
    JsonNode details = n.path(JsonKeys.DETAILS);
    if (!details.isObject()) {
      throw new IllegalArgumentException("member '" + JsonKeys.DETAILS + "' is not an object");
    }
    return new LedgerEntry(
        requireLong(n, JsonKeys.SEQ),
        requireText(n, JsonKeys.TIME),
        requireText(actor, JsonKeys.NAME),
        requireText(actor, JsonKeys.ROLE),
        requireText(actor, JsonKeys.CERT_SHA256),
        Action.of(requireText(n, JsonKeys.ACTION)),
        requireText(n, JsonKeys.SUBJECT),
        (ObjectNode) details,
        requireText(n, JsonKeys.PREV_SHA256),
        requireText(n, JsonKeys.SIG_ALG),
        optionalText(n, JsonKeys.SIGNATURE));
  }

  private static String requireText(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("member '" + key + "' is missing or not a string");
    }
    return v.textValue();
  }

  private static String optionalText(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("member '" + key + "' is not a string");
    }
    return v.textValue();
  }

  private static long requireLong(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("member '" + key + "' is missing or not an integer");
    }
    return v.longValue();
  }
}
