package org.scelle.samples;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Writes the synthetic incident: hosts with logs, EVTX files, documents, encrypted copies, ransom
 * notes and backups, then the IOC feeds, the complaint, {@code LICENSES.md} and {@code README.md}.
 *
 * <p>Deterministic: the same seed and the same shared data give byte-identical files and the same
 * modification times. Not thread-safe on one output directory.
 */
public final class IncidentGenerator {

  private IncidentGenerator() {}

  /** When the IOC feeds, the complaint and the README were "written". */
  static final Instant PUBLISHED = Instant.parse("2019-11-18T09:00:00Z");

  /**
   * Generates the incident with {@link Scenario#DEFAULT_SEED}.
   *
   * @see #generate(Path, Path, long)
   */
  public static SortedMap<String, Long> generate(Path outDir, Path sharedData) throws IOException {
    return generate(outDir, sharedData, Scenario.DEFAULT_SEED);
  }

  /**
   * Generates the incident into {@code outDir}, which must be absent or empty, reading the EVTX
   * recordings from {@code sharedData/mdecrevoisier-EVTX-to-MITRE-Attack}.
   *
   * @return every file written (relative path with {@code /}) and its size, sorted by path
   * @throws FileAlreadyExistsException if {@code outDir} exists and is not an empty directory
   * @throws IOException if a shared file is missing or a file cannot be written
   */
  public static SortedMap<String, Long> generate(Path outDir, Path sharedData, long seed)
      throws IOException {
    if (Files.exists(outDir)) {
      boolean empty;
      try (Stream<Path> s = Files.list(outDir)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty) {
        throw new FileAlreadyExistsException(
            outDir.toString(), null, "output directory is not empty");
      }
    }
    Files.createDirectories(outDir);
    Tree tree = new Tree(outDir);
    Derivation d = new Derivation(seed);
    Indicators ioc = Indicators.of(d);
    FileShares.write(tree, d, ioc);
    EventLogs.write(tree, sharedData);
    ScheduledTasks.write(tree, ioc);
    FirewallLog.write(tree, d, ioc);
    ProxyLog.write(tree, d, ioc);
    RelaySyslog.write(tree, d, ioc);
    VpnLog.write(tree, d, ioc);
    WebLog.write(tree, d, ioc);
    EndpointAgentLog.write(tree, d, ioc);
    List<IocList.Entry> iocs = IocList.entries(d, ioc);
    StixFeed.write(tree, d, ioc, iocs, PUBLISHED);
    CsvFeed.write(tree, iocs, PUBLISHED);
    Complaint.write(tree, ioc, PUBLISHED);
    Readme.licenses(tree, PUBLISHED);
    Readme.readme(tree, seed, ioc, iocs, PUBLISHED);
    tree.mtimes("MTIMES.tsv", PUBLISHED);
    return tree.files();
  }

  /**
   * {@code IncidentGenerator <outDir> <sharedData> [seed]}: generates into an empty directory and
   * prints the number of files and bytes.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      throw new IllegalArgumentException(
          "usage: IncidentGenerator <outDir> <sharedData> [seed]; got "
              + args.length
              + " arguments");
    }
    long seed = args.length == 3 ? Long.parseLong(args[2]) : Scenario.DEFAULT_SEED;
    SortedMap<String, Long> files = generate(Path.of(args[0]), Path.of(args[1]), seed);
    long bytes = files.values().stream().mapToLong(Long::longValue).sum();
    System.out.println(files.size() + " files, " + bytes + " bytes written to " + args[0]);
  }
}
