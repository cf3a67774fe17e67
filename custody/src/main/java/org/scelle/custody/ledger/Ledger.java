package org.scelle.custody.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.json.CanonicalJson;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.vault.Vault;

/**
 * Appends signed entries to a vault's custody ledger.
 *
 * <p>Opening reads the ledger once to find its head (last sequence number and hash). Each append
 * signs the entries with the actor's key, writes them durably, stores the actor's certificate in
 * {@code scelle/certs/}, and replaces {@code scelle/custody.head} with a signed copy of the new
 * head, so that truncating the ledger is detectable. Callers hold the vault lock; not thread-safe.
 */
public final class Ledger {
  /** An entry to be appended: what was done to what, with details. */
  public record Draft(Action action, String subject, ObjectNode details) {}

  private final Vault vault;
  private final Clock clock;
  private final CertStore certs;
  private long lastSeq;
  private String lastSha256 = LedgerEntry.GENESIS;

  private Ledger(Vault vault, Clock clock) {
    this.vault = vault;
    this.clock = clock;
    this.certs = new CertStore(vault);
  }

  /**
   * Opens the ledger of {@code vault}, reading it to its head.
   *
   * @throws IOException naming the line when an entry does not parse; run {@code verify} for a full
   *     diagnosis
   */
  public static Ledger open(Vault vault, Clock clock) throws IOException {
    Ledger ledger = new Ledger(vault, clock);
    try (Stream<JsonLines.Line> lines = JsonLines.read(vault.ledgerFile())) {
      for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
        LedgerEntry e;
        try {
          e = LedgerEntry.fromJson(line.node());
        } catch (IllegalArgumentException ex) {
          throw new JsonLines.MalformedLineException(
              vault.ledgerFile(), line.number(), ex.getMessage());
        }
        ledger.lastSeq = e.seq();
        ledger.lastSha256 = e.sha256();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return ledger;
  }

  /** Number of the last entry (0 when the ledger is empty). */
  public long lastSeq() {
    return lastSeq;
  }

  /** SHA-256 of the last entry's canonical form ({@link LedgerEntry#GENESIS} when empty). */
  public String headSha256() {
    return lastSha256;
  }

  /** Appends one entry signed by {@code actor}; see {@link #append(Identity, List)}. */
  public LedgerEntry append(Identity actor, Action action, String subject, ObjectNode details)
      throws IOException {
    return append(actor, List.of(new Draft(action, subject, details))).get(0);
  }

  /**
   * Appends {@code drafts} in order as one batch, durably, with one write: the entries are chained
   * and the last one is signed (see {@link LedgerEntry}).
   *
   * @throws IOException when the key refuses to sign or the ledger cannot be written; nothing is
   *     appended then
   */
  public List<LedgerEntry> append(Identity actor, List<Draft> drafts) throws IOException {
    String fp = certs.add(actor.certificate());
    List<LedgerEntry> entries = new ArrayList<>(drafts.size());
    List<String> lines = new ArrayList<>(drafts.size());
    long seq = lastSeq;
    String prev = lastSha256;
    String time = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      seq++;
      LedgerEntry entry =
          new LedgerEntry(
              seq,
              time,
              actor.name(),
              actor.role(),
              fp,
              d.action(),
              d.subject(),
              d.details(),
              prev,
              actor.signatureAlgorithm(),
              null);
      if (i == drafts.size() - 1) {
        entry = entry.withSignature(sign(actor, entry.signedBytes()));
      }
      entries.add(entry);
      lines.add(CanonicalJson.string(entry.toJson()));
      prev = entry.sha256();
    }
    JsonLines.appendDurably(vault.ledgerFile(), lines);
    lastSeq = seq;
    lastSha256 = prev;
    writeHead(actor, fp);
    return entries;
  }

  private void writeHead(Identity actor, String fp) throws IOException {
    LedgerHead head =
        new LedgerHead(lastSeq, lastSha256, actor.name(), fp, actor.signatureAlgorithm(), null);
    LedgerHead signed = head.withSignature(sign(actor, head.signedBytes()));
    Path file = vault.ledgerHeadFile();
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, CanonicalJson.string(signed.toJson()) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String sign(Identity actor, byte[] bytes) throws IOException {
    try {
      return Base64.getEncoder().encodeToString(actor.sign(bytes));
    } catch (GeneralSecurityException e) {
      throw new IOException("key of " + actor.name() + " refused to sign: " + e.getMessage(), e);
    }
  }
}
