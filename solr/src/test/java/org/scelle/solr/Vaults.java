package org.scelle.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.testing.TestItems;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

/** Vaults holding given files as acquired items (without the collector), for the tests. */
final class Vaults {
  private Vaults() {}

  /** A file to acquire, as found on {@code host}. */
  record Source(String host, Path file, String sourcePath) {}

  /**
   * Creates a vault at {@code root} holding {@code sources} as items {@code <host>-<n>}; two calls
   * with the same sources give vaults with the same items.
   */
  static Vault of(Path root, List<Source> sources) throws Exception {
    Vault vault =
        Vault.create(
            root,
            new CaseInfo("C", "t", "o", "Europe/Paris", "dev", "2019-11-16T00:00:00Z"),
            Clock.systemUTC());
    List<ItemRecord> items = new ArrayList<>();
    String t = "2019-11-15T18:00:00Z";
    int n = 0;
    for (Source s : sources) {
      n++;
      String name = s.file().getFileName().toString().toLowerCase(Locale.ROOT);
      boolean text = name.endsWith(".log") || name.endsWith(".txt") || name.endsWith(".csv");
      items.add(
          TestItems.acquiredFile(s.host() + "-" + n, s.host(), "C", t)
              .sourcePath(s.sourcePath())
              .contentType(text ? "text/plain" : "application/octet-stream")
              .copiedInto(
                  vault, s.file(), "data/" + s.host() + "/C/" + n + "/" + s.file().getFileName())
              .build());
    }
    new ItemStore(vault).append(items);
    return vault;
  }

  /** Every file under {@code samples/incident/hosts}, each on its host, in path order. */
  static List<Source> incident(Path hostsDir) throws Exception {
    List<Source> out = new ArrayList<>();
    try (var files = Files.walk(hostsDir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Path rel = hostsDir.relativize(f);
        String host = rel.getName(0).toString();
        out.add(new Source(host, f, "/" + rel.subpath(1, rel.getNameCount())));
      }
    }
    return out;
  }
}
