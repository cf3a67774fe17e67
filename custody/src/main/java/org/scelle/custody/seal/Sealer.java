package org.scelle.custody.seal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.json.JsonKeys;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.timestamp.TimestampException;
import org.scelle.custody.timestamp.TimestampToken;
import org.scelle.custody.vault.Vault;

/**
 * Seals a vault: the Merkle root over the SHA-256 of every item acquired so far (the first {@code
 * item_count} acquired records of {@code items.jsonl}, ordered by item id) goes into a signed
 * {@code sealed} ledger entry, with an RFC 3161 time-stamp token over the root when a time-stamp
 * authority is given. The root itself is the token's message imprint. Callers hold the vault lock.
 */
public final class Sealer {
  /** A seal just written. */
  public record Seal(String merkleRoot, long itemCount, TimestampToken token, LedgerEntry entry) {}

  private Sealer() {}

  /** Seal detail key: the time of the time-stamp token, when there is one. */
  public static final String TIMESTAMP_TIME = "timestamp_time";

  /**
   * Seals the items acquired so far.
   *
   * @param subject what the seal closes (an acquisition id, or the case id)
   * @param tsa the time-stamp authority, or null for none
   * @throws TimestampException when the authority refuses or answers wrongly; nothing is sealed
   *     then
   */
  public static Seal seal(
      Vault vault, Ledger ledger, Identity actor, String subject, TimestampClient tsa)
      throws IOException, TimestampException {
    List<String[]> acquired = new ArrayList<>();
    new ItemStore(vault).forEachAcquired((id, sha256) -> acquired.add(new String[] {id, sha256}));
    String root = root(acquired);
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.put(JsonKeys.MERKLE_ROOT, root);
    details.put(JsonKeys.ITEM_COUNT, acquired.size());
    TimestampToken token = null;
    if (tsa != null) {
      token = tsa.stamp(HexFormat.of().parseHex(root));
      details.put(JsonKeys.TIMESTAMP_TOKEN, token.base64());
      details.put(TIMESTAMP_TIME, token.genTime().toString());
    }
    LedgerEntry e = ledger.append(actor, Action.SEALED, subject, details);
    return new Seal(root, acquired.size(), token, e);
  }

  /** The Merkle root (hex) over {@code (id, sha256)} pairs, ordered by id. */
  public static String root(List<String[]> idAndSha256) {
    List<String[]> sorted = new ArrayList<>(idAndSha256);
    sorted.sort(Comparator.comparing((String[] a) -> a[0]));
    List<String> leaves = new ArrayList<>(sorted.size());
    for (String[] a : sorted) {
      leaves.add(a[1]);
    }
    return MerkleTree.rootHex(leaves);
  }

  /** Convenience for verifiers: the root over the given records (acquired ones only). */
  public static String rootOf(List<ItemRecord> records) {
    List<String[]> pairs = new ArrayList<>();
    for (ItemRecord r : records) {
      if (r.status() == ItemStatus.ACQUIRED) {
        pairs.add(new String[] {r.id(), r.sha256()});
      }
    }
    return root(pairs);
  }
}
