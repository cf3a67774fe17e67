package org.scelle.indexer.timeline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.finding.FindingStore;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.IndexBackends;

/**
 * One {@code scelle timeline} run, under the vault lock:
 *
 * <ol>
 *   <li>derives the triage findings from the items' verdicts ({@link TriageFindings}) and replaces
 *       the {@code triage} findings in {@code findings.jsonl} with them;
 *   <li>merges the index's events, the items' file times and every finding into {@code
 *       CASE/scelle/timeline.csv} (and the optional copies, JSON lines and chart of the request);
 *   <li>signs a {@code note} ledger entry, {@code {"timeline": {"rows": N, "sha256": ...,
 *       "triage_findings": N}}}: the ledger has no timeline action, and the entry records who
 *       derived the triage findings and the timeline, and which file it was;
 *   <li>refreshes the tag manifest (both files are tag files under {@code scelle/}).
 * </ol>
 *
 * The same vault and index give the same {@code timeline.csv}, byte for byte.
 */
public final class TimelineRun {
  /** The file name of the timeline in the vault's tag directory. */
  public static final String FILE = "timeline.csv";

  private TimelineRun() {}

  /** {@code CASE/scelle/timeline.csv} of {@code vault}. */
  public static Path location(Vault vault) {
    return vault.tagDir().resolve(FILE);
  }

  /**
   * Runs the timeline of {@code vault}, signed by {@code actor}.
   *
   * @throws VaultException when the vault has no index yet, or is locked by another process
   * @throws IOException naming the file when a record, the index or an output cannot be read or
   *     written
   */
  public static TimelineSummary run(
      Vault vault, Identity actor, TimelineRequest request, Clock clock) throws IOException {
    try (Vault.Lock lock = vault.lock()) {
      List<ItemRecord> items = new ItemStore(vault).readAll();
      List<Finding> triage;
      try {
        triage = TriageFindings.of(items);
      } catch (IllegalArgumentException e) {
        throw new IOException(vault.itemsFile() + ": " + e.getMessage(), e);
      }
      FindingStore store = new FindingStore(vault);
      store.replaceKind(TriageFindings.KIND, triage);
      List<Finding> findings = store.readAll();
      TimelineSummary s = write(vault, items, findings, request);
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.putObject("timeline")
          .put("file", Vault.TAG_DIR + "/" + FILE)
          .put("rows", s.rows())
          .put("sha256", s.sha256())
          .put("triage_findings", triage.size());
      Ledger.open(vault, clock).append(actor, Action.NOTE, vault.info().caseId(), d);
      BagFiles.writeTagManifest(vault);
      return s;
    }
  }

  private static TimelineSummary write(
      Vault vault, List<ItemRecord> items, List<Finding> findings, TimelineRequest req)
      throws IOException {
    List<TimelineRow> fileRows;
    List<TimelineRow> findingRows;
    try {
      fileRows = VaultRows.fileTimes(items);
      findingRows = VaultRows.findings(findings);
    } catch (IllegalArgumentException e) {
      throw new IOException(vault.tagDir() + ": " + e.getMessage(), e);
    }
    Path csv = location(vault);
    Path tmp = csv.resolveSibling(FILE + ".tmp");
    ActivityCounts counts = new ActivityCounts();
    long[] n = new long[TimelineRow.Origin.values().length];
    long untimed = 0;
    Map<String, Long> byKind = new TreeMap<>();
    try (DocumentSearch search = IndexBackends.of(vault).openForReading()) {
      try (TimelineSink out = sinks(tmp, req.jsonl())) {
        RowSource merged =
            new TimelineMerge(
                List.of(
                    new EventRows(search, req.pageSize()),
                    RowSource.of(fileRows),
                    RowSource.of(findingRows)));
        for (TimelineRow r; (r = merged.next()) != null; ) {
          out.write(r);
          counts.add(r);
          n[r.origin().ordinal()]++;
          untimed += r.time() == null ? 1 : 0;
          if (r.findingKind() != null) {
            byKind.merge(r.findingKind(), 1L, Long::sum);
          }
        }
      }
    }
    Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (req.csv() != null) {
      Files.copy(csv, req.csv(), StandardCopyOption.REPLACE_EXISTING);
    }
    int chartHeight = 0;
    if (req.png() != null) {
      ActivityChart.write(ActivityChart.render(counts, req.chartFrom(), req.chartTo()), req.png());
      chartHeight = ActivityChart.height(counts.hosts().size());
    }
    Map<String, String> detonations = new TreeMap<>();
    for (Finding f : findings) {
      if (TriageFindings.DETONATION.equals(f.rule().id())) {
        detonations.put(f.host(), f.time());
      }
    }
    long rows = n[0] + n[1] + n[2];
    return new TimelineSummary(
        csv,
        BagFiles.sha256(csv),
        rows,
        n[TimelineRow.Origin.EVENT.ordinal()],
        n[TimelineRow.Origin.FILE.ordinal()],
        n[TimelineRow.Origin.FINDING.ordinal()],
        untimed,
        byKind,
        detonations,
        req.png(),
        chartHeight);
  }

  private static TimelineSink sinks(Path csv, Path jsonl) throws IOException {
    TimelineCsv c = TimelineCsv.create(csv);
    if (jsonl == null) {
      return c;
    }
    TimelineJsonl j;
    try {
      j = TimelineJsonl.create(jsonl);
    } catch (IOException e) {
      c.close();
      throw e;
    }
    List<TimelineSink> all = new ArrayList<>(List.of(c, j));
    return new TimelineSink() {
      @Override
      public void write(TimelineRow row) throws IOException {
        for (TimelineSink s : all) {
          s.write(row);
        }
      }

      @Override
      public void close() throws IOException {
        try {
          c.close();
        } finally {
          j.close();
        }
      }
    };
  }
}
