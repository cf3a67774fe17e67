package org.scelle.reporter.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.seal.Sealer;
import org.scelle.custody.vault.Vault;

/**
 * What one streaming pass over {@code items.jsonl} tells the dossier: counts, the Merkle root of
 * the acquired items (computed from their id and SHA-256 only, as custody's {@code Sealer} does),
 * and the distinct ransom notes. Immutable once read.
 *
 * @param byStatus number of records per status label
 * @param byVerdict number of acquired records per triage verdict
 * @param acquiredBytes total size of the acquired items
 * @param hosts the hosts, sorted
 * @param merkleRoot RFC 6962 root over the acquired items sorted by id
 * @param acquiredCount number of acquired items the root covers
 * @param ransomNotes one acquired ransom note per distinct SHA-256, in file order
 */
record ItemFacts(
    Map<String, Long> byStatus,
    Map<String, Long> byVerdict,
    long acquiredBytes,
    List<String> hosts,
    String merkleRoot,
    long acquiredCount,
    List<ItemRecord> ransomNotes) {

  static final String ENCRYPTED = "encrypted";
  static final String RANSOM_NOTE = "ransom-note";

  /** Reads the items of {@code vault} once. */
  static ItemFacts read(Vault vault) throws IOException {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (ItemStatus s : ItemStatus.values()) {
      byStatus.put(s.label(), 0L);
    }
    Map<String, Long> byVerdict = new TreeMap<>();
    TreeSet<String> hosts = new TreeSet<>();
    List<String[]> pairs = new ArrayList<>();
    Map<String, ItemRecord> notes = new LinkedHashMap<>();
    long[] bytes = {0};
    new ItemStore(vault)
        .forEach(
            r -> {
              byStatus.merge(r.status().label(), 1L, Long::sum);
              hosts.add(r.host());
              if (r.status() != ItemStatus.ACQUIRED) {
                return;
              }
              pairs.add(new String[] {r.id(), r.sha256()});
              bytes[0] += r.size() == null ? 0 : r.size();
              String verdict = verdict(r);
              if (verdict != null) {
                byVerdict.merge(verdict, 1L, Long::sum);
              }
              if (RANSOM_NOTE.equals(verdict)) {
                notes.putIfAbsent(r.sha256(), r);
              }
            });
    String root = Sealer.root(pairs);
    return new ItemFacts(
        byStatus,
        byVerdict,
        bytes[0],
        List.copyOf(hosts),
        root,
        pairs.size(),
        List.copyOf(notes.values()));
  }

  /** The triage verdict of {@code r}, or null when it was not triaged. */
  static String verdict(ItemRecord r) {
    return r.triage() == null ? null : r.triage().verdict();
  }

  long count(ItemStatus status) {
    return byStatus.getOrDefault(status.label(), 0L);
  }
}
