package org.scelle.indexer.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.testing.TestItems;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

/** A real vault for tests, with items copied in as the collector would (hashed in the copy). */
final class TestVault {
  static final String T = "2019-11-15T19:00:00Z";
  final Vault vault;
  private final Path tmp;
  private int seq;

  TestVault(Path tmp) throws Exception {
    this.tmp = tmp;
    this.vault =
        Vault.create(
            tmp.resolve("case"),
            new CaseInfo("C", "t", "o", "Europe/Paris", "dev", "2019-11-15T18:45:00Z"),
            Clock.systemUTC());
  }

  /** Adds {@code content} as an acquired item of host SRV-FILE01. */
  ItemRecord add(String name, byte[] content, String contentType, String verdict) throws Exception {
    Path src = tmp.resolve("src-" + (seq + 1) + "-" + name);
    Files.write(src, content);
    return add(name, src, contentType, verdict);
  }

  /** Adds the file {@code src} (then deleted) as an acquired item of host SRV-FILE01. */
  ItemRecord add(String name, Path src, String contentType, String verdict) throws Exception {
    String vaultPath = "data/SRV-FILE01/A/" + (seq + 1) + "/" + name;
    TestItems item =
        TestItems.acquiredFile("SRV-FILE01-A-" + (seq + 1), "SRV-FILE01", "A", T)
            .sourcePath("/" + name)
            .contentType(contentType)
            .triage(
                verdict, verdict.equals("encrypted") ? List.of("known-extension:.Clop") : List.of())
            .copiedInto(vault, src, vaultPath);
    Files.delete(src);
    seq++;
    return item.appendTo(vault);
  }

  Path newFile(String name) {
    return tmp.resolve("src-" + (seq + 1) + "-" + name);
  }
}
