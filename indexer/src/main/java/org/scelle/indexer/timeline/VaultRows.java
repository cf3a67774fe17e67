package org.scelle.indexer.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.item.ItemRecord;

/**
 * The timeline rows of the vault's own records: one row per file time of each item (modified,
 * accessed, changed, created) and one per finding. Both lists are small enough to sort in memory.
 * Stateless.
 */
public final class VaultRows {
  /** The {@code source} of file-time rows and the {@code locator} of their evidence. */
  public static final String FILE = "file";

  private VaultRows() {}

  /**
   * One row per recorded file time of each item, sorted by time (stable: items in the given order,
   * then modified, accessed, changed, created). Items without times give no row.
   *
   * @throws IllegalArgumentException naming the item when a time does not parse
   */
  public static List<TimelineRow> fileTimes(Iterable<ItemRecord> items) {
    List<TimelineRow> out = new ArrayList<>();
    for (ItemRecord r : items) {
      ItemRecord.Times t = r.times();
      if (t == null) {
        continue;
      }
      String what = "items.jsonl: item " + r.id();
      add(out, r, "File Modified", TimelineRow.parseTime(t.modified(), what));
      add(out, r, "File Accessed", TimelineRow.parseTime(t.accessed(), what));
      add(out, r, "Metadata Changed", TimelineRow.parseTime(t.changed(), what));
      add(out, r, "File Created", TimelineRow.parseTime(t.created(), what));
    }
    out.sort(TimelineRow.BY_TIME);
    return out;
  }

  private static void add(List<TimelineRow> out, ItemRecord r, String desc, Instant t) {
    if (t == null) {
      return;
    }
    StringBuilder message = new StringBuilder(desc).append(": ").append(r.sourcePath());
    if (r.triage() != null && !"clean".equals(r.triage().verdict())) {
      message.append(" [").append(r.triage().verdict()).append(']');
    }
    if (r.reason() != null) {
      message.append(" (").append(r.status().label()).append(": ").append(r.reason()).append(')');
    }
    out.add(
        new TimelineRow(
            TimelineRow.Origin.FILE,
            t,
            message.toString(),
            desc,
            r.host(),
            FILE,
            r.id(),
            r.sha256(),
            FILE,
            null,
            null,
            null));
  }

  /**
   * One row per finding, sorted by time (stable: findings without a time last, in the given order).
   * The evidence columns come from the finding's first evidence reference.
   *
   * @throws IllegalArgumentException naming the finding when its time does not parse
   */
  public static List<TimelineRow> findings(Iterable<Finding> findings) {
    List<TimelineRow> out = new ArrayList<>();
    for (Finding f : findings) {
      Instant t = TimelineRow.parseTime(f.time(), "findings.jsonl: finding " + f.id());
      Finding.Evidence ev = f.evidence().isEmpty() ? null : f.evidence().get(0);
      String title = f.rule().title() != null ? f.rule().title() : f.rule().id();
      StringBuilder message = new StringBuilder("[").append(f.kind()).append("] ").append(title);
      if (f.value() != null) {
        message.append(": ").append(f.value());
      }
      if (f.rule().tags() != null && !f.rule().tags().isEmpty()) {
        message.append(" (").append(String.join(", ", f.rule().tags())).append(')');
      }
      out.add(
          new TimelineRow(
              TimelineRow.Origin.FINDING,
              t,
              message.toString(),
              describe(f),
              f.host(),
              f.rule().source(),
              ev == null ? null : ev.item(),
              ev == null ? null : ev.sha256(),
              ev == null ? null : ev.locator(),
              f.kind(),
              f.rule().id(),
              f.value()));
    }
    out.sort(TimelineRow.BY_TIME);
    return out;
  }

  private static String describe(Finding f) {
    if (TriageFindings.DETONATION.equals(f.rule().id())) {
      return "Detonation";
    }
    return switch (f.kind()) {
      case "ioc" -> "Indicator Match";
      case "sigma" -> "Sigma Rule Match";
      case TriageFindings.KIND -> "Triage Verdict";
      default -> "Finding";
    };
  }
}
