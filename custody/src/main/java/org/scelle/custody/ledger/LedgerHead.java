package org.scelle.custody.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scelle.custody.json.CanonicalJson;
import org.scelle.custody.json.JsonKeys;

/**
 * The signed head of the ledger ({@code scelle/custody.head}): the last entry's sequence number and
 * SHA-256, signed by whoever appended it. Removing trailing entries without a key to re-sign the
 * head is therefore detected. Immutable.
 */
public record LedgerHead(
    long seq, String sha256, String actorName, String actorCert, String sigAlg, String signature) {

  /** The canonical bytes that the signature covers. */
  public byte[] signedBytes() {
    return CanonicalJson.bytes(unsignedJson());
  }

  public LedgerHead withSignature(String sig) {
    return new LedgerHead(seq, sha256, actorName, actorCert, sigAlg, sig);
  }

  public ObjectNode toJson() {
    ObjectNode n = unsignedJson();
    n.put(JsonKeys.SIGNATURE, signature);
    return n;
  }

  private ObjectNode unsignedJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put(JsonKeys.SEQ, seq);
    n.put(JsonKeys.SHA256, sha256);
    ObjectNode actor = n.putObject(JsonKeys.ACTOR);
    actor.put(JsonKeys.NAME, actorName);
    actor.put(JsonKeys.CERT_SHA256, actorCert);
    n.put(JsonKeys.SIG_ALG, sigAlg);
    return n;
  }

  /**
   * Reads a head from its JSON form.
   *
   * @throws IllegalArgumentException naming a missing member
   */
  public static LedgerHead fromJson(JsonNode n) {
    JsonNode actor = n.path(JsonKeys.ACTOR);
    for (String key : new String[] {JsonKeys.SHA256, JsonKeys.SIG_ALG, JsonKeys.SIGNATURE}) {
      if (!n.path(key).isTextual()) {
        throw new IllegalArgumentException("member '" + key + "' is missing or not a string");
      }
    }
    if (!n.path(JsonKeys.SEQ).isIntegralNumber() || !actor.path(JsonKeys.CERT_SHA256).isTextual()) {
      throw new IllegalArgumentException("member 'seq' or 'actor.cert_sha256' is missing");
    }
    return new LedgerHead(
        n.get(JsonKeys.SEQ).longValue(),
        n.get(JsonKeys.SHA256).textValue(),
        actor.path(JsonKeys.NAME).asText(),
        actor.get(JsonKeys.CERT_SHA256).textValue(),
        n.get(JsonKeys.SIG_ALG).textValue(),
        n.get(JsonKeys.SIGNATURE).textValue());
  }
}
