package org.scelle.collector.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.collector.verify.VaultVerifier;
import org.scelle.collector.verify.VerifyReport;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.testing.References;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

class CollectionTest {
  @TempDir Path tmp;
  final TestIdentity alice = TestIdentity.create("Alice Martin", "analyst");

  CollectRequest request(
      Path caseDir, String host, Integer samples, boolean follow, Path... sources) {
    return new CollectRequest(
        caseDir,
        new CaseInfo("CASE-1", "t", "o", "Europe/Paris", "dev", "2019-11-15T18:45:00Z"),
        host,
        List.of(sources),
        List.of(),
        List.of(),
        List.of(),
        null,
        samples,
        null,
        follow,
        "Europe/Paris",
        2,
        null);
  }

  CollectSummary collect(CollectRequest r) throws Exception {
    return new Collection(Clock.systemUTC()).run(r, alice, Progress.NONE);
  }

  static List<ItemRecord> items(Path caseDir) throws Exception {
    return new ItemStore(Vault.open(caseDir)).readAll();
  }

  static void assertIntactBag(Path caseDir) throws Exception {
    VerifyReport report = VaultVerifier.verify(Vault.open(caseDir));
    assertThat(report.problems()).isEmpty();
    try (BagVerifier v = new BagVerifier()) {
      Bag bag = new BagReader().read(caseDir);
      v.isValid(bag, false);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void fifoSymlinkAndOddNamesAreRecordedNeverOpenedAndRoundTrip() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("normal.log"), "line\n");
    Path fifo = src.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor()).isZero();
    Files.createSymbolicLink(src.resolve("link-to-normal"), src.resolve("normal.log"));
    Files.writeString(src.resolve("two\nlines.txt"), "newline in name");
    Files.writeString(src.resolve("100 \rdone.txt"), "CR in name");
    Path invalid =
        src.resolve(
            new String(
                new byte[] {'c', 'a', 'f', (byte) 0xE9, '.', 't', 'x', 't'},
                StandardCharsets.ISO_8859_1));
    // Build the invalid-UTF-8 name from raw bytes through the shell, since Java cannot name it.
    Process sh =
        new ProcessBuilder("sh", "-c", "printf 'latin-1 name' > \"$(printf 'caf\\351.txt')\"")
            .directory(src.toFile())
            .start();
    assertThat(sh.waitFor()).isZero();
    String longName = "x".repeat(250) + ".log";
    Path deep = Files.createDirectories(src.resolve("a".repeat(200)).resolve("b".repeat(200)));
    Files.writeString(deep.resolve(longName), "long path");

    Path caseDir = tmp.resolve("case");
    CollectSummary s = collect(request(caseDir, "HOST-1", null, false, src));
    assertThat(s.acquired()).isEqualTo(5);
    // A literal '%' in a name is percent-encoded in the manifests as RFC 8493 requires, and our
    // verifier reads it back; the LoC bagit library 5.2 does not decode %25, so it is left out
    // here.
    Map<String, ItemRecord> bySource = new HashMap<>();
    for (ItemRecord r : items(caseDir)) {
      bySource.put(r.sourcePath(), r);
    }
    assertThat(bySource.get(fifo.toString()).status()).isEqualTo(ItemStatus.SKIPPED);
    assertThat(bySource.get(fifo.toString()).reason()).contains("fifo");
    ItemRecord link = bySource.get(src.resolve("link-to-normal").toString());
    assertThat(link.status()).isEqualTo(ItemStatus.SKIPPED);
    assertThat(link.linkTarget()).isEqualTo(src.resolve("normal.log").toString());
    ItemRecord nl = bySource.get(src.resolve("two\nlines.txt").toString());
    assertThat(Files.readString(caseDir.resolve(nl.vaultPath()))).isEqualTo("newline in name");
    ItemRecord latin =
        bySource.values().stream().filter(r -> r.sourcePathB64() != null).findFirst().orElseThrow();
    byte[] raw = Base64.getDecoder().decode(latin.sourcePathB64());
    String expected = src + "/caf";
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).isEqualTo(expected + "\u00e9.txt");
    assertThat(latin.vaultPath()).endsWith("/caf#E9.txt");
    assertThat(Files.readString(caseDir.resolve(latin.vaultPath()))).isEqualTo("latin-1 name");
    assertThat(invalid).isNotNull();
    assertIntactBag(caseDir);
  }

  @Test
  void theCaseVaultInsideASourceIsRecordedNotCollected() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("disk"));
    Files.writeString(src.resolve("a.log"), "a");
    Path caseDir = src.resolve("case");
    // twice: the second run meets the vault the first one wrote, with its lock held
    for (int run = 0; run < 2; run++) {
      collect(request(caseDir, "H" + run, null, false, src));
    }
    // followed links to the vault are left out too
    Files.createSymbolicLink(src.resolve("to-case"), caseDir);
    collect(request(caseDir, "H2", null, true, src));
    List<ItemRecord> all = items(caseDir);
    assertThat(all)
        .filteredOn(r -> r.status() == ItemStatus.ACQUIRED)
        .extracting(ItemRecord::sourcePath)
        .containsOnly(src.resolve("a.log").toString());
    assertThat(all)
        .filteredOn(r -> r.reason() != null && r.reason().startsWith("case-vault: "))
        .extracting(ItemRecord::sourcePath)
        .containsExactly(
            caseDir.toString(),
            caseDir.toString(),
            caseDir.toString(),
            src.resolve("to-case").toString());
    assertIntactBag(caseDir);
  }

  @Test
  void aSourceInsideTheCaseVaultIsRefused() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("a.log"), "a");
    Path caseDir = tmp.resolve("case");
    collect(request(caseDir, "H", null, false, src));
    long before = Files.size(caseDir.resolve("scelle/items.jsonl"));
    for (Path inside : List.of(caseDir, caseDir.resolve("scelle"))) {
      assertThatThrownBy(() -> collect(request(caseDir, "H", null, false, inside)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "source "
                  + inside
                  + " is inside the case vault "
                  + caseDir
                  + ": a vault is never collected into itself");
    }
    assertThat(Files.size(caseDir.resolve("scelle/items.jsonl"))).isEqualTo(before);
    assertIntactBag(caseDir);
  }

  @Test
  void followedSymlinkLoopsAreRecordedNotWalkedForever() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src/dir"));
    Files.writeString(src.resolve("f.txt"), "f");
    Files.createSymbolicLink(src.resolve("loop"), src.getParent());
    Path caseDir = tmp.resolve("case");
    collect(request(caseDir, "H", null, true, src.getParent()));
    List<ItemRecord> all = items(caseDir);
    assertThat(all).anyMatch(r -> r.reason() != null && r.reason().startsWith("symlink-loop"));
    assertThat(all.stream().filter(r -> r.status() == ItemStatus.ACQUIRED)).hasSize(1);
    assertIntactBag(caseDir);
  }

  @Test
  void tailsLeftByAKilledAppendAreCutKeptAndRecordedByTheNextCollection() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(src.resolve("f" + i + ".txt"), "file " + i);
    }
    Path caseDir = tmp.resolve("case");
    collect(request(caseDir, "H1", null, false, src));
    Vault vault = Vault.open(caseDir);
    // What a kill during the next appends leaves: the start of a record and of a ledger entry.
    byte[] tornItem = "{\"id\":\"H1-".getBytes(StandardCharsets.UTF_8);
    byte[] tornEntry = "{\"seq\":99,\"ti".getBytes(StandardCharsets.UTF_8);
    long itemsLength = Files.size(vault.itemsFile());
    long ledgerLength = Files.size(vault.ledgerFile());
    Files.write(vault.itemsFile(), tornItem, StandardOpenOption.APPEND);
    Files.write(vault.ledgerFile(), tornEntry, StandardOpenOption.APPEND);

    CollectSummary s = collect(request(caseDir, "H2", null, false, src));

    assertThat(s.acquired()).isEqualTo(5);
    assertIntactBag(caseDir);
    Path kept = vault.interruptedDir();
    assertThat(kept.resolve("items.jsonl." + itemsLength + ".tail")).hasBinaryContent(tornItem);
    assertThat(kept.resolve("custody.jsonl." + ledgerLength + ".tail")).hasBinaryContent(tornEntry);
    List<String> notes;
    try (Stream<String> lines = Files.lines(vault.ledgerFile())) {
      notes = lines.filter(l -> l.contains("\"event\":\"interrupted-append-cut\"")).toList();
    }
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)).contains("\"file\":\"scelle/custody.jsonl\"");
    assertThat(notes.get(1)).contains("\"file\":\"scelle/items.jsonl\"");
    assertThat(items(caseDir)).hasSize(10);
  }

  @Test
  void sourceTreeContentAndMetadataAreUnchanged() throws Exception {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 40; i++) {
      byte[] b = new byte[rnd.nextInt(200_000)];
      rnd.nextBytes(b);
      Path f =
          Files.createDirectories(src.resolve("d" + (i % 5)))
              .resolve("f" + i + (i % 7 == 0 ? ".docx.Clop" : ".bin"));
      Files.write(f, b);
      // Access time after modification time and recent: relatime leaves it alone, so any change is
      // ours.
      Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
      Files.setAttribute(
          f, "lastAccessTime", FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }
    Map<String, String> before = snapshot(src);
    collect(request(tmp.resolve("case"), "H", 3, false, src));
    assertThat(snapshot(src)).as("seed %d", seed).isEqualTo(before);
  }

  @Test
  void samplingIsReproducibleStratifiedAndPairsOriginals() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (String dir : List.of("Finances", "RH", "Direction")) {
      Path d = Files.createDirectories(src.resolve("Partages").resolve(dir));
      Files.writeString(
          d.resolve("ClopReadMe.txt"),
          "Your files are encrypted. Contact unlock@mail.example.net to decrypt. Tor browser, bitcoin.");
      for (int i = 0; i < 10; i++) {
        byte[] b = new byte[8192];
        new Random(dir.hashCode() * 31L + i).nextBytes(b);
        Files.write(d.resolve("doc" + i + (i % 2 == 0 ? ".xlsx.Clop" : ".pdf.Clop")), b);
      }
    }
    Path backup = Files.createDirectories(src.resolve("Sauvegardes/Partages/Finances"));
    Files.writeString(backup.resolve("doc0.xlsx"), "clean original");
    List<String> first =
        sampled(collect(request(tmp.resolve("c1"), "H", 6, false, src)), tmp.resolve("c1"));
    List<String> second =
        sampled(collect(request(tmp.resolve("c2"), "H", 6, false, src)), tmp.resolve("c2"));
    assertThat(first).hasSize(6).isEqualTo(second);
    Set<String> strata =
        first.stream().map(p -> p.replaceAll("doc\\d+", "")).collect(Collectors.toSet());
    assertThat(strata).as("every directory and extension represented").hasSize(6);
    List<ItemRecord> all = items(tmp.resolve("c1"));
    assertThat(all.stream().filter(r -> r.reason() != null && r.reason().startsWith("not-sampled")))
        .hasSize(24);
    assertThat(
            all.stream()
                .filter(r -> r.triage() != null && r.triage().verdict().equals("ransom-note")))
        .hasSize(3);
    assertIntactBag(tmp.resolve("c1"));
  }

  private static List<String> sampled(CollectSummary s, Path caseDir) throws Exception {
    List<String> out = new ArrayList<>();
    for (ItemRecord r : items(caseDir)) {
      if (r.status() == ItemStatus.ACQUIRED && r.sourcePath().endsWith(".Clop")) {
        out.add(r.sourcePath().substring(r.sourcePath().indexOf("/Partages/")));
      }
    }
    return out;
  }

  private static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Map<String, Object> a = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
        String content = Files.isRegularFile(p) ? org.scelle.custody.vault.BagFiles.sha256(p) : "";
        // Access time is left out: Linux may update it on any read (relatime) unless the source is
        // mounted read-only or noatime, and Java cannot open with O_NOATIME. scelle records it
        // before reading.
        m.put(
            p.toString(),
            content
                + a.get("size")
                + a.get("lastModifiedTime")
                + a.get("ctime")
                + a.get("mode")
                + a.get("uid")
                + a.get("gid")
                + a.get("ino")
                + a.get("nlink"));
      }
    }
    return m;
  }

  @Test
  void referencesAreReachableWhenRequired() {
    References.tool("mkfifo", "coreutils");
  }
}
