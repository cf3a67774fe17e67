package org.scelle.custody.finding;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;

/**
 * Reads and writes {@code scelle/findings.jsonl}. A run of one kind (for example a hunt) replaces
 * the findings of that kind and keeps the others, so running it again with the same inputs gives
 * the same file. Writes are atomic (temporary file, then move). Callers hold the vault lock.
 */
public final class FindingStore {
  private final Path file;

  public FindingStore(Vault vault) {
    this.file = vault.findingsFile();
  }

  /** Every finding, in file order. */
  public List<Finding> readAll() throws IOException {
    List<Finding> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        try {
          out.add(Json.mapper().readValue(line, Finding.class));
        } catch (JsonProcessingException e) {
          throw new IOException(file + ":" + n + ": invalid finding: " + e.getOriginalMessage());
        }
      }
    } catch (NoSuchFileException e) {
      return out;
    }
    return out;
  }

  /** Replaces the findings of {@code kind} with {@code findings}, keeping the other kinds first. */
  public void replaceKind(String kind, List<Finding> findings) throws IOException {
    List<Finding> keep = new ArrayList<>();
    for (Finding f : readAll()) {
      if (!f.kind().equals(kind)) {
        keep.add(f);
      }
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Finding f : keep) {
        w.write(Json.mapper().writeValueAsString(f));
        w.write('\n');
      }
      for (Finding f : findings) {
        if (!f.kind().equals(kind)) {
          throw new IllegalArgumentException(
              "finding " + f.id() + " is of kind " + f.kind() + ", not " + kind);
        }
        w.write(Json.mapper().writeValueAsString(f));
        w.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
