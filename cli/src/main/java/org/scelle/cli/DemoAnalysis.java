package org.scelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.hunt.HuntResult;
import org.scelle.indexer.hunt.HuntRun;
import org.scelle.indexer.hunt.Hunter;
import org.scelle.indexer.index.IndexRun;
import org.scelle.indexer.index.IndexSummary;
import org.scelle.indexer.index.Indexer;
import org.scelle.indexer.index.Sources;
import org.scelle.indexer.ioc.Enrichment;
import org.scelle.indexer.sigma.SigmaResult;
import org.scelle.indexer.sigma.SigmaRun;
import org.scelle.indexer.timeline.EventRows;
import org.scelle.indexer.timeline.TimelineRequest;
import org.scelle.indexer.timeline.TimelineRun;
import org.scelle.indexer.timeline.TimelineSummary;

/**
 * The investigator's half of {@code scelle demo}: index the vault, hunt the incident's indicator
 * feeds ({@code iocs/clop-valmont.stix.json} and {@code iocs/iocs.csv}) and draw the timeline, each
 * signed by the investigator, through the same APIs as the commands.
 */
final class DemoAnalysis {
  static final List<String> FEEDS = List.of("clop-valmont.stix.json", "iocs.csv");
  static final String CHART = "timeline.png";

  /**
   * The chart's window: the intrusion weeks of the sample incident up to the attack night. Without
   * it the chart would span every event, and the incident has stray old log lines and syslog lines
   * dated by their file's modification year.
   */
  static final Instant CHART_FROM = Instant.parse("2019-10-24T00:00:00Z");

  static final Instant CHART_TO = Instant.parse("2019-11-16T00:00:00Z");

  /** What the analysis produced. */
  record Outcome(IndexSummary index, HuntResult hunt, TimelineSummary timeline) {}

  private DemoAnalysis() {}

  /**
   * Runs index, hunt, Sigma (the rules in {@code samples/sigma}, when present) and timeline on
   * {@code vault} as {@code investigator}; the chart goes to {@code out/timeline.png}.
   *
   * @throws IOException naming the feed when one of the incident's feeds is missing
   */
  static Outcome run(PrintWriter o, Vault vault, Identity investigator, Path incident, Path out)
      throws IOException {
    Clock clock = Clock.systemUTC();
    int threads = Runtime.getRuntime().availableProcessors();
    Indexer indexer = new Indexer(Sources.builtIn(), Enrichment::iocFields, clock);
    IndexSummary index = IndexRun.run(vault, investigator, indexer, threads, null, clock);
    o.printf("indexed    %d items: %d events%n", index.items(), index.events());
    List<Path> feeds = FEEDS.stream().map(f -> incident.resolve("iocs").resolve(f)).toList();
    for (Path f : feeds) {
      if (!Files.isRegularFile(f)) {
        throw new IOException(f + ": no such indicator feed in the incident");
      }
    }
    HuntResult hunt =
        HuntRun.run(vault, investigator, new Hunter(HuntCommand::normalise), feeds, clock);
    o.printf(
        "hunted     %d of %d indicators matched: %d findings%n",
        hunt.matchedIndicators(), hunt.indicators(), hunt.findings().size());
    // The curated Sigma rules for ransomware precursors ship beside the incident (samples/sigma).
    Path rules = incident.toAbsolutePath().getParent().resolve("sigma");
    if (Files.isDirectory(rules)) {
      SigmaResult sigma = SigmaRun.run(vault, investigator, List.of(rules), clock);
      o.printf(
          "sigma      %d rules (%d not translatable): %d findings from %d rules%n",
          sigma.rules(),
          sigma.rejected().size(),
          sigma.findings().size(),
          sigma.hitsByRule().size());
    } else {
      o.printf("sigma      skipped: no rule set at %s%n", rules);
    }
    TimelineRequest req =
        new TimelineRequest(
            null, null, out.resolve(CHART), CHART_FROM, CHART_TO, EventRows.DEFAULT_PAGE);
    TimelineSummary timeline = TimelineRun.run(vault, investigator, req, clock);
    return new Outcome(index, hunt, timeline);
  }
}
