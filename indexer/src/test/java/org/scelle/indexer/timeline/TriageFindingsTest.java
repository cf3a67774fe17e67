package org.scelle.indexer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.testing.TestItems;

class TriageFindingsTest {
  static ItemRecord item(String id, String host, String path, String verdict, String modified) {
    return TestItems.record(id, ItemStatus.ACQUIRED)
        .host(host)
        .sourcePath(path)
        .vaultPath("data/" + host + path)
        .size(1)
        .sha256("ab".repeat(32))
        .times(new ItemRecord.Times(modified, modified, modified, null))
        .sourceTz("Europe/Paris")
        .triage(verdict, List.of("reason:" + id))
        .build();
  }

  @Test
  void oneFindingPerVerdictAndTheFirstEncryptedFileIsTheDetonation() {
    List<ItemRecord> items =
        List.of(
            item("b2", "B", "/late.docx.Clop", "encrypted", "2019-11-15T21:30:00Z"),
            item("a1", "A", "/x.Clop", "encrypted", "2019-11-15T20:10:00+01:00"),
            item("b1", "B", "/early.xlsx.Clop", "encrypted", "2019-11-15T21:05:00Z"),
            item("b3", "B", "/ClopReadMe.txt", "ransom-note", "2019-11-15T21:00:00Z"),
            item("c1", "C", "/only-a-note.txt", "ransom-note", "2019-11-15T22:00:00Z"),
            item("d1", "D", "/clean.log", "clean", "2019-11-15T22:00:00Z"));
    List<Finding> f = TriageFindings.of(items);
    assertThat(f)
        .extracting(x -> x.host() + " " + x.rule().id() + " " + x.value() + " " + x.time())
        .containsExactly(
            "A triage:detonation /x.Clop 2019-11-15T19:10:00Z",
            "A triage:encrypted /x.Clop 2019-11-15T19:10:00Z",
            "B triage:detonation /early.xlsx.Clop 2019-11-15T21:05:00Z",
            "B triage:ransom-note /ClopReadMe.txt 2019-11-15T21:00:00Z",
            "B triage:encrypted /early.xlsx.Clop 2019-11-15T21:05:00Z",
            "B triage:encrypted /late.docx.Clop 2019-11-15T21:30:00Z",
            "C triage:ransom-note /only-a-note.txt 2019-11-15T22:00:00Z");
    assertThat(f).allSatisfy(x -> assertThat(x.kind()).isEqualTo("triage"));
    assertThat(f).allSatisfy(x -> assertThat(x.rule().level()).isEqualTo("high"));
    Finding enc = f.get(1);
    assertThat(enc.evidence()).containsExactly(new Finding.Evidence("a1", "ab".repeat(32), "file"));
    assertThat(enc.rule().tags()).containsExactly("reason:a1");
    assertThat(f.get(2).rule().tags()).containsExactly("encrypted-files:2");
    assertThat(TriageFindings.of(items)).isEqualTo(f);
    assertThat(f).extracting(Finding::id).doesNotHaveDuplicates();
  }
}
