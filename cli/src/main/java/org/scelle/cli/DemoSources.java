package org.scelle.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Stages the sample incident's hosts for the demo as they would be found on the machines: a copy
 * under the demo directory with each file's modification time restored from the incident's {@code
 * MTIMES.tsv} (git does not keep modification times, and a log's year, a detonation time and the
 * timeline depend on them). The samples themselves are never written.
 */
final class DemoSources {
  private DemoSources() {}

  /** Copies {@code incident/hosts} to {@code target/hosts} with the recorded times; returns it. */
  static Path stage(Path incident, Path target) throws IOException {
    Map<String, Instant> times = times(incident.resolve("MTIMES.tsv"));
    Path from = incident.resolve("hosts");
    Path to = target.resolve("hosts");
    List<Path> files;
    try (Stream<Path> s = Files.walk(from)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String rel = incident.relativize(f).toString().replace('\\', '/');
      Path dest = target.resolve(rel);
      Files.createDirectories(dest.getParent());
      Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
      Instant t = times.get(rel);
      if (t != null) {
        Files.setLastModifiedTime(dest, FileTime.from(t));
      }
    }
    return to;
  }

  private static Map<String, Instant> times(Path tsv) throws IOException {
    Map<String, Instant> out = new HashMap<>();
    if (!Files.isRegularFile(tsv)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        try {
          out.put(line.substring(0, tab), Instant.parse(line.substring(tab + 1)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
          throw new IOException(tsv + ":" + n + ": not '<path> TAB <UTC time>'");
        }
      }
    }
    return out;
  }
}
