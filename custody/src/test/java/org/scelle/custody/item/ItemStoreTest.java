package org.scelle.custody.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.testing.TestItems;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

/** {@link ItemStore#forEachAcquired} reads what {@link ItemStore#forEach} reads, field by field. */
class ItemStoreTest {
  @TempDir Path tmp;
  Vault vault;

  @BeforeEach
  void records() throws Exception {
    vault =
        Vault.create(
            tmp.resolve("case"),
            new CaseInfo("CHU-2019-11", "t", "o", "Europe/Paris", "dev", "2019-11-15T19:45:00Z"),
            Clock.systemUTC());
    new ItemStore(vault)
        .append(
            List.of(
                record("H-2", ItemStatus.ACQUIRED, "b".repeat(64)),
                record("H-1", ItemStatus.SKIPPED, null),
                record("H-3", ItemStatus.ACQUIRED, "c".repeat(64))));
  }

  private static ItemRecord record(String id, ItemStatus status, String sha256) {
    TestItems r = TestItems.record(id, status).sourcePath("/src/" + id).size(1);
    return sha256 == null
        ? r.reason("fifo").build()
        : r.vaultPath("data/H/" + id).sha256(sha256).build();
  }

  @Test
  void theIdsAndHashesOfTheAcquiredRecordsInFileOrder() throws Exception {
    List<String> fast = new ArrayList<>();
    new ItemStore(vault).forEachAcquired((id, sha) -> fast.add(id + " " + sha));
    List<String> full = new ArrayList<>();
    new ItemStore(vault)
        .forEach(
            r -> {
              if (r.status() == ItemStatus.ACQUIRED) {
                full.add(r.id() + " " + r.sha256());
              }
            });
    assertThat(fast)
        .isEqualTo(full)
        .containsExactly("H-2 " + "b".repeat(64), "H-3 " + "c".repeat(64));
  }

  @Test
  void anAcquiredRecordWithoutItsHashIsNamedByLine() throws Exception {
    Files.writeString(
        vault.itemsFile(),
        "{\"id\":\"H-4\",\"host\":\"H\",\"status\":\"acquired\"}\n",
        StandardOpenOption.APPEND);
    assertThatThrownBy(() -> new ItemStore(vault).forEachAcquired((id, sha) -> {}))
        .isInstanceOf(JsonLines.MalformedLineException.class)
        .hasMessageContaining("items.jsonl:4:")
        .hasMessageContaining("needs an id and a sha256");
  }
}
