package org.scelle.indexer.hunt;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;

/**
 * Keeps in the vault ({@code scelle/feeds/}) a copy of each indicator feed the last hunt used, so
 * that the findings can be traced to the exact feed bytes and the dossier can annex them. Each hunt
 * replaces the previous copies; the ledger's {@code hunted} entries keep every feed's SHA-256.
 * Callers hold the vault lock.
 */
final class FeedCopies {
  private FeedCopies() {}

  /**
   * Replaces the feed copies with {@code files}, whose loaded forms are {@code feeds} (same order).
   *
   * @return the vault-relative path of each copy, in order
   * @throws IOException when a feed file changed between loading and copying
   */
  static List<String> replace(Vault vault, List<Path> files, List<Feed> feeds) throws IOException {
    Path dir = vault.feedsDir();
    Files.createDirectories(dir);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir)) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    List<String> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      Feed feed = feeds.get(i);
      String name = unique(feed.file(), used);
      Path copy = dir.resolve(name);
      Path tmp = dir.resolve(name + ".tmp");
      Files.copy(files.get(i), tmp, StandardCopyOption.REPLACE_EXISTING);
      String sha = BagFiles.sha256(tmp);
      if (!sha.equals(feed.sha256())) {
        Files.delete(tmp);
        throw new IOException(
            files.get(i)
                + ": the feed changed while hunting (SHA-256 "
                + sha
                + ", loaded as "
                + feed.sha256()
                + ")");
      }
      Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE);
      out.add(vault.root().relativize(copy).toString().replace('\\', '/'));
    }
    return out;
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      int dot = name.lastIndexOf('.');
      candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
    return candidate;
  }
}
