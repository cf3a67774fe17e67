package org.scelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.timeline.ActivityChart;
import org.scelle.indexer.timeline.EventRows;
import org.scelle.indexer.timeline.TimelineRequest;
import org.scelle.indexer.timeline.TimelineRun;
import org.scelle.indexer.timeline.TimelineSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle timeline}: the super-timeline of the case, and its chart. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Write the super-timeline of the case to CASE/scelle/timeline.csv: every indexed event, every"
          + " file time of the items and every finding, sorted in UTC, in Timesketch's CSV columns."
          + " Rows without a time come last.",
      "First derives the triage findings (kind 'triage': encrypted files, ransom notes, and each"
          + " host's detonation time, the modification time of its first encrypted file) from the"
          + " collector's verdicts into findings.jsonl; signs a 'note' ledger entry with the"
          + " timeline's row count and SHA-256."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the CSV to FILE.")
  Path csv;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Also write JSON lines to FILE.")
  Path jsonl;

  @Option(
      names = "--png",
      paramLabel = "FILE",
      description = "Draw the activity per hour and host, with the findings marked, to FILE.")
  Path png;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "Start of the chart (RFC 3339; default: the first event's hour).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      description = "End of the chart (RFC 3339; default: the last event's hour).")
  String to;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Mixin KeyOptions key;

  @Override
  public Integer call() throws Exception {
    Vault vault = Vault.open(caseDir);
    OutputFiles.check(spec, "--csv", csv, caseDir);
    OutputFiles.check(spec, "--jsonl", jsonl, caseDir);
    OutputFiles.check(spec, "--png", png, caseDir);
    TimelineRequest req =
        new TimelineRequest(
            csv,
            jsonl,
            png,
            SearchCommand.time(from, "--from"),
            SearchCommand.time(to, "--to"),
            EventRows.DEFAULT_PAGE);
    TimelineSummary s = TimelineRun.run(vault, key.open(), req, Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writeValueAsString(s));
      return ExitCodes.OK;
    }
    print(out, s);
    return ExitCodes.OK;
  }

  /** The human summary of a timeline run, also printed by the demo. */
  static void print(PrintWriter out, TimelineSummary s) {
    out.printf(
        "timeline   %s: %d rows (%d events, %d file times, %d findings; %d without time)%n",
        s.csv(), s.rows(), s.events(), s.fileTimes(), s.findings(), s.untimed());
    out.printf(
        "findings   %s%n",
        s.findingsByKind().isEmpty()
            ? "none"
            : s.findingsByKind().toString().replaceAll("[{}]", ""));
    s.detonations().forEach((host, t) -> out.printf("detonation %-14s %s%n", host, t));
    if (s.png() != null) {
      out.printf("chart      %s (%d x %d px)%n", s.png(), ActivityChart.WIDTH, s.chartHeight());
    }
  }
}
