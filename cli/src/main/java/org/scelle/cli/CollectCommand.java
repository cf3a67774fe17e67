package org.scelle.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scelle.collector.acquire.CollectRequest;
import org.scelle.collector.acquire.CollectSummary;
import org.scelle.collector.acquire.Collection;
import org.scelle.collector.target.TargetCatalog;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle collect}: acquire from local paths or mounted disks into a case vault. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Acquire files from local paths or mounted disks into the case vault (created when absent),"
          + " hashing, triaging and recording each item, then seal the run.",
      "Running the same command again after an interruption resumes the acquisition."
    })
final class CollectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", description = "The case vault directory.")
  Path caseDir;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "PATH",
      description = "Source directories or files (never written).")
  List<Path> sources;

  @Option(
      names = "--host",
      required = true,
      description = "Name of the host the sources come from.")
  String host;

  @Mixin KeyOptions key;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description = "A target set (repeatable): ${COMPLETION-CANDIDATES}. Default: every file.",
      completionCandidates = TargetNames.class)
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--targets-file",
      paramLabel = "FILE.yaml",
      description = "Extra target sets in the built-in YAML format.")
  Path targetsFile;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Also acquire paths matching GLOB (repeatable, case-insensitive).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Never acquire paths matching GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--samples",
      paramLabel = "N",
      description =
          "Keep a reproducible stratified sample of N encrypted files per host (the others are recorded as not sampled).")
  Integer samples;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      description = "Skip (and record) files larger than SIZE, e.g. 4G.")
  String maxBytes;

  @Option(
      names = "--follow-symlinks",
      description = "Follow symbolic links (loop-safe) instead of recording them.")
  boolean follow;

  @Option(
      names = "--source-tz",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "Time zone of the source host (default: the case's).")
  ZoneId sourceTz;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Copy threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--tsa",
      paramLabel = "URL",
      description = "RFC 3161 time-stamp authority for the seal.")
  URI tsa;

  @Option(
      names = "--case-id",
      description = "Case id when creating the vault (default: the directory name).")
  String caseId;

  @Option(names = "--title", description = "Case title when creating the vault.")
  String title;

  @Option(names = "--org", description = "Organisation when creating the vault.")
  String org;

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "Site time zone when creating the vault (default: this machine's).")
  ZoneId siteTz;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    // The key's decryption and the catalogues' parsing each take a few hundred milliseconds: side
    // by side on two cores they take the time of the longer.
    Thread preload = new Thread(Collection::preload, "scelle-preload");
    preload.setDaemon(true);
    preload.start();
    String zone = siteTz != null ? siteTz.getId() : ZoneId.systemDefault().getId();
    String id = caseId != null ? caseId : defaultCaseId(caseDir);
    CaseInfo info =
        new CaseInfo(id, title, org, zone, Vault.toolVersion(), Instant.now().toString());
    String srcTz =
        sourceTz != null
            ? sourceTz.getId()
            : Vault.exists(caseDir) ? Vault.open(caseDir).info().siteTz() : zone;
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    CollectRequest request =
        new CollectRequest(
            caseDir,
            info,
            host,
            sources,
            targets,
            include,
            exclude,
            targetsFile,
            samples,
            maxBytes == null ? null : Sizes.parse(maxBytes),
            follow,
            srcTz,
            n,
            tsa);
    // the request is checked (host, globs, sizes) before the password is asked for
    Identity actor = key.open();
    preload.join();
    CollectSummary s =
        new Collection(Clock.systemUTC())
            .run(request, actor, ProgressBar.forTerminal(spec.commandLine().getErr()));
    print(s, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private void print(CollectSummary s, PrintWriter out) throws Exception {
    if (json) {
      out.println(Json.mapper().writeValueAsString(s));
      return;
    }
    out.printf(
        "acquisition %s%s into %s%n", s.acquisition(), s.resumed() ? " (resumed)" : "", caseDir);
    out.printf(
        "  acquired   %d items, %s%s%n",
        s.acquired(),
        Sizes.format(s.bytes()),
        s.alreadyDone() > 0
            ? " (+" + s.alreadyDone() + " already acquired before the interruption)"
            : "");
    for (Map.Entry<String, Long> e : s.skippedByReason().entrySet()) {
      out.printf("  %-10s %d%n", e.getKey(), e.getValue());
    }
    if (!s.verdicts().isEmpty()) {
      out.printf("  triage     %s%n", s.verdicts().toString().replaceAll("[{}]", ""));
    }
    if (s.warnings() > 0) {
      out.printf(
          "  warnings   %d items changed while being read (see items.jsonl)%n", s.warnings());
    }
    out.printf(
        Locale.ROOT,
        "  time       %.1f s, %s/s%n",
        s.elapsed().toMillis() / 1000.0,
        Sizes.format(s.throughput()));
    out.printf(
        "  sealed     %d items, Merkle root %s%s%n",
        s.sealedItems(), s.merkleRoot(), s.timestamped() ? " (time-stamped)" : "");
  }

  static String defaultCaseId(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    String s = name == null ? "case" : name.toString().replaceAll("[^A-Za-z0-9._-]", "-");
    s = s.replaceAll("^[^A-Za-z0-9]+", "");
    return s.isEmpty() ? "case" : s.length() > 64 ? s.substring(0, 64) : s;
  }

  /** Completion candidates for --target. */
  static final class TargetNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    TargetNames() {
      super(TargetCatalog.builtIn().names());
    }
  }
}
