package org.scelle.custody.ledger;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.json.JsonLines;
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

  @Test
  void anInterruptedAppendIsCutKeptAndRecordedByTheNextWriter() throws Exception {
    byte[] before = Files.readAllBytes(vault.ledgerFile());
    byte[] torn = interruptInsideSecondLineOfABatch();
    Ledger reopened = Ledger.open(vault, Clock.systemUTC());
    assertThat(reopened.lastSeq()).isEqualTo(5);
    assertThat(Files.readAllBytes(vault.ledgerFile())).isEqualTo(before);
    JsonLines.Cut cut = reopened.interruptedTail().orElseThrow();
    assertThat(cut.offset()).isEqualTo(before.length);
    assertThat(cut.bytes()).isEqualTo(torn.length);
    assertThat(Files.readAllBytes(cut.keptAs())).isEqualTo(torn);
    assertThat(cut.keptAs().getParent()).isEqualTo(vault.interruptedDir());

    LedgerEntry mine =
        reopened.append(
            bob, Action.NOTE, "", JsonNodeFactory.instance.objectNode().put("text", "resumed"));
    assertThat(mine.seq()).isEqualTo(7);
    assertThat(mine.details().path("text").asText()).isEqualTo("resumed");
    List<String> l = lines();
    assertThat(l).hasSize(7);
    assertThat(l.get(5))
        .contains("\"event\":\"interrupted-append-cut\"")
        .contains("\"kept_as\":\"scelle/interrupted/custody.jsonl." + before.length + ".tail\"")
        .contains("\"bytes\":" + torn.length);
    assertThat(verify()).isEmpty();
    assertThat(Ledger.open(vault, Clock.systemUTC()).interruptedTail()).isEmpty();
  }

  /**
   * Appends a batch of three entries, then leaves the ledger as a kill during that append would:
   * the batch's first line whole and 40 bytes of its second, and the signed head of before the
   * batch (the head is written once the batch is durable).
   *
   * @return the bytes of the batch left in the ledger
   */
  private byte[] interruptInsideSecondLineOfABatch() throws Exception {
    byte[] before = Files.readAllBytes(vault.ledgerFile());
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      drafts.add(new Ledger.Draft(Action.ACQUIRED, "torn-" + i, null));
    }
    byte[] head = Files.readAllBytes(vault.ledgerHeadFile());
    Ledger.open(vault, Clock.systemUTC()).append(alice, drafts);
    byte[] after = Files.readAllBytes(vault.ledgerFile());
    int firstEnd = before.length;
    while (after[firstEnd] != '\n') {
      firstEnd++;
    }
    int keep = firstEnd + 1 + 40 - before.length;
    Files.write(vault.ledgerFile(), Arrays.copyOf(after, before.length + keep));
    Files.write(vault.ledgerHeadFile(), head);
    return Arrays.copyOfRange(after, before.length, before.length + keep);
  }

  @Test
  void unsignedWholeLinesOfAnInterruptedBatchAreCutToo() throws Exception {
    byte[] before = Files.readAllBytes(vault.ledgerFile());
    byte[] head = Files.readAllBytes(vault.ledgerHeadFile());
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      drafts.add(new Ledger.Draft(Action.ACQUIRED, "torn-" + i, null));
    }
    Ledger.open(vault, Clock.systemUTC()).append(alice, drafts);
    List<String> l = lines();
    write(l.subList(0, l.size() - 1)); // two whole, unsigned entries of the batch remain
    Files.write(vault.ledgerHeadFile(), head);
    Ledger reopened = Ledger.open(vault, Clock.systemUTC());
    assertThat(reopened.lastSeq()).isEqualTo(5);
    assertThat(Files.readAllBytes(vault.ledgerFile())).isEqualTo(before);
    reopened.append(alice, Action.NOTE, "", null);
    assertThat(verify()).isEmpty();
  }

  @Test
  void aWholeBatchWrittenBeforeItsHeadIsKept() throws Exception {
    byte[] head = Files.readAllBytes(vault.ledgerHeadFile());
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      drafts.add(new Ledger.Draft(Action.ACQUIRED, "whole-" + i, null));
    }
    Ledger.open(vault, Clock.systemUTC()).append(alice, drafts);
    Files.write(vault.ledgerHeadFile(), head); // killed after the batch, before the new head
    Ledger reopened = Ledger.open(vault, Clock.systemUTC());
    assertThat(reopened.lastSeq()).isEqualTo(8);
    assertThat(reopened.interruptedTail()).isEmpty();
    reopened.append(alice, Action.NOTE, "", null);
    assertThat(verify()).isEmpty();
  }

  @Test
  void aTailTheSignedHeadCountsAsCommittedIsNotCut() throws Exception {
    List<String> l = lines();
    byte[] whole = Files.readAllBytes(vault.ledgerFile());
    write(l.subList(0, 4));
    Files.write(vault.ledgerFile(), "{\"seq\":5,".getBytes(StandardCharsets.UTF_8), APPEND);
    assertThatThrownBy(() -> Ledger.open(vault, Clock.systemUTC()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("signed head (custody.head) counts 5 entries")
        .hasMessageContaining("last signed entry is 4");
    assertThat(Files.size(vault.ledgerFile())).isLessThan(whole.length);
    assertThat(vault.interruptedDir()).doesNotExist();
  }

  private List<String> cutNotesKeptAs() throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : lines()) {
      com.fasterxml.jackson.databind.JsonNode d =
          org.scelle.custody.json.Json.mapper().readTree(line).path("details");
      if (d.path("event").asText().equals("interrupted-append-cut")) {
        out.add(d.path("kept_as").asText());
      }
    }
    return out;
  }

  @Test
  void aCutWhoseWriterStoppedBeforeAppendingIsRecordedByTheNextAppend() throws Exception {
    byte[] before = Files.readAllBytes(vault.ledgerFile());
    byte[] torn = interruptInsideSecondLineOfABatch();
    Ledger.open(vault, Clock.systemUTC()); // cuts the tail, then its writer stops
    String kept = "scelle/interrupted/custody.jsonl." + before.length + ".tail";
    assertThat(vault.root().resolve(kept)).hasBinaryContent(torn);

    Ledger next = Ledger.open(vault, Clock.systemUTC());
    assertThat(next.interruptedTail()).isEmpty(); // nothing left to cut...
    LedgerEntry mine = next.append(bob, Action.NOTE, "", null);
    assertThat(mine.seq()).isEqualTo(7); // ...but the earlier cut is recorded first, as seq 6
    assertThat(cutNotesKeptAs()).containsExactly(kept);
    assertThat(lines().get(5))
        .contains("\"bytes\":" + torn.length)
        .contains("\"offset\":" + before.length);
    assertThat(verify()).isEmpty();
    Ledger.open(vault, Clock.systemUTC()).append(bob, Action.NOTE, "", null);
    assertThat(cutNotesKeptAs()).containsExactly(kept);
  }

  @Test
  void anItemsTailCutWithoutAnAppendIsRecordedByTheNextAppend() throws Exception {
    Files.writeString(vault.itemsFile(), "{\"id\":\"torn", StandardOpenOption.APPEND);
    JsonLines.Cut cut =
        new org.scelle.custody.item.ItemStore(vault).cutInterruptedTail().orElseThrow();
    Ledger.open(vault, Clock.systemUTC()).append(bob, Action.NOTE, "", null);
    assertThat(cutNotesKeptAs()).containsExactly("scelle/interrupted/items.jsonl.0.tail");
    assertThat(lines().get(5))
        .contains("\"file\":\"scelle/items.jsonl\"")
        .contains("\"sha256\":\"" + cut.sha256() + "\"");
    assertThat(verify()).isEmpty();
  }

  @Test
  void aNoteInACutTailRecordsNothing() throws Exception {
    Files.writeString(vault.itemsFile(), "{\"id\":\"torn", StandardOpenOption.APPEND);
    new org.scelle.custody.item.ItemStore(vault).cutInterruptedTail().orElseThrow();
    // the next writer's batch (its note of the items cut, then two entries) is torn by a kill
    byte[] head = Files.readAllBytes(vault.ledgerHeadFile());
    long before = Files.size(vault.ledgerFile());
    Ledger.open(vault, Clock.systemUTC())
        .append(
            alice,
            List.of(
                new Ledger.Draft(Action.ACQUIRED, "torn-0", null),
                new Ledger.Draft(Action.ACQUIRED, "torn-1", null)));
    List<String> l = lines();
    assertThat(l.get(5)).contains("interrupted-append-cut");
    write(l.subList(0, 7)); // the note and torn-0, unsigned; torn-1 lost
    Files.write(vault.ledgerHeadFile(), head);

    Ledger.open(vault, Clock.systemUTC()).append(bob, Action.NOTE, "", null);
    assertThat(cutNotesKeptAs())
        .containsExactly(
            "scelle/interrupted/items.jsonl.0.tail",
            "scelle/interrupted/custody.jsonl." + before + ".tail");
    assertThat(verify()).isEmpty();
  }
}
