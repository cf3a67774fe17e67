package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the commands, on one small collected vault copied per test. */
class CommandsTest {
  private static final long SEED = 20191115L;

  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path alice;
  static Path bob;
  static Path base;
  static Path src;

  @BeforeAll
  static void collectOnce() throws Exception {
    src = shared.resolve("src");
    TestFiles.smallTree(src, new Random(SEED), 20, 10, 4096);
    alice = shared.resolve("alice.p12");
    bob = shared.resolve("bob.p12");
    ScelleProcess.Result a =
        ScelleProcess.run(
            shared,
            "keygen",
            "--name",
            "Alice Martin",
            "--role",
            "analyst",
            "--out",
            alice.toString());
    assertThat(a.exit()).as("%s", a).isZero();
    ScelleProcess.Result b =
        ScelleProcess.run(
            shared,
            "keygen",
            "--name",
            "Bob Durand",
            "--role",
            "investigator",
            "--out",
            bob.toString());
    assertThat(b.exit()).as("%s", b).isZero();
    base = shared.resolve("base-case");
    ScelleProcess.Result c =
        ScelleProcess.run(
            shared,
            "collect",
            base.toString(),
            "--host",
            "H",
            "--key",
            alice.toString(),
            src.toString());
    assertThat(c.exit()).as("seed %d: %s", SEED, c).isZero();
  }

  private Path copyOfCase() throws IOException {
    Path c = tmp.resolve("case");
    TestFiles.copyTree(base, c);
    Files.deleteIfExists(c.resolve(".scelle.lock"));
    return c;
  }

  @Test
  void keygenRefusesToOverwrite() throws Exception {
    byte[] before = Files.readAllBytes(alice);
    ScelleProcess.Result r =
        ScelleProcess.run(tmp, "keygen", "--name", "Eve", "--role", "x", "--out", alice.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().strip().lines()).as("%s", r).hasSize(1);
    assertThat(r.err())
        .contains(alice.toString())
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(alice)).isEqualTo(before);
  }

  @Test
  void collectOnAMissingSourceIsBadInput() throws Exception {
    Path missing = tmp.resolve("no-such-dir");
    ScelleProcess.Result r =
        ScelleProcess.run(
            tmp,
            "collect",
            tmp.resolve("c").toString(),
            "--host",
            "H",
            "--key",
            alice.toString(),
            missing.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(missing.toString()).doesNotContain("\tat ");
  }

  @Test
  void verifyOnANonVaultIsBadInput() throws Exception {
    Files.writeString(tmp.resolve("readme.txt"), "not a vault");
    ScelleProcess.Result r = ScelleProcess.inProcess("verify", tmp.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(tmp.toString()).doesNotContain("\tat ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    ScelleProcess.Result r = ScelleProcess.inProcess("--bogus");
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--bogus");
    ScelleProcess.Result sub = ScelleProcess.inProcess("verify", "--bogus", "x");
    assertThat(sub.exit()).as("%s", sub).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anUnknownTimeZoneIsAUsageErrorNamingTheValue() throws Exception {
    Path c = copyOfCase();
    List<List<String>> runs =
        List.of(
            List.of(
                "collect", tmp.resolve("new").toString(), "--host", "H", "--tz", "Mars/Olympus"),
            List.of("collect", c.toString(), "--host", "H", "--source-tz", "Mars/Olympus"),
            List.of("index", c.toString(), "--tz", "Mars/Olympus"));
    for (List<String> args : runs) {
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--key", alice.toString(), src.toString()));
      if (args.get(0).equals("index")) {
        all.remove(src.toString());
      }
      ScelleProcess.Result r = ScelleProcess.inProcess(all.toArray(String[]::new));
      assertThat(r.exit()).as("%s: %s", args, r).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .as("%s", args)
          .contains("'Mars/Olympus' is not a time zone", "Europe/Paris")
          .doesNotContain("internal error")
          .doesNotContain("\tat ");
    }
    assertThat(tmp.resolve("new")).doesNotExist();
  }

  @Test
  void aMalformedGlobIsRefusedBeforeAVaultIsCreated() {
    Path fresh = tmp.resolve("fresh");
    ScelleProcess.Result r =
        ScelleProcess.inProcess(
            "collect",
            fresh.toString(),
            "--host",
            "H",
            "--include",
            "[",
            "--key",
            alice.toString(),
            src.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("malformed glob");
    assertThat(fresh).doesNotExist();
  }

  @Test
  void indexThreadsBelowOneIsAUsageError() throws Exception {
    Path c = copyOfCase();
    for (String n : List.of("0", "-2")) {
      ScelleProcess.Result r =
          ScelleProcess.inProcess("index", c.toString(), "--threads", n, "--key", alice.toString());
      assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("--threads must be at least 1 (got " + n + ")");
    }
    assertThat(c.resolve("index")).doesNotExist();
  }

  @Test
  void noSubcommandIsAUsageError() {
    ScelleProcess.Result r = ScelleProcess.inProcess();
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void versionAndHelp() {
    ScelleProcess.Result v = ScelleProcess.inProcess("--version");
    assertThat(v.exit()).as("%s", v).isZero();
    assertThat(v.out()).startsWith("scelle ");
    ScelleProcess.Result h = ScelleProcess.inProcess("--help");
    assertThat(h.exit()).as("%s", h).isZero();
    assertThat(h.out()).contains("collect", "verify", "custody", "Exit codes");
  }

  @Test
  void untouchedCopyVerifies() throws Exception {
    Path c = copyOfCase();
    ScelleProcess.Result r = ScelleProcess.inProcess("verify", c.toString());
    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).contains("INTACT");
  }

  @Test
  void oneAlteredByteOfAnItemFailsVerification() throws Exception {
    Path c = copyOfCase();
    JsonNode item = TestFiles.firstAcquired(c);
    String id = item.get("id").asText();
    String vaultPath = item.get("vault_path").asText();
    Path file = c.resolve(vaultPath);
    byte[] data = Files.readAllBytes(file);
    data[data.length / 2] ^= 0x01;
    Files.write(file, data);
    ScelleProcess.Result r = ScelleProcess.inProcess("verify", c.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(
            r.out()
                .lines()
                .filter(
                    l -> l.contains(id) && l.contains(vaultPath) && l.contains("content altered")))
        .as("%s", r)
        .isNotEmpty();
    assertThat(r.out()).doesNotContain("INTACT");
  }

  @Test
  void anEditedLedgerLineFailsVerificationNamingTheEntry() throws Exception {
    Path c = copyOfCase();
    Path ledger = c.resolve("scelle").resolve("custody.jsonl");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ledger));
    String line3 = lines.get(2);
    String edited = line3.replaceFirst("\"subject\":\"([^\"]*)\"", "\"subject\":\"$1-forged\"");
    assertThat(edited).isNotEqualTo(line3);
    lines.set(2, edited);
    Files.write(ledger, lines);
    ScelleProcess.Result r = ScelleProcess.inProcess("verify", c.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(r.out()).contains("entry 3");
  }

  @Test
  void aDeletedLedgerLineFailsVerification() throws Exception {
    Path c = copyOfCase();
    Path ledger = c.resolve("scelle").resolve("custody.jsonl");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ledger));
    lines.remove(2);
    Files.write(ledger, lines);
    ScelleProcess.Result r = ScelleProcess.inProcess("verify", c.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(r.out()).contains("custody.jsonl");
  }

  @Test
  void aSwappedCertificateFailsVerificationNamingTheFingerprint() throws Exception {
    Path c = copyOfCase();
    Path certs = c.resolve("scelle").resolve("certs");
    List<Path> pems;
    try (Stream<Path> s = Files.list(certs)) {
      pems = s.toList();
    }
    assertThat(pems).hasSize(1);
    Path aliceCert = pems.get(0);
    String fingerprint = aliceCert.getFileName().toString().replace(".pem", "");
    // Bob's certificate: let a copy of the vault record him through a note, and take his PEM.
    Path other = tmp.resolve("other");
    TestFiles.copyTree(base, other);
    ScelleProcess.Result note =
        ScelleProcess.run(
            tmp, "custody", other.toString(), "note", "bob was here", "--key", bob.toString());
    assertThat(note.exit()).as("%s", note).isZero();
    Path bobCert;
    try (Stream<Path> s = Files.list(other.resolve("scelle").resolve("certs"))) {
      bobCert =
          s.filter(p -> !p.getFileName().toString().startsWith(fingerprint))
              .findFirst()
              .orElseThrow();
    }
    Files.copy(bobCert, aliceCert, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    ScelleProcess.Result r = ScelleProcess.inProcess("verify", c.toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(r.out()).contains(fingerprint);
  }

  @Test
  void transferThenReceiveKeepsTheVaultIntact() throws Exception {
    Path c = copyOfCase();
    ScelleProcess.Result t =
        ScelleProcess.run(
            tmp,
            "custody",
            c.toString(),
            "transfer",
            "--to",
            "Bob Durand",
            "--reason",
            "lab",
            "--key",
            alice.toString());
    assertThat(t.exit()).as("%s", t).isZero();
    ScelleProcess.Result rcv =
        ScelleProcess.run(tmp, "custody", c.toString(), "receive", "--key", bob.toString());
    assertThat(rcv.exit()).as("%s", rcv).isZero();
    assertThat(rcv.out()).contains("received by Bob Durand");
    ScelleProcess.Result v = ScelleProcess.inProcess("verify", c.toString());
    assertThat(v.exit()).as("%s", v).isZero();
    assertThat(v.out()).contains("INTACT");
  }

  @Test
  void receiveIsRefusedWhenAnItemWasAltered() throws Exception {
    Path c = copyOfCase();
    ScelleProcess.Result t =
        ScelleProcess.run(
            tmp,
            "custody",
            c.toString(),
            "transfer",
            "--to",
            "Bob Durand",
            "--key",
            alice.toString());
    assertThat(t.exit()).as("%s", t).isZero();
    Path file = c.resolve(TestFiles.firstAcquired(c).get("vault_path").asText());
    byte[] data = Files.readAllBytes(file);
    data[0] ^= 0x40;
    Files.write(file, data);
    Path ledger = c.resolve("scelle").resolve("custody.jsonl");
    List<String> before = Files.readAllLines(ledger);
    ScelleProcess.Result rcv =
        ScelleProcess.run(tmp, "custody", c.toString(), "receive", "--key", bob.toString());
    assertThat(rcv.exit()).as("%s", rcv).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(rcv.err()).contains("content altered").doesNotContain("\tat ");
    assertThat(Files.readAllLines(ledger)).isEqualTo(before);
    assertThat(String.join("\n", Files.readAllLines(ledger)))
        .doesNotContain("\"action\":\"received\"");
  }

  @Test
  void aNoteIsSignedIntoTheLedger() throws Exception {
    Path c = copyOfCase();
    ScelleProcess.Result n =
        ScelleProcess.run(
            tmp,
            "custody",
            c.toString(),
            "note",
            "photographed the server room",
            "--key",
            alice.toString());
    assertThat(n.exit()).as("%s", n).isZero();
    assertThat(n.out()).contains("note by Alice Martin");
    assertThat(Files.readString(c.resolve("scelle").resolve("custody.jsonl")))
        .contains("photographed the server room");
    assertThat(ScelleProcess.inProcess("verify", c.toString()).exit()).isZero();
  }
}
