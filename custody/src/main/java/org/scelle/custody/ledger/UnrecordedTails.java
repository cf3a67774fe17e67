package org.scelle.custody.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.vault.Vault;

/**
 * The tails kept in {@link Vault#interruptedDir()} that no {@code interrupted-append-cut} note of
 * the ledger records: a writer cut them off, then stopped before its first append could record the
 * cut. Each is described again from its keep file (named {@code <file>.<offset>[.<n>].tail} by
 * {@link JsonLines#cutTail}), so that the next append records it. Stateless.
 */
final class UnrecordedTails {
  private UnrecordedTails() {}

  /**
   * The keep files whose vault-relative path is not in {@code recorded}, in name order.
   *
   * @param recorded the {@code kept_as} paths the ledger's notes name
   */
  static List<JsonLines.Cut> find(Vault vault, Set<String> recorded) throws IOException {
    Path dir = vault.interruptedDir();
    List<JsonLines.Cut> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> kept;
    try (Stream<Path> files = Files.list(dir)) {
      kept = files.filter(p -> p.getFileName().toString().endsWith(".tail")).sorted().toList();
    }
    for (Path p : kept) {
      String rel = vault.root().relativize(p).toString().replace('\\', '/');
      if (!recorded.contains(rel)) {
        out.add(describe(vault, p));
      }
    }
    return out;
  }

  /** The cut a keep file holds: its source file and offset from its name, its size and SHA-256. */
  private static JsonLines.Cut describe(Vault vault, Path kept) throws IOException {
    String name = kept.getFileName().toString();
    String[] parts = name.substring(0, name.length() - ".tail".length()).split("\\.", -1);
    int last = parts.length - 1;
    if (last >= 2 && isNumber(parts[last]) && isNumber(parts[last - 1])) {
      last--; // <file>.<offset>.<n>
    }
    long offset = last >= 1 && isNumber(parts[last]) ? Long.parseLong(parts[last]) : -1;
    String source =
        String.join(".", java.util.Arrays.copyOf(parts, offset < 0 ? parts.length : last));
    MessageDigest sha = MultiDigest.sha256();
    long bytes = 0;
    try (InputStream in = Files.newInputStream(kept)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
        bytes += n;
      }
    }
    Path file = vault.ledgerFile().resolveSibling(source);
    return new JsonLines.Cut(file, offset, bytes, kept, Digests.hex(sha.digest()));
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
