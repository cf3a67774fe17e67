package org.scelle.collector.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.scelle.custody.digest.MultiDigest;

/**
 * Picks a reproducible, stratified sample: items are grouped by a stratum key (for encrypted files,
 * the original extension and the directory), each group is shuffled with a seed derived from the
 * case and host, and the sample takes one item from each group in turn until it has {@code n}. So
 * every extension and directory is represented before any is repeated, and the same inputs always
 * give the same sample. Stateless and thread-safe.
 */
public final class StratifiedSampler {
  private StratifiedSampler() {}

  /** A seed from text (for example case id and host), stable across runs and platforms. */
  public static long seed(String... parts) {
    byte[] h =
        MultiDigest.sha256().digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    long s = 0;
    for (int i = 0; i < 8; i++) {
      s = (s << 8) | (h[i] & 0xff);
    }
    return s;
  }

  /**
   * Returns the indices (into {@code items}) of the sample, as a bit set.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public static <T> BitSet sample(List<T> items, Function<T, String> stratum, int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("sample size must be >= 0; got: " + n);
    }
    BitSet chosen = new BitSet(items.size());
    if (n >= items.size()) {
      chosen.set(0, items.size());
      return chosen;
    }
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(stratum.apply(items.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> shuffled = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      List<Integer> members = new ArrayList<>(g.getValue());
      Collections.shuffle(members, new Random(seed ^ seed(g.getKey())));
      shuffled.add(members);
    }
    int taken = 0;
    for (int round = 0; taken < n; round++) {
      for (List<Integer> members : shuffled) {
        if (round < members.size() && taken < n) {
          chosen.set(members.get(round));
          taken++;
        }
      }
    }
    return chosen;
  }
}
