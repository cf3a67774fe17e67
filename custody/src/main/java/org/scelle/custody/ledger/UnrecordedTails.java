package org.scelle.custody.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.vault.BagFiles;
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
    JsonLines.KeptName name = JsonLines.KeptName.of(kept);
    return new JsonLines.Cut(
        vault.ledgerFile().resolveSibling(name.file()),
        name.offset(),
        Files.size(kept),
        kept,
        BagFiles.sha256(kept));
  }
}
