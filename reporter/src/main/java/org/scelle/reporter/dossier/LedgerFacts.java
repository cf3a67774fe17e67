package org.scelle.reporter.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scelle.custody.json.JsonKeys;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.ledger.LedgerProblem;
import org.scelle.custody.ledger.LedgerVerifier;
import org.scelle.custody.vault.Vault;

/**
 * The custody ledger as the dossier states it: the verification result at report time (custody's
 * {@link LedgerVerifier}, run once), who acted, who examined each item, and the last seal.
 *
 * <p>The examiner of an item is the actor of its {@code acquired} entry; for an item without one (a
 * skipped or failed candidate) it is the actor of the {@code skipped} or {@code sealed} entry whose
 * subject is the item's acquisition, and failing that the actor who created the case. Holds one map
 * entry per acquired item (its id and the shared actor name), not the entries themselves.
 *
 * @param actors every actor, by certificate fingerprint, in order of first appearance
 * @param lastSeal the last {@code sealed} entry, or null when the vault was never sealed
 */
record LedgerFacts(
    LedgerVerifier.Report report,
    Map<String, Actor> actors,
    Map<String, String> examinerByItem,
    Map<String, String> actorByAcquisition,
    String caseCreator,
    Seal lastSeal) {

  /** An actor of the ledger and how many entries they signed or appended. */
  record Actor(String name, String role, String certSha256, long entries) {}

  /** A seal entry: its number, time, root and item count. */
  record Seal(long seq, String time, String merkleRoot, long itemCount, boolean timestamped) {}

  /** Verifies the ledger of {@code vault} and collects its facts in the same pass. */
  static LedgerFacts read(Vault vault) throws IOException {
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> byItem = new HashMap<>();
    Map<String, String> byAcquisition = new HashMap<>();
    String[] creator = {null};
    Seal[] seal = {null};
    LedgerVerifier.Report report =
        LedgerVerifier.verify(
            vault,
            e -> {
              String name = names.computeIfAbsent(e.actorName(), n -> n);
              actors.merge(
                  e.actorCert(),
                  new Actor(name, e.actorRole(), e.actorCert(), 1),
                  (a, b) -> new Actor(a.name(), a.role(), a.certSha256(), a.entries() + 1));
              switch (e.action()) {
                case ACQUIRED -> byItem.put(e.subject(), name);
                case SKIPPED -> byAcquisition.putIfAbsent(e.subject(), name);
                case SEALED -> {
                  byAcquisition.putIfAbsent(e.subject(), name);
                  seal[0] = seal(e);
                }
                case CASE_CREATED -> creator[0] = creator[0] == null ? name : creator[0];
                default -> {}
              }
            });
    return new LedgerFacts(report, actors, byItem, byAcquisition, creator[0], seal[0]);
  }

  private static Seal seal(LedgerEntry e) {
    return new Seal(
        e.seq(),
        e.time(),
        e.details().path(JsonKeys.MERKLE_ROOT).asText(""),
        e.details().path(JsonKeys.ITEM_COUNT).asLong(-1),
        e.details().hasNonNull(JsonKeys.TIMESTAMP_TOKEN));
  }

  /** Who examined the item {@code id} of acquisition {@code acquisition}; never null. */
  String examiner(String id, String acquisition) {
    String a = examinerByItem.get(id);
    if (a == null && acquisition != null) {
      a = actorByAcquisition.get(acquisition);
    }
    if (a == null) {
      a = caseCreator;
    }
    return a == null ? "" : a;
  }

  boolean intact() {
    return report.intact();
  }

  List<LedgerProblem> problems() {
    return new ArrayList<>(report.problems());
  }
}
