package org.scelle.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The output directory: writes each file once, sets its last-modified time, and remembers what it
 * wrote. Paths are relative, with {@code /} separators. Not thread-safe.
 */
final class Tree {

  private final Path root;
  private final SortedMap<String, Long> sizes = new TreeMap<>();
  private final SortedMap<String, Instant> times = new TreeMap<>();

  Tree(Path root) {
    this.root = root;
  }

  /** {@code hosts/<host>/<path>}. */
  static String host(String host, String path) {
    return "hosts/" + host + "/" + path;
  }

  /**
   * Writes {@code data} to {@code rel}, creating parent directories, and sets its modification
   * time.
   *
   * @throws IllegalStateException if {@code rel} was already written or escapes the root
   * @throws IOException if the file cannot be written
   */
  void write(String rel, byte[] data, Instant modified) throws IOException {
    Path p = root.resolve(rel).normalize();
    if (!p.startsWith(root.normalize()) || rel.contains("\\")) {
      throw new IllegalStateException("path '" + rel + "' is not a relative path under " + root);
    }
    if (sizes.putIfAbsent(rel, (long) data.length) != null) {
      throw new IllegalStateException("path '" + rel + "' written twice");
    }
    Files.createDirectories(p.getParent());
    Files.write(p, data);
    Files.setLastModifiedTime(p, FileTime.from(modified));
    times.put(rel, modified);
  }

  /**
   * Writes {@code text} in UTF-8.
   *
   * @throws IllegalArgumentException if the text holds a carriage return (LF line endings only)
   */
  void text(String rel, String text, Instant modified) throws IOException {
    if (text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("text for '" + rel + "' holds a CR: LF line endings only");
    }
    write(rel, text.getBytes(StandardCharsets.UTF_8), modified);
  }

  /**
   * Writes {@code MTIMES.tsv}: each file written so far and its modification time (UTC), since git
   * does not keep modification times and the demo restores them before collecting.
   */
  void mtimes(String rel, Instant modified) throws IOException {
    StringBuilder sb =
        new StringBuilder(
            "# path\tmodified (UTC): restored by scelle demo, since git does not keep them\n");
    for (var e : times.entrySet()) {
      sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
    }
    text(rel, sb.toString(), modified);
  }

  /** Every file written so far and its size, sorted by path. */
  SortedMap<String, Long> files() {
    return Collections.unmodifiableSortedMap(sizes);
  }
}
