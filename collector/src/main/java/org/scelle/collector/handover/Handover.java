package org.scelle.collector.handover;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import org.scelle.collector.verify.VaultVerifier;
import org.scelle.collector.verify.VerifyReport;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.ledger.LedgerVerifier;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;

/**
 * Records the chain of custody between people: a {@code transferred} entry signed by the person
 * handing the vault over, a {@code received} entry signed by the recipient only after the vault
 * verifies intact, and signed notes. Each holds the vault lock and refreshes the tag manifest.
 */
public final class Handover {
  private final Clock clock;

  public Handover(Clock clock) {
    this.clock = clock;
  }

  /** Records that {@code from} hands the vault to {@code toName}. */
  public LedgerEntry transfer(Vault vault, Identity from, String toName, String reason)
      throws IOException {
    if (toName == null || toName.isBlank()) {
      throw new IllegalArgumentException("the recipient's name is required");
    }
    ObjectNode d = JsonNodeFactory.instance.objectNode().put("to", toName.strip());
    if (reason != null && !reason.isBlank()) {
      d.put("reason", reason);
    }
    return append(vault, from, Action.TRANSFERRED, d);
  }

  /**
   * Verifies the vault, then records that {@code to} received it.
   *
   * @throws VerificationFailedException with the problems when the vault does not verify; nothing
   *     is signed then
   * @throws VaultException when no transfer to this person is pending
   */
  public LedgerEntry receive(Vault vault, Identity to) throws IOException {
    VerifyReport report = VaultVerifier.verify(vault);
    if (!report.intact()) {
      throw new VerificationFailedException(report);
    }
    LedgerEntry[] lastTransfer = new LedgerEntry[1];
    boolean[] receivedSince = new boolean[1];
    LedgerVerifier.verify(
        vault,
        e -> {
          if (e.action() == Action.TRANSFERRED) {
            lastTransfer[0] = e;
            receivedSince[0] = false;
          } else if (e.action() == Action.RECEIVED) {
            receivedSince[0] = true;
          }
        });
    if (lastTransfer[0] == null || receivedSince[0]) {
      throw new VaultException(
          vault.root() + ": no pending transfer to receive (record one with 'custody transfer')");
    }
    String expected = lastTransfer[0].details().path("to").asText();
    if (!expected.equalsIgnoreCase(to.name())) {
      throw new VaultException(
          vault.root()
              + ": the pending transfer is to '"
              + expected
              + "', not to '"
              + to.name()
              + "'");
    }
    ObjectNode d =
        JsonNodeFactory.instance
            .objectNode()
            .put("from", lastTransfer[0].actorName())
            .put("transfer_seq", lastTransfer[0].seq())
            .put("verified_items", report.items())
            .put("ledger_head", report.ledgerHead());
    if (report.merkleRoot() != null) {
      d.put("merkle_root", report.merkleRoot());
    }
    return append(vault, to, Action.RECEIVED, d);
  }

  /** Records a signed note. */
  public LedgerEntry note(Vault vault, Identity who, String text) throws IOException {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a note needs text");
    }
    return append(vault, who, Action.NOTE, JsonNodeFactory.instance.objectNode().put("text", text));
  }

  /** Records the result of a verification, signed by whoever ran it. */
  public LedgerEntry verified(Vault vault, Identity who, VerifyReport report) throws IOException {
    ObjectNode d =
        JsonNodeFactory.instance
            .objectNode()
            .put("intact", report.intact())
            .put("items", report.items())
            .put("problems", report.problems().size())
            .put("ledger_head", report.ledgerHead());
    if (report.merkleRoot() != null) {
      d.put("merkle_root", report.merkleRoot());
    }
    return append(vault, who, Action.VERIFIED, d);
  }

  private LedgerEntry append(Vault vault, Identity who, Action action, ObjectNode details)
      throws IOException {
    try (Vault.Lock lock = vault.lock()) {
      LedgerEntry e = Ledger.open(vault, clock).append(who, action, vault.info().caseId(), details);
      BagFiles.writeTagManifest(vault);
      return e;
    }
  }
}
