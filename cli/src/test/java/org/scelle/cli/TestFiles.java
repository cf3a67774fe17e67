package org.scelle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Generated source trees, digests and vault records for the CLI tests. */
final class TestFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestFiles() {}

  /**
   * Writes {@code count} files of {@code minBytes..maxBytes} random bytes in nested directories.
   */
  static List<Path> smallTree(Path root, Random random, int count, int minBytes, int maxBytes)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path dir = root.resolve("d" + (i % 30)).resolve("s" + (i % 7));
      Files.createDirectories(dir);
      byte[] data = new byte[minBytes + random.nextInt(maxBytes - minBytes + 1)];
      random.nextBytes(data);
      Path f = dir.resolve("f" + i + (i % 3 == 0 ? ".txt" : ".bin"));
      Files.write(f, data);
      files.add(f);
    }
    return files;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static List<Path> regularFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    }
  }

  static String digest(String algorithm, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The records of {@code CASE/scelle/items.jsonl}, one JSON object a line. */
  static List<JsonNode> items(Path caseDir) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    for (String line : Files.readAllLines(caseDir.resolve("scelle").resolve("items.jsonl"))) {
      if (!line.isBlank()) {
        items.add(MAPPER.readTree(line));
      }
    }
    return items;
  }

  /** The entries of {@code CASE/scelle/custody.jsonl}, in order. */
  static List<JsonNode> ledger(Path caseDir) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    for (String line : Files.readAllLines(caseDir.resolve("scelle").resolve("custody.jsonl"))) {
      if (!line.isBlank()) {
        entries.add(MAPPER.readTree(line));
      }
    }
    return entries;
  }

  /** The ledger entries whose action is {@code action}, e.g. {@code sealed}, in order. */
  static List<JsonNode> ledger(Path caseDir, String action) throws IOException {
    return ledger(caseDir).stream().filter(e -> action.equals(e.path("action").asText())).toList();
  }

  /** The vault path of the first acquired item, e.g. {@code data/H/.../f1.bin}. */
  static JsonNode firstAcquired(Path caseDir) throws IOException {
    return items(caseDir).stream()
        .filter(n -> "acquired".equals(n.path("status").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no acquired item in " + caseDir));
  }

  /**
   * The records of an RFC 4180 CSV file (quoted fields may hold commas, quotes and line breaks).
   */
  static List<List<String>> csv(Path file) throws IOException {
    String text = Files.readString(file);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) {
      throw new AssertionError(file + ": does not end with a complete CRLF-terminated record");
    }
    return rows;
  }
}
