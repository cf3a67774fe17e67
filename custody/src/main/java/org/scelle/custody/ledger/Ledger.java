package org.scelle.custody.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.json.CanonicalJson;
import org.scelle.custody.json.Json;
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

  /** The {@code event} of the note that records a cut tail. */
  static final String CUT_EVENT = "interrupted-append-cut";

  private final Vault vault;
  private final Clock clock;
  private final CertStore certs;
  private long lastSeq;
  private String lastSha256 = LedgerEntry.GENESIS;

  /** The tail cut off at opening; null when none was. */
  private JsonLines.Cut cut;

  /** Cuts the next append records: earlier unrecorded ones, then {@link #cut}. */
  private List<JsonLines.Cut> unrecorded = List.of();

  private Ledger(Vault vault, Clock clock) {
    this.vault = vault;
    this.clock = clock;
    this.certs = new CertStore(vault);
  }

  /**
   * Opens the ledger of {@code vault} for appending, reading it to its head.
   *
   * <p>An append interrupted by a crash or a kill can leave a tail that no signature covers: part
   * of a line, or the first entries of a batch without the signed entry that closes it. Such a tail
   * was never committed (the signed head in {@code custody.head} is written only after a whole
   * batch is durable), so opening cuts it off: its bytes are kept in {@link Vault#interruptedDir()}
   * and the next {@link #append} records the cut, in the same batch, as a {@code note} entry (file,
   * offset, length, SHA-256 and where the bytes are kept). A tail kept earlier that no committed
   * note records (its writer stopped before appending) is recorded by that append too. A tail that
   * would take away an entry the signed head counts as committed is not cut: that is tampering or
   * damage, reported for {@code verify} to diagnose.
   *
   * @throws IOException naming the line when a complete entry does not parse, or when the ledger
   *     ends before the entry its signed head names; run {@code verify} for a full diagnosis
   */
  public static Ledger open(Vault vault, Clock clock) throws IOException {
    Ledger ledger = new Ledger(vault, clock);
    Path file = vault.ledgerFile();
    long complete = JsonLines.terminatedLength(file);
    long signedEnd = 0;
    Map<String, Long> cutNotes = new HashMap<>(); // kept_as -> end of the note's line
    try (Stream<JsonLines.Line> lines = JsonLines.read(file, complete)) {
      for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
        LedgerEntry e;
        try {
          e = LedgerEntry.fromJson(line.node());
        } catch (IllegalArgumentException ex) {
          throw new JsonLines.MalformedLineException(file, line.number(), ex.getMessage());
        }
        if (e.action() == Action.NOTE
            && e.details() != null
            && CUT_EVENT.equals(e.details().path("event").asText())) {
          cutNotes.put(e.details().path("kept_as").asText(), line.end());
        }
        if (e.signature() != null) {
          signedEnd = line.end();
          ledger.lastSeq = e.seq();
          ledger.lastSha256 = e.sha256();
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (Files.exists(file) && Files.size(file) > signedEnd) {
      long committed = committedSeq(vault);
      if (committed > ledger.lastSeq) {
        throw new IOException(
            file
                + ": the signed head (custody.head) counts "
                + committed
                + " entries but the last signed entry is "
                + ledger.lastSeq
                + "; not appending (run scelle verify)");
      }
    }
    // a note in the uncommitted tail records nothing: it is about to be cut with the tail
    Set<String> recorded = new HashSet<>();
    long committedEnd = signedEnd;
    cutNotes.forEach(
        (kept, end) -> {
          if (end <= committedEnd) {
            recorded.add(kept);
          }
        });
    List<JsonLines.Cut> pending = new ArrayList<>(UnrecordedTails.find(vault, recorded));
    if (Files.exists(file) && Files.size(file) > signedEnd) {
      ledger.cut = JsonLines.cutTail(file, signedEnd, vault.interruptedDir()).orElse(null);
      if (ledger.cut != null) {
        pending.add(ledger.cut);
      }
    }
    ledger.unrecorded = List.copyOf(pending);
    return ledger;
  }

  /** The entry count that {@code custody.head} vouches for; 0 when it is absent or unreadable. */
  private static long committedSeq(Vault vault) throws IOException {
    try {
      return LedgerHead.fromJson(Json.mapper().readTree(vault.ledgerHeadFile().toFile())).seq();
    } catch (NoSuchFileException e) {
      return 0;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return 0; // verify reports a damaged head; it vouches for nothing here
    }
  }

  /** The tail cut off when the ledger was opened, not yet recorded; empty when none was. */
  public Optional<JsonLines.Cut> interruptedTail() {
    return Optional.ofNullable(cut);
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
    int notes = unrecorded.size();
    if (notes > 0) {
      List<Draft> withNotes = new ArrayList<>(drafts.size() + notes);
      for (JsonLines.Cut c : unrecorded) {
        withNotes.add(new Draft(Action.NOTE, vault.info().caseId(), cutDetails(c, vault)));
      }
      withNotes.addAll(drafts);
      drafts = withNotes;
    }
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
    if (notes > 0) {
      cut = null;
      unrecorded = List.of();
      return entries.subList(notes, entries.size());
    }
    return entries;
  }

  /**
   * The details of the note that records a cut tail: {@code text} for people, and the file, offset,
   * length, SHA-256 and kept copy (vault-relative paths) for tools.
   */
  public static ObjectNode cutDetails(JsonLines.Cut cut, Vault vault) {
    String file = vault.root().relativize(cut.file()).toString().replace('\\', '/');
    String kept = vault.root().relativize(cut.keptAs()).toString().replace('\\', '/');
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put(
        "text",
        "An interrupted append left "
            + cut.bytes()
            + " bytes at the end of "
            + file
            + " that no signature covers; they were cut off and kept in "
            + kept);
    d.put("event", CUT_EVENT);
    d.put("file", file);
    d.put("offset", cut.offset());
    d.put("bytes", cut.bytes());
    d.put("sha256", cut.sha256());
    d.put("kept_as", kept);
    return d;
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
