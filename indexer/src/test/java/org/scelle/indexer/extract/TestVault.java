package org.scelle.indexer.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.scelle.custody.digest.DigestingCopier;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
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
    Path target = vault.resolve(vaultPath);
    Files.createDirectories(target.getParent());
    var r = new DigestingCopier(1 << 16, Clock.systemUTC()).copy(src, target, null);
    Files.delete(src);
    seq++;
    ItemRecord rec =
        new ItemRecord(
            "SRV-FILE01-A-" + seq,
            "SRV-FILE01",
            "A",
            "all",
            "/" + name,
            null,
            vaultPath,
            r.size(),
            r.digests().md5(),
            r.digests().sha1(),
            r.digests().sha256(),
            new ItemRecord.Times(T, T, T, null),
            "Europe/Paris",
            "root:root",
            "0644",
            null,
            contentType,
            4.5,
            new ItemRecord.TriageInfo(
                verdict,
                verdict.equals("encrypted") ? List.of("known-extension:.Clop") : List.of()),
            null,
            new ItemRecord.Span(T, T),
            ItemStatus.ACQUIRED,
            null,
            null);
    new ItemStore(vault).append(List.of(rec));
    return rec;
  }

  Path newFile(String name) {
    return tmp.resolve("src-" + (seq + 1) + "-" + name);
  }
}
