package org.scelle.reporter.dossier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.finding.FindingStore;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.seal.Sealer;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.testing.TestItems;
import org.scelle.custody.timestamp.TimestampException;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

/**
 * A small vault modelled on the demo case ({@code scelle demo}): two hosts, a firewall log, an
 * encrypted file paired with its original, a ransom note (with a patient name and non-UTF-8 bytes),
 * a skipped candidate with a long path, findings of kinds ioc, sigma and triage, a timeline and an
 * IOC feed copy. Built with the custody APIs; the ledger is signed by two test identities.
 */
public final class SampleVault {
  public static final String CASE_ID = "VALMONT-TEST";
  static final String ACQ_FS = "SRV-FILE01-20191116T080000Z";
  static final String ACQ_FW = "FW-EDGE01-20191116T080000Z";

  public final Vault vault;
  public final List<ItemRecord> items = new ArrayList<>();

  private SampleVault(Vault vault) {
    this.vault = vault;
  }

  public static SampleVault create(Path dir) throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2019-11-16T08:00:00Z"), ZoneOffset.UTC);
    Vault v =
        Vault.create(
            dir,
            new CaseInfo(
                CASE_ID,
                "Clop ransomware, 15 novembre 2019",
                "CHU de Valmont (fictitious)",
                "Europe/Paris",
                "test",
                "2019-11-16T08:00:00Z"),
            clock);
    SampleVault s = new SampleVault(v);
    TestIdentity alice = TestIdentity.create("Alice Martin", "analyst");
    TestIdentity bob = TestIdentity.create("Bob Durand", "investigator");
    Ledger ledger = Ledger.open(v, clock);
    ledger.append(alice, Action.CASE_CREATED, CASE_ID, null);

    ItemRecord log =
        s.acquire(
            "FW-EDGE01",
            ACQ_FW,
            1,
            "C:/Windows/System32/LogFiles/Firewall/pfirewall.log",
            ("2019-11-09 14:23:55 ALLOW TCP 10.20.4.14 203.0.113.45 49702 443\n"
                    + "2019-11-15 18:30:12 ALLOW TCP 10.20.4.14 203.0.113.45 49811 443\n")
                .getBytes(StandardCharsets.UTF_8),
            "clean",
            List.of(),
            null,
            4.1);
    ItemRecord original =
        s.acquire(
            "SRV-FILE01",
            ACQ_FS,
            1,
            "D:/Partages/Admissions/liste-entrees-2019-11-13.csv",
            "date;patient;service\n2019-11-13;Lucienne Morvan-Desprès;urgences\n"
                .getBytes(StandardCharsets.UTF_8),
            "clean",
            List.of(),
            null,
            4.6);
    byte[] random = new byte[4096];
    new java.util.Random(20191115).nextBytes(random);
    ItemRecord encrypted =
        s.acquire(
            "SRV-FILE01",
            ACQ_FS,
            2,
            "D:/Partages/Admissions/liste-entrees-2019-11-13.csv.Clop",
            random,
            "encrypted",
            List.of("known-extension:.Clop", "magic-mismatch:csv", "entropy:7.95"),
            original.id(),
            7.95);
    byte[] note =
        concat(
            ("Your network has been PENETRATED.\r\nAll files on each host in the network have been"
                    + " encrypted with a strong algorithm.\r\n\tPatient Lucienne Morvan-Desprès is"
                    + " in our hands.\r\nContact: unlock-valmont@mail.example.net\r\n")
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0x01, '\n'},
            "x".repeat(3000).getBytes(StandardCharsets.UTF_8));
    ItemRecord ransomNote =
        s.acquire(
            "SRV-FILE01",
            ACQ_FS,
            3,
            "D:/Partages/Admissions/ClopReadMe.txt",
            note,
            "ransom-note",
            List.of("note-name:ClopReadMe.txt", "note-cue:contact-email"),
            null,
            4.9);
    ItemRecord skipped =
        TestItems.record(ACQ_FS + "-000004", ItemStatus.SKIPPED)
            .host("SRV-FILE01")
            .acquisition(ACQ_FS)
            .target("encrypted-files")
            .sourcePath(
                "D:/Partages/Direction/Tr\u00e8s/long/r\u00e9pertoire/"
                    + "sous-dossier-".repeat(12)
                    + "statistiques-entr\u00e9es-2019-10.xlsx.Clop")
            .size(6700)
            .times(new ItemRecord.Times("2019-11-15T18:39:43Z", null, null, null))
            .sourceTz("Europe/Paris")
            .reason("not-sampled: 3 of 4 encrypted files kept (--samples 3)")
            .build();
    s.items.add(skipped);
    new ItemStore(v).append(s.items);
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (ItemRecord r : List.of(log, original, encrypted, ransomNote)) {
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("sha256", r.sha256()).put("size", r.size()).put("source_path", r.sourcePath());
      d.put("vault_path", r.vaultPath());
      drafts.add(new Ledger.Draft(Action.ACQUIRED, r.id(), d));
    }
    ObjectNode sk = JsonNodeFactory.instance.objectNode().put("count", 1);
    drafts.add(new Ledger.Draft(Action.SKIPPED, ACQ_FS, sk));
    ledger.append(alice, drafts);
    try {
      Sealer.seal(v, ledger, alice, CASE_ID, null);
    } catch (TimestampException e) {
      throw new IllegalStateException("no time-stamp authority was asked", e);
    }
    ledger.append(
        alice,
        Action.TRANSFERRED,
        CASE_ID,
        JsonNodeFactory.instance.objectNode().put("to", "Bob Durand"));
    ledger.append(
        bob,
        Action.RECEIVED,
        CASE_ID,
        JsonNodeFactory.instance.objectNode().put("from", "Alice Martin"));

    FindingStore findings = new FindingStore(v);
    findings.replaceKind(
        "ioc",
        List.of(
            ioc("ioc-1", "203.0.113.45", "2019-11-09T14:23:55Z", log, "line:1@offset:0"),
            ioc("ioc-2", "203.0.113.45", "2019-11-15T18:30:12Z", log, "line:2@offset:66"),
            ioc(
                "ioc-3",
                "unlock-valmont@mail.example.net",
                "2019-11-15T18:39:44Z",
                ransomNote,
                "line:4@offset:170")));
    findings.replaceKind(
        "sigma",
        List.of(
            new Finding(
                "sigma-1",
                "sigma",
                new Finding.Rule(
                    "c947b146-0abc-4c87-9c64-b17e9d7274a2",
                    "Shadow Copies Deletion Using Operating Systems Utilities",
                    "high",
                    "proc_creation_win_susp_shadow_copies_deletion.yml",
                    "0".repeat(64),
                    List.of("attack.impact", "attack.t1490")),
                "Shadow Copies Deletion Using Operating Systems Utilities",
                "2019-11-15T18:35:02Z",
                "SRV-FILE01",
                List.of(new Finding.Evidence(log.id(), log.sha256(), "record:1@offset:4608")),
                "q")));
    findings.replaceKind(
        "triage",
        List.of(
            triage("triage-1", "triage:encrypted", "Encrypted file", encrypted),
            triage("triage-2", "triage:ransom-note", "Ransom note", ransomNote),
            triage("triage-3", "triage:detonation", "Detonation on SRV-FILE01", encrypted)));
    Files.writeString(
        v.tagDir().resolve("timeline.csv"),
        "message,datetime,timestamp,timestamp_desc,host,source,item,sha256,locator,finding_kind,"
            + "rule,value\r\n"
            + "File Modified: x,2019-11-15T18:38:27.000000Z,1573843107000000,File Modified,"
            + "SRV-FILE01,file,"
            + encrypted.id()
            + ","
            + encrypted.sha256()
            + ",file,,,\r\n",
        StandardCharsets.UTF_8);
    Path feeds = Files.createDirectories(v.tagDir().resolve("feeds"));
    Files.writeString(
        feeds.resolve("iocs.csv"),
        "value,type,description\n203.0.113.45,ipv4,C2 server\n",
        StandardCharsets.UTF_8);
    return s;
  }

  private ItemRecord acquire(
      String host,
      String acquisition,
      int n,
      String path,
      byte[] bytes,
      String verdict,
      List<String> reasons,
      String pair,
      double entropy)
      throws IOException {
    String vaultPath = "data/" + host + "/" + acquisition + "/" + path.replace(":", "");
    Path file = vault.resolve(vaultPath);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    String mtime = "2019-11-15T18:" + (30 + n) + ":27Z";
    ItemRecord r =
        TestItems.acquiredFile(acquisition + String.format("-%06d", n), host, acquisition, mtime)
            .sourcePath(path)
            .vaultPath(vaultPath)
            .size(bytes.length)
            .md5(hex("MD5", bytes))
            .sha1(hex("SHA-1", bytes))
            .sha256(hex("SHA-256", bytes))
            .entropy(entropy)
            .triage(verdict, reasons)
            .pair(pair)
            .acquired(new ItemRecord.Span("2019-11-16T08:00:01Z", "2019-11-16T08:00:02Z"))
            .build();
    items.add(r);
    return r;
  }

  private static Finding ioc(String id, String value, String time, ItemRecord item, String loc) {
    return new Finding(
        id,
        "ioc",
        new Finding.Rule("iocs.csv:2", "C2 server", null, "iocs.csv", "1".repeat(64), null),
        value,
        time,
        item.host(),
        List.of(new Finding.Evidence(item.id(), item.sha256(), loc)),
        "q");
  }

  private static Finding triage(String id, String rule, String title, ItemRecord item) {
    return new Finding(
        id,
        "triage",
        new Finding.Rule(rule, title, "high", "scelle/items.jsonl", null, item.triage().reasons()),
        item.sourcePath(),
        item.times().modified(),
        item.host(),
        List.of(new Finding.Evidence(item.id(), item.sha256(), "file")),
        null);
  }

  static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
