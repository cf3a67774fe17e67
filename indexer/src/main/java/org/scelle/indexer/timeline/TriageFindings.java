package org.scelle.indexer.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.item.ItemRecord;

/**
 * Turns the collector's triage verdicts into findings of kind {@value #KIND}: one {@value
 * #ENCRYPTED} per encrypted file, one {@value #RANSOM_NOTE} per ransom note (time: the file's
 * modification time; value: its source path; the verdict's reasons as tags), and one {@value
 * #DETONATION} per host that has encrypted files, at the earliest modification time of an encrypted
 * file on that host: the first encrypted file's time is taken as the detonation time.
 *
 * <p>Only items that carry a verdict count; encrypted files left out by sampling ({@code
 * not-sampled}) have none, so the detonation time is that of the earliest <em>acquired</em>
 * encrypted file. Stateless; the same items give the same findings in the same order: by host, then
 * the detonation first, then by time and item id.
 */
public final class TriageFindings {
  /** The finding kind. */
  public static final String KIND = "triage";

  public static final String ENCRYPTED = "triage:encrypted";
  public static final String RANSOM_NOTE = "triage:ransom-note";
  public static final String DETONATION = "triage:detonation";

  /** Where the verdicts come from, named in each finding's rule. */
  public static final String SOURCE = "scelle/items.jsonl";

  private static final String HIGH = "high";

  private TriageFindings() {}

  /**
   * The triage findings of {@code items}.
   *
   * @throws IllegalArgumentException naming the item when its modification time does not parse
   */
  public static List<Finding> of(Iterable<ItemRecord> items) {
    Map<String, List<Flagged>> byHost = new TreeMap<>();
    for (ItemRecord r : items) {
      if (r.triage() == null) {
        continue;
      }
      String verdict = r.triage().verdict();
      String rule =
          switch (verdict) {
            case "encrypted" -> ENCRYPTED;
            case "ransom-note" -> RANSOM_NOTE;
            default -> null;
          };
      if (rule != null) {
        String modified = r.times() == null ? null : r.times().modified();
        Instant t = TimelineRow.parseTime(modified, "items.jsonl: item " + r.id());
        byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(new Flagged(r, rule, t));
      }
    }
    List<Finding> out = new ArrayList<>();
    Comparator<Flagged> order =
        Comparator.comparing(Flagged::time, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.item().id());
    for (Map.Entry<String, List<Flagged>> host : byHost.entrySet()) {
      List<Flagged> flagged = host.getValue();
      flagged.sort(order);
      List<Flagged> encrypted =
          flagged.stream().filter(f -> f.rule().equals(ENCRYPTED) && f.time() != null).toList();
      if (!encrypted.isEmpty()) {
        out.add(detonation(host.getKey(), encrypted.get(0), encrypted.size()));
      }
      for (Flagged f : flagged) {
        out.add(verdict(f));
      }
    }
    return out;
  }

  private static Finding verdict(Flagged f) {
    ItemRecord r = f.item();
    String title = f.rule().equals(ENCRYPTED) ? "Encrypted file" : "Ransom note";
    Finding.Rule rule = new Finding.Rule(f.rule(), title, HIGH, SOURCE, null, r.triage().reasons());
    return finding(f.rule(), r, rule, f.time());
  }

  private static Finding detonation(String host, Flagged first, int encryptedFiles) {
    Finding.Rule rule =
        new Finding.Rule(
            DETONATION,
            "Detonation: first encrypted file on " + host,
            HIGH,
            SOURCE,
            null,
            List.of("encrypted-files:" + encryptedFiles));
    return finding(DETONATION, first.item(), rule, first.time());
  }

  private static Finding finding(String ruleId, ItemRecord r, Finding.Rule rule, Instant time) {
    String id =
        "triage-"
            + Digests.hex(
                    MultiDigest.sha256()
                        .digest((ruleId + "\n" + r.id()).getBytes(StandardCharsets.UTF_8)))
                .substring(0, 24);
    return new Finding(
        id,
        KIND,
        rule,
        r.sourcePath(),
        time == null ? null : time.toString(),
        r.host(),
        List.of(new Finding.Evidence(r.id(), r.sha256(), "file")),
        null);
  }

  private record Flagged(ItemRecord item, String rule, Instant time) {}
}
