package org.scelle.reporter.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.json.Json;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.seal.Sealer;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.annex.Annexes;

/**
 * The checks of the embedded annexes against the manifest {@value AnnexManifest#FILE_NAME}: {@code
 * manifest}, {@code annex:<name>} (present, size and SHA-256), {@code annex:seal} (the Merkle root
 * over the annexed items is the manifest's) and {@code annex:ledger-head} (the annexed ledger ends
 * at the manifest's entry count and head hash). Stateless.
 */
final class AnnexChecks {

  private AnnexChecks() {}

  /** Runs the checks into {@code out}; the manifest when it could be read. */
  static Optional<AnnexManifest> check(Map<String, EmbeddedFile> embedded, List<Check> out) {
    EmbeddedFile manifestFile = embedded.get(AnnexManifest.FILE_NAME);
    if (manifestFile == null) {
      out.add(
          Check.fail(
              "manifest",
              AnnexManifest.FILE_NAME + " is not embedded: this is not a scelle dossier"));
      return Optional.empty();
    }
    AnnexManifest manifest;
    try {
      manifest = Json.mapper().readValue(manifestFile.bytes(), AnnexManifest.class);
    } catch (IOException | RuntimeException e) {
      out.add(
          Check.fail("manifest", AnnexManifest.FILE_NAME + " does not parse: " + e.getMessage()));
      return Optional.empty();
    }
    if (!AnnexManifest.FORMAT.equals(manifest.format())) {
      out.add(
          Check.fail(
              "manifest",
              "format '" + manifest.format() + "', expected '" + AnnexManifest.FORMAT + "'"));
      return Optional.empty();
    }
    out.add(
        Check.pass(
            "manifest",
            "case "
                + manifest.caseId()
                + ", "
                + manifest.annexes().size()
                + " annexes, generated "
                + manifest.generated()));
    Set<String> listed = new HashSet<>();
    for (AnnexManifest.Entry entry : manifest.annexes()) {
      listed.add(entry.name());
      EmbeddedFile file = embedded.get(entry.name());
      String check = "annex:" + entry.name();
      if (file == null) {
        out.add(Check.fail(check, "listed in the manifest but not embedded"));
        continue;
      }
      String sha256 = file.sha256();
      if (!sha256.equals(entry.sha256()) || file.size() != entry.size()) {
        out.add(
            Check.fail(
                check,
                "embedded bytes (sha256 "
                    + sha256
                    + ", "
                    + file.size()
                    + " bytes) differ from the manifest (sha256 "
                    + entry.sha256()
                    + ", "
                    + entry.size()
                    + " bytes): the annex was swapped"));
      } else {
        out.add(Check.pass(check, "sha256 " + sha256 + ", " + file.size() + " bytes, as listed"));
      }
    }
    for (String name : embedded.keySet()) {
      if (!listed.contains(name) && !name.equals(AnnexManifest.FILE_NAME)) {
        out.add(Check.fail("annex:" + name, "embedded but not listed in the manifest"));
      }
    }
    seal(manifest, bytes(embedded, Annexes.ITEMS), out);
    ledgerHead(manifest, bytes(embedded, Annexes.LEDGER), out);
    return Optional.of(manifest);
  }

  /** The decoded bytes of the embedded file {@code name}, or null when none is embedded. */
  static byte[] bytes(Map<String, EmbeddedFile> embedded, String name) {
    EmbeddedFile file = embedded.get(name);
    return file == null ? null : file.bytes();
  }

  private static void seal(AnnexManifest manifest, byte[] items, List<Check> out) {
    if (manifest.seal() == null) {
      out.add(Check.fail("annex:seal", "the manifest has no seal"));
      return;
    }
    if (items == null) {
      out.add(Check.fail("annex:seal", Annexes.ITEMS + " is not embedded"));
      return;
    }
    List<ItemRecord> records;
    try {
      records = items(items);
    } catch (IOException e) {
      out.add(Check.fail("annex:seal", Annexes.ITEMS + ": " + e.getMessage()));
      return;
    }
    long acquired = records.stream().filter(r -> r.status() == ItemStatus.ACQUIRED).count();
    String root = Sealer.rootOf(records);
    if (!root.equals(manifest.seal().merkleRoot()) || acquired != manifest.seal().itemCount()) {
      out.add(
          Check.fail(
              "annex:seal",
              "the annexed items give Merkle root "
                  + root
                  + " over "
                  + acquired
                  + " acquired items; the manifest says "
                  + manifest.seal().merkleRoot()
                  + " over "
                  + manifest.seal().itemCount()));
    } else {
      out.add(
          Check.pass(
              "annex:seal", "Merkle root " + root + " over " + acquired + " acquired items"));
    }
  }

  private static void ledgerHead(AnnexManifest manifest, byte[] ledger, List<Check> out) {
    if (manifest.ledger() == null) {
      out.add(Check.fail("annex:ledger-head", "the manifest has no ledger state"));
      return;
    }
    if (ledger == null) {
      out.add(Check.fail("annex:ledger-head", Annexes.LEDGER + " is not embedded"));
      return;
    }
    List<String> lines = lines(ledger);
    String head = LedgerEntry.GENESIS;
    try {
      if (!lines.isEmpty()) {
        head = LedgerEntry.fromJson(Json.mapper().readTree(lines.get(lines.size() - 1))).sha256();
      }
    } catch (IOException | IllegalArgumentException e) {
      out.add(
          Check.fail(
              "annex:ledger-head",
              Annexes.LEDGER
                  + " line "
                  + lines.size()
                  + " is not a ledger entry: "
                  + e.getMessage()));
      return;
    }
    AnnexManifest.LedgerState state = manifest.ledger();
    if (lines.size() != state.entries() || !head.equals(state.headSha256())) {
      out.add(
          Check.fail(
              "annex:ledger-head",
              "the annexed ledger has "
                  + lines.size()
                  + " entries ending in "
                  + head
                  + "; the manifest says "
                  + state.entries()
                  + " ending in "
                  + state.headSha256()));
    } else {
      out.add(
          Check.pass(
              "annex:ledger-head", lines.size() + " entries, head " + head + ", as the manifest"));
    }
  }

  /** The item records of an annexed {@code items.jsonl}. */
  static List<ItemRecord> items(byte[] jsonl) throws IOException {
    List<ItemRecord> records = new ArrayList<>();
    int number = 0;
    for (String line : lines(jsonl)) {
      number++;
      try {
        JsonNode node = Json.mapper().readTree(line);
        records.add(Json.mapper().treeToValue(node, ItemRecord.class));
      } catch (IOException | IllegalArgumentException | NullPointerException e) {
        throw new IOException("line " + number + " is not an item record: " + e.getMessage(), e);
      }
    }
    return records;
  }

  /** The non-empty lines of a UTF-8 JSON lines file. */
  static List<String> lines(byte[] jsonl) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(jsonl), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory", e);
    }
    return lines;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java runtime", e);
    }
  }
}
