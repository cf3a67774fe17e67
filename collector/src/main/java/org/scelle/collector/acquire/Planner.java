package org.scelle.collector.acquire;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scelle.collector.sample.OriginalFinder;
import org.scelle.collector.sample.StratifiedSampler;
import org.scelle.collector.target.Glob;
import org.scelle.collector.target.NameRules;
import org.scelle.collector.target.Target;
import org.scelle.collector.target.TargetCatalog;
import org.scelle.collector.walk.Entry;
import org.scelle.collector.walk.EntryKind;
import org.scelle.collector.walk.SourceName;

/**
 * Turns the walked entries into the ordered plan of a run: which entries are candidates (by target
 * set, include and exclude globs), which encrypted files are kept by sampling (the others are
 * recorded as skipped), which clean originals are added as pairs, and each item's id. The plan
 * follows the walk order, so the same sources always give the same plan. Not thread-safe.
 */
final class Planner {
  static final String ALL = "all";
  static final String INCLUDE = "include";
  static final String PAIR = "pair-original";

  private final List<Target> targets = new ArrayList<>();
  private final List<Glob> include = new ArrayList<>();
  private final List<Glob> exclude = new ArrayList<>();
  private final NameRules names;
  private final CollectRequest request;
  private final long seed;

  Planner(TargetCatalog catalog, NameRules names, CollectRequest request, String caseId) {
    for (String t : request.targets()) {
      targets.add(catalog.get(t));
    }
    request.include().forEach(g -> include.add(Glob.of(g)));
    request.exclude().forEach(g -> exclude.add(Glob.of(g)));
    this.names = names;
    this.request = request;
    this.seed = StratifiedSampler.seed(caseId, request.host());
  }

  /** The plan: items still to do (in order), and how many were already done. */
  record Plan(List<PlannedItem> work, long alreadyDone) {}

  /**
   * Plans the run.
   *
   * @param done item ids already recorded for this acquisition, by source key ({@link
   *     #key(SourceName)})
   */
  Plan plan(List<Entry> walked, String acquisition, Map<String, String> done) {
    int n = walked.size();
    String[] target = new String[n];
    SourceName[] names = new SourceName[n];
    List<Integer> encrypted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Entry e = walked.get(i);
      target[i] = select(e);
      if (target[i] != null
          && e.kind() == EntryKind.FILE
          && this.names.hasRansomExtension(e.fileName())
          && (target[i].equals(ALL) || target[i].equals(Target.ENCRYPTED_FILES))) {
        target[i] = Target.ENCRYPTED_FILES;
        encrypted.add(i);
      }
    }
    String[] skip = new String[n];
    BitSet kept = sample(walked, encrypted, skip);
    String[] pairOf = new String[n];
    int[] pairIndex = pair(walked, encrypted, kept, target);
    for (int i = 0; i < n; i++) {
      names[i] = target[i] == null ? null : SourceName.of(walked.get(i).path());
    }
    String[] ids = assignIds(names, acquisition, done);
    for (int k = 0; k < encrypted.size(); k++) {
      if (pairIndex[k] >= 0) {
        pairOf[encrypted.get(k)] = ids[pairIndex[k]];
      }
    }
    List<PlannedItem> work = new ArrayList<>();
    long already = 0;
    for (int i = 0; i < n; i++) {
      if (target[i] == null) {
        continue;
      }
      if (done.containsKey(key(names[i]))) {
        already++;
        continue;
      }
      work.add(new PlannedItem(ids[i], walked.get(i), names[i], target[i], skip[i], pairOf[i]));
    }
    return new Plan(work, already);
  }

  /** The key that identifies a source across runs: its exact bytes. */
  static String key(SourceName name) {
    return name.base64();
  }

  private String select(Entry e) {
    String rel = e.relative();
    for (Glob g : exclude) {
      if (g.matches(rel)) {
        return null;
      }
    }
    if (targets.isEmpty() && include.isEmpty()) {
      return ALL;
    }
    for (Target t : targets) {
      if (matches(t, e)) {
        return t.name();
      }
    }
    for (Glob g : include) {
      if (g.matches(rel)) {
        return INCLUDE;
      }
    }
    return null;
  }

  private boolean matches(Target t, Entry e) {
    switch (t.kind()) {
      case Target.RANSOM_NOTES:
        return names.isNoteName(e.fileName());
      case Target.ENCRYPTED_FILES:
        return names.hasRansomExtension(e.fileName());
      default:
        for (String g : t.exclude()) {
          if (Glob.of(g).matches(e.relative())) {
            return false;
          }
        }
        for (String g : t.include()) {
          if (Glob.of(g).matches(e.relative())) {
            return true;
          }
        }
        return false;
    }
  }

  private BitSet sample(List<Entry> walked, List<Integer> encrypted, String[] skip) {
    BitSet kept = new BitSet();
    if (request.samples() == null) {
      kept.set(0, encrypted.size());
      return kept;
    }
    kept =
        StratifiedSampler.sample(encrypted, i -> stratum(walked.get(i)), request.samples(), seed);
    for (int k = 0; k < encrypted.size(); k++) {
      if (!kept.get(k)) {
        skip[encrypted.get(k)] =
            "not-sampled: "
                + Math.min(request.samples(), encrypted.size())
                + " of "
                + encrypted.size()
                + " encrypted files kept (--samples "
                + request.samples()
                + ")";
      }
    }
    return kept;
  }

  private int[] pair(List<Entry> walked, List<Integer> encrypted, BitSet kept, String[] target) {
    OriginalFinder finder = new OriginalFinder();
    List<Integer> finderToWalk = new ArrayList<>();
    Set<Integer> encryptedSet = new HashSet<>(encrypted);
    for (int i = 0; i < walked.size(); i++) {
      Entry e = walked.get(i);
      if (e.kind() == EntryKind.FILE
          && !encryptedSet.contains(i)
          && !names.hasRansomExtension(e.fileName())) {
        finder.add(e.relative());
        finderToWalk.add(i);
      }
    }
    int[] out = new int[encrypted.size()];
    Map<Integer, Integer> chosen = new HashMap<>();
    for (int k = 0; k < encrypted.size(); k++) {
      out[k] = -1;
      if (!kept.get(k)) {
        continue;
      }
      Entry e = walked.get(encrypted.get(k));
      String name = e.fileName();
      int dot = name.lastIndexOf('.');
      if (dot <= 0) {
        continue;
      }
      int f = finder.find(e.relative(), name.substring(0, dot));
      if (f >= 0) {
        int w = finderToWalk.get(f);
        out[k] = w;
        chosen.put(w, k);
        if (target[w] == null) {
          target[w] = PAIR;
        }
      }
    }
    return out;
  }

  private static String stratum(Entry e) {
    String name = e.fileName();
    int last = name.lastIndexOf('.');
    String stem = last > 0 ? name.substring(0, last) : name;
    int prev = stem.lastIndexOf('.');
    String ext = prev >= 0 ? stem.substring(prev + 1).toLowerCase(Locale.ROOT) : "";
    String rel = e.relative();
    int slash = rel.lastIndexOf('/');
    return ext + "|" + (slash < 0 ? "" : rel.substring(0, slash));
  }

  private static String[] assignIds(
      SourceName[] names, String acquisition, Map<String, String> done) {
    String[] ids = new String[names.length];
    Set<String> used = new HashSet<>(done.values());
    int max = 0;
    for (String id : used) {
      max = Math.max(max, seqOf(id));
    }
    int seq = 0;
    List<Integer> collided = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (names[i] == null) {
        continue;
      }
      seq++;
      String existing = done.get(key(names[i]));
      if (existing != null) {
        ids[i] = existing;
        continue;
      }
      String id = id(acquisition, seq);
      if (used.contains(id)) {
        collided.add(i);
      } else {
        ids[i] = id;
        used.add(id);
        max = Math.max(max, seq);
      }
    }
    for (int i : collided) {
      ids[i] = id(acquisition, ++max);
    }
    return ids;
  }

  /** {@code <acquisition>-<seq>}, the number with at least six digits. */
  private static String id(String acquisition, int seq) {
    String digits = Integer.toString(seq);
    return digits.length() >= 6
        ? acquisition + "-" + digits
        : acquisition + "-" + "000000".substring(digits.length()) + digits;
  }

  private static int seqOf(String id) {
    int dash = id.lastIndexOf('-');
    try {
      return Integer.parseInt(id.substring(dash + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
