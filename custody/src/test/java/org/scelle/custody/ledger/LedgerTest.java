package org.scelle.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

class LedgerTest {
  @TempDir Path tmp;
  Vault vault;
  TestIdentity alice = TestIdentity.create("Alice Martin", "analyst");
  TestIdentity bob = TestIdentity.create("Bob Durand", "investigator");

  @BeforeEach
  void fiveEntries() throws Exception {
    vault =
        Vault.create(
            tmp.resolve("case"),
            new CaseInfo("CHU-2019-11", "t", "o", "Europe/Paris", "dev", "2019-11-15T19:45:00Z"),
            Clock.systemUTC());
    Ledger ledger = Ledger.open(vault, Clock.systemUTC());
    ledger.append(alice, Action.CASE_CREATED, "CHU-2019-11", null);
    for (int i = 1; i <= 3; i++) {
      var d = JsonNodeFactory.instance.objectNode().put("size", i * 100).put("name", "é\n\"x\"");
      ledger.append(alice, Action.ACQUIRED, "item-" + i, d);
    }
    ledger.append(bob, Action.RECEIVED, "CHU-2019-11", null);
  }

  private List<LedgerProblem> verify() throws Exception {
    return LedgerVerifier.verify(vault, e -> {}).problems();
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(vault.ledgerFile(), StandardCharsets.UTF_8));
  }

  private void write(List<String> lines) throws Exception {
    Files.write(vault.ledgerFile(), lines, StandardCharsets.UTF_8);
  }

  @Test
  void intactLedgerVerifiesAndReopensAtItsHead() throws Exception {
    assertThat(verify()).isEmpty();
    Ledger reopened = Ledger.open(vault, Clock.systemUTC());
    assertThat(reopened.lastSeq()).isEqualTo(5);
    reopened.append(bob, Action.NOTE, "", JsonNodeFactory.instance.objectNode().put("text", "ok"));
    assertThat(verify()).isEmpty();
  }

  @Test
  void editedEntryIsLocated() throws Exception {
    List<String> l = lines();
    l.set(2, l.get(2).replace("item-2", "item-9"));
    write(l);
    List<LedgerProblem> p = verify();
    assertThat(p.get(0).line()).isEqualTo(3);
    assertThat(p.get(0).what()).contains("signature does not verify");
    assertThat(p).anyMatch(x -> x.line() == 4 && x.what().contains("prev_sha256"));
  }

  @Test
  void deletedEntryIsLocated() throws Exception {
    List<String> l = lines();
    l.remove(1);
    write(l);
    List<LedgerProblem> p = verify();
    assertThat(p.get(0).line()).isEqualTo(2);
    assertThat(p.get(0).what()).contains("sequence number 3 where 2 was expected");
  }

  @Test
  void reorderedEntriesAreLocated() throws Exception {
    List<String> l = lines();
    Collections.swap(l, 1, 2);
    write(l);
    assertThat(verify().get(0).line()).isEqualTo(2);
  }

  @Test
  void truncationIsDetectedThroughTheSignedHead() throws Exception {
    List<String> l = lines();
    write(l.subList(0, 3));
    List<LedgerProblem> p = verify();
    assertThat(p)
        .singleElement()
        .satisfies(x -> assertThat(x.what()).contains("custody.head").contains("ends at entry 3"));
  }

  @Test
  void swappedCertificateIsDetected() throws Exception {
    Path aliceCert = vault.certsDir().resolve(alice.fingerprint() + ".pem");
    Files.writeString(
        aliceCert, CertStore.pem(TestIdentity.create("Alice Martin", "analyst").certificate()));
    List<LedgerProblem> p = verify();
    assertThat(p.get(0).line()).isEqualTo(1);
    assertThat(p.get(0).what()).contains("does not match its fingerprint");
  }

  @Test
  void aBatchIsSignedOnceAndCoversItsEntries() throws Exception {
    Ledger ledger = Ledger.open(vault, Clock.systemUTC());
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      drafts.add(
          new Ledger.Draft(
              Action.ACQUIRED, "batch-" + i, JsonNodeFactory.instance.objectNode().put("n", i)));
    }
    List<LedgerEntry> written = ledger.append(alice, drafts);
    assertThat(written.subList(0, 4)).allMatch(e -> e.signature() == null);
    assertThat(written.get(4).signature()).isNotNull();
    assertThat(verify()).isEmpty();
    // Alter an unsigned entry in the middle of the batch (line 8): located there.
    List<String> l = lines();
    l.set(7, l.get(7).replace("batch-2", "batch-9"));
    write(l);
    List<LedgerProblem> p = verify();
    assertThat(p.get(0).line()).isEqualTo(8);
    assertThat(p.get(0).what()).contains("altered");
  }

  @Test
  void aBatchCutBeforeItsSignatureIsDetected() throws Exception {
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      drafts.add(new Ledger.Draft(Action.ACQUIRED, "b-" + i, null));
    }
    Ledger.open(vault, Clock.systemUTC()).append(alice, drafts);
    List<String> l = lines();
    write(l.subList(0, l.size() - 1));
    assertThat(verify()).anyMatch(x -> x.what().contains("not covered by any signature"));
  }

  @Test
  void removedHeadIsDetected() throws Exception {
    Files.delete(vault.ledgerHeadFile());
    assertThat(verify())
        .singleElement()
        .satisfies(x -> assertThat(x.what()).contains("custody.head: missing"));
  }
}
