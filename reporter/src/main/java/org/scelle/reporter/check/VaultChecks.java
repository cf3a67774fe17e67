package org.scelle.reporter.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.json.Json;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.ledger.LedgerVerifier;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.annex.Annexes;

/**
 * The checks of a vault against a dossier's annexes: {@code vault:case}, {@code vault:<vault path>}
 * (each annexed vault file is a prefix of the vault's current file: JSON lines files only grow),
 * {@code vault:items} and {@code vault:item <id>} (every acquired item listed in the annexed {@code
 * items.jsonl} re-hashed, streaming), {@code vault:ledger} (the vault's ledger verifies) and {@code
 * vault:ledger-head} (its entry at the manifest's count has the manifest's head hash). Reads the
 * vault only. Stateless.
 */
final class VaultChecks {

  private static final int BUFFER = 1 << 16;

  private VaultChecks() {}

  static void check(
      Vault vault, AnnexManifest manifest, Map<String, EmbeddedFile> embedded, List<Check> out)
      throws IOException {
    String caseId = vault.info().caseId();
    out.add(
        caseId.equals(manifest.caseId())
            ? Check.pass("vault:case", "case " + caseId)
            : Check.fail(
                "vault:case",
                "the vault holds case " + caseId + ", the dossier case " + manifest.caseId()));
    for (AnnexManifest.Entry entry : manifest.annexes()) {
      if (entry.vaultPath() != null) {
        out.add(prefix(vault, entry));
      }
    }
    byte[] items = AnnexChecks.bytes(embedded, Annexes.ITEMS);
    if (items != null) {
      items(vault, items, out);
    }
    LedgerVerifier.Report report = LedgerVerifier.verify(vault, e -> {});
    out.add(
        report.intact()
            ? Check.pass(
                "vault:ledger",
                report.entries() + " entries: chain, signatures and signed head verify")
            : Check.fail(
                "vault:ledger",
                report.problems().size()
                    + " problem(s), first: "
                    + report.problems().get(0).what()));
    if (manifest.ledger() != null) {
      out.add(ledgerHead(vault, manifest.ledger()));
    }
  }

  /** The vault file's first {@code entry.size()} bytes must hash to the annex's digest. */
  private static Check prefix(Vault vault, AnnexManifest.Entry entry) throws IOException {
    String name = "vault:" + entry.vaultPath();
    Path file;
    try {
      file = vault.resolve(entry.vaultPath());
    } catch (IllegalArgumentException e) {
      return Check.fail(name, e.getMessage());
    }
    if (!Files.isRegularFile(file)) {
      return Check.fail(name, "missing from the vault");
    }
    long size = Files.size(file);
    if (size < entry.size()) {
      return Check.fail(
          name,
          "the vault's file has "
              + size
              + " bytes, fewer than the "
              + entry.size()
              + " annexed: it was truncated or rewritten after reporting");
    }
    String sha256;
    try (InputStream in = Files.newInputStream(file)) {
      sha256 = sha256(in, entry.size());
    }
    if (!sha256.equals(entry.sha256())) {
      return Check.fail(
          name,
          "the vault's first "
              + entry.size()
              + " bytes hash to "
              + sha256
              + ", the annex "
              + entry.name()
              + " to "
              + entry.sha256()
              + ": the vault file was changed after reporting");
    }
    return Check.pass(
        name,
        size == entry.size()
            ? "identical to the annex " + entry.name()
            : "the annex "
                + entry.name()
                + " is its first "
                + entry.size()
                + " bytes; "
                + (size - entry.size())
                + " bytes were appended since the report");
  }

  private static void items(Vault vault, byte[] annexedItems, List<Check> out) throws IOException {
    List<ItemRecord> records;
    try {
      records = AnnexChecks.items(annexedItems);
    } catch (IOException e) {
      out.add(Check.fail("vault:items", Annexes.ITEMS + ": " + e.getMessage()));
      return;
    }
    int acquired = 0;
    int bad = 0;
    for (ItemRecord record : records) {
      if (record.status() != ItemStatus.ACQUIRED) {
        continue;
      }
      acquired++;
      String problem = rehash(vault, record);
      if (problem != null) {
        bad++;
        out.add(Check.fail("vault:item " + record.id(), problem));
      }
    }
    out.add(
        bad == 0
            ? Check.pass(
                "vault:items", acquired + " acquired items re-hashed: every SHA-256 matches")
            : Check.fail(
                "vault:items",
                bad + " of " + acquired + " acquired items differ from their recorded SHA-256"));
  }

  /** Null when the item's vault file hashes to its recorded SHA-256, else why not. */
  private static String rehash(Vault vault, ItemRecord record) throws IOException {
    Path file;
    try {
      file = vault.resolve(record.vaultPath());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    String sha256;
    try (InputStream in = Files.newInputStream(file)) {
      sha256 = sha256(in, Long.MAX_VALUE);
    } catch (NoSuchFileException e) {
      return record.vaultPath() + ": missing from the vault";
    }
    if (!sha256.equals(record.sha256())) {
      return record.vaultPath()
          + ": sha256 "
          + sha256
          + ", recorded "
          + record.sha256()
          + ": the item is no longer what was acquired";
    }
    return null;
  }

  private static Check ledgerHead(Vault vault, AnnexManifest.LedgerState state) throws IOException {
    String line = null;
    long number = 0;
    try (BufferedReader in = Files.newBufferedReader(vault.ledgerFile(), StandardCharsets.UTF_8)) {
      String next;
      while (number < state.entries() && (next = in.readLine()) != null) {
        line = next;
        number++;
      }
    }
    if (number < state.entries()) {
      return Check.fail(
          "vault:ledger-head",
          "the vault's ledger has "
              + number
              + " entries, fewer than the "
              + state.entries()
              + " at report time");
    }
    String head = LedgerEntry.GENESIS;
    if (line != null) {
      try {
        head = LedgerEntry.fromJson(Json.mapper().readTree(line)).sha256();
      } catch (IOException | IllegalArgumentException e) {
        return Check.fail(
            "vault:ledger-head", "entry " + number + " is not a ledger entry: " + e.getMessage());
      }
    }
    return head.equals(state.headSha256())
        ? Check.pass(
            "vault:ledger-head",
            "the vault's entry " + number + " hashes to the manifest's head " + head)
        : Check.fail(
            "vault:ledger-head",
            "the vault's entry "
                + number
                + " hashes to "
                + head
                + ", the manifest's head is "
                + state.headSha256()
                + ": the ledger was rewritten after reporting");
  }

  /** Hex SHA-256 of the first {@code limit} bytes of {@code in}, streamed. */
  private static String sha256(InputStream in, long limit) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java runtime", e);
    }
    DigestInputStream digesting = new DigestInputStream(in, digest);
    byte[] buffer = new byte[BUFFER];
    long left = limit;
    int read;
    while (left > 0
        && (read = digesting.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= read;
    }
    digesting.on(false);
    return HexFormat.of().formatHex(digest.digest());
  }
}
