package org.scelle.collector.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.json.JsonKeys;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.ledger.LedgerVerifier;
import org.scelle.custody.seal.Sealer;
import org.scelle.custody.timestamp.TimestampException;
import org.scelle.custody.timestamp.TimestampVerifier;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;

/**
 * Verifies a whole vault, reading it only: re-hashes every acquired item (MD5, SHA-1, SHA-256 in
 * one read) against its record and the three BagIt manifests, looks for payload files nobody
 * recorded, checks the tag manifest, the ledger (chain, signatures, head), that every acquired item
 * has its signed {@code acquired} entry with the same SHA-256, and recomputes every seal's Merkle
 * root and checks its time-stamp token. Memory grows with the number of items (their paths and
 * hashes), never with file sizes. Stateless.
 */
public final class VaultVerifier {
  private VaultVerifier() {}

  public static VerifyReport verify(Vault vault) throws IOException {
    List<Problem> problems = new ArrayList<>();
    checkRuns(vault, problems);
    checkTagManifest(vault, problems);
    List<Map<String, String>> manifests = new ArrayList<>();
    for (String alg : BagFiles.ALGORITHMS) {
      manifests.add(readManifest(vault, BagFiles.manifestName(alg), problems));
    }
    List<ItemRecord> acquired = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long[] totals = new long[2];
    byte[] buf = new byte[1 << 20];
    MultiDigest digest = new MultiDigest();
    new ItemStore(vault)
        .forEach(
            r -> {
              if (!ids.add(r.id())) {
                problems.add(new Problem(r.id(), "", "item id recorded twice in items.jsonl"));
              }
              if (r.status() == ItemStatus.ACQUIRED) {
                acquired.add(r);
                totals[0]++;
                totals[1] += checkItem(vault, r, manifests, buf, digest, problems);
              }
            });
    Set<String> recorded = new HashSet<>();
    for (ItemRecord r : acquired) {
      recorded.add(r.vaultPath());
    }
    for (Map<String, String> m : manifests) {
      for (String path : m.keySet()) {
        if (!recorded.contains(path)) {
          problems.add(
              new Problem(
                  "manifest", path, "listed in a manifest but no acquired item records it"));
        }
      }
    }
    checkPayloadFiles(vault, recorded, problems);
    Map<String, String> acquiredEntries = new HashMap<>();
    List<LedgerEntry> seals = new ArrayList<>();
    LedgerVerifier.Report ledger =
        LedgerVerifier.verify(
            vault,
            e -> {
              if (e.action() == Action.ACQUIRED) {
                acquiredEntries.put(e.subject(), e.details().path(JsonKeys.SHA256).asText());
              } else if (e.action() == Action.SEALED) {
                seals.add(e);
              }
            });
    ledger
        .problems()
        .forEach(p -> problems.add(new Problem("ledger", "scelle/custody.jsonl", p.what())));
    for (ItemRecord r : acquired) {
      String sha = acquiredEntries.get(r.id());
      if (sha == null) {
        problems.add(
            new Problem(r.id(), r.vaultPath(), "no signed 'acquired' ledger entry for this item"));
      } else if (!sha.equals(r.sha256())) {
        problems.add(
            new Problem(
                r.id(),
                r.vaultPath(),
                "ledger says SHA-256 " + sha + ", item record says " + r.sha256()));
      }
    }
    String root = checkSeals(seals, acquired, problems);
    return new VerifyReport(
        totals[0], totals[1], ledger.entries(), ledger.headSha256(), root, problems);
  }

  /**
   * Names each acquisition whose run record says it was not sealed, first: its items are not in the
   * manifests yet and the tag manifest is stale, which the checks after this one report item by
   * item; this says why, and what finishes it.
   */
  private static void checkRuns(Vault vault, List<Problem> problems) throws IOException {
    if (!Files.isDirectory(vault.runsDir())) {
      return;
    }
    List<Path> runs = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> ds =
        Files.newDirectoryStream(vault.runsDir(), "*.json")) {
      ds.forEach(runs::add);
    }
    runs.sort(null);
    for (Path run : runs) {
      String rel = "scelle/runs/" + run.getFileName();
      JsonNode n;
      try {
        n = org.scelle.custody.json.Json.mapper().readTree(run.toFile());
      } catch (IOException e) {
        problems.add(new Problem("run", rel, "run record unreadable: " + e.getMessage()));
        continue;
      }
      if (!n.path("sealed").asBoolean(true)) {
        problems.add(
            new Problem(
                n.path("acquisition").asText(),
                rel,
                "acquisition of host "
                    + n.path("host").asText()
                    + " not sealed (its run was interrupted, or its time-stamp refused): run the"
                    + " same scelle collect again to finish and seal it"));
      }
    }
  }

  private static long checkItem(
      Vault vault,
      ItemRecord r,
      List<Map<String, String>> manifests,
      byte[] buf,
      MultiDigest digest,
      List<Problem> problems) {
    Path file;
    try {
      file = vault.resolve(r.vaultPath());
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(r.id(), r.vaultPath(), e.getMessage()));
      return 0;
    }
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) != -1) {
        digest.update(buf, 0, n);
      }
    } catch (NoSuchFileException e) {
      problems.add(new Problem(r.id(), r.vaultPath(), "file missing from the vault"));
      return 0;
    } catch (IOException e) {
      digest.finish();
      problems.add(new Problem(r.id(), r.vaultPath(), "unreadable: " + e.getMessage()));
      return 0;
    }
    long size = digest.count();
    Digests d = digest.finish();
    if (r.size() != null && size != r.size()) {
      problems.add(
          new Problem(r.id(), r.vaultPath(), "size " + size + " bytes, recorded " + r.size()));
    }
    String[] recorded = {r.sha256(), r.sha1(), r.md5()};
    String[] actual = {d.sha256(), d.sha1(), d.md5()};
    for (int i = 0; i < 3; i++) {
      String alg = BagFiles.ALGORITHMS.get(i);
      if (!actual[i].equals(recorded[i])) {
        problems.add(
            new Problem(
                r.id(),
                r.vaultPath(),
                alg.toUpperCase()
                    + " "
                    + actual[i]
                    + " does not match the recorded "
                    + recorded[i]
                    + " (content altered)"));
      }
      String listed = manifests.get(i).get(r.vaultPath());
      if (listed == null) {
        problems.add(
            new Problem(r.id(), r.vaultPath(), "not listed in " + BagFiles.manifestName(alg)));
      } else if (!listed.equals(recorded[i])) {
        problems.add(
            new Problem(
                r.id(),
                r.vaultPath(),
                BagFiles.manifestName(alg) + " lists " + listed + ", recorded " + recorded[i]));
      }
    }
    return size;
  }

  private static String checkSeals(
      List<LedgerEntry> seals, List<ItemRecord> acquired, List<Problem> problems) {
    String last = null;
    for (LedgerEntry seal : seals) {
      JsonNode d = seal.details();
      int count = d.path(JsonKeys.ITEM_COUNT).asInt(-1);
      String label = "seal (ledger entry " + seal.seq() + ")";
      if (count < 0 || count > acquired.size()) {
        problems.add(
            new Problem(
                label, "", "covers " + count + " items but the vault records " + acquired.size()));
        continue;
      }
      String root = Sealer.rootOf(acquired.subList(0, count));
      String sealed = d.path(JsonKeys.MERKLE_ROOT).asText();
      if (!root.equals(sealed)) {
        problems.add(
            new Problem(
                label,
                "",
                "Merkle root "
                    + root
                    + " of the first "
                    + count
                    + " items differs from the sealed "
                    + sealed));
      }
      if (d.hasNonNull(JsonKeys.TIMESTAMP_TOKEN)) {
        try {
          TimestampVerifier.verify(
              Base64.getDecoder().decode(d.get(JsonKeys.TIMESTAMP_TOKEN).asText()),
              HexFormat.of().parseHex(sealed));
        } catch (TimestampException | IllegalArgumentException e) {
          problems.add(
              new Problem(label, "", "time-stamp token does not verify: " + e.getMessage()));
        }
      }
      last = sealed;
    }
    return last;
  }

  private static void checkTagManifest(Vault vault, List<Problem> problems) throws IOException {
    Map<String, String> listed = readManifest(vault, BagFiles.TAGMANIFEST, problems);
    for (Map.Entry<String, String> e : listed.entrySet()) {
      Path p = vault.root().resolve(e.getKey());
      if (!Files.isRegularFile(p)) {
        problems.add(
            new Problem(
                "tag file", e.getKey(), "listed in " + BagFiles.TAGMANIFEST + " but missing"));
      } else if (!BagFiles.sha256(p).equals(e.getValue())) {
        problems.add(
            new Problem(
                "tag file",
                e.getKey(),
                "SHA-256 differs from " + BagFiles.TAGMANIFEST + " (altered)"));
      }
    }
    for (String f : BagFiles.tagFiles(vault)) {
      if (!listed.containsKey(f)) {
        problems.add(new Problem("tag file", f, "not covered by " + BagFiles.TAGMANIFEST));
      }
    }
  }

  private static Map<String, String> readManifest(Vault vault, String name, List<Problem> problems)
      throws IOException {
    Map<String, String> m = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(vault.root().resolve(name), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        int sp = line.indexOf(' ');
        if (sp <= 0) {
          problems.add(new Problem(name, "", "line " + n + " is not '<checksum> <path>'"));
          continue;
        }
        m.put(
            BagFiles.decodePath(line.substring(sp).replaceFirst("^[ \t]+", "")),
            line.substring(0, sp).toLowerCase(java.util.Locale.ROOT));
      }
    } catch (NoSuchFileException e) {
      problems.add(new Problem(name, "", "missing"));
    }
    return m;
  }

  private static void checkPayloadFiles(Vault vault, Set<String> recorded, List<Problem> problems)
      throws IOException {
    try (Stream<Path> s = Files.walk(vault.dataDir())) {
      s.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(
              p -> {
                String rel = vault.root().relativize(p).toString();
                if (!recorded.contains(rel)) {
                  problems.add(
                      new Problem(
                          "payload", rel, "file in the vault that no acquired item records"));
                }
              });
    }
  }
}
