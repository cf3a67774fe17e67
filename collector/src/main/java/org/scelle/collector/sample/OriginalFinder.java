package org.scelle.collector.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the clean original of an encrypted file among the other files of the sources: a file whose
 * name is the encrypted file's name without the ransomware extension (for example {@code
 * budget.xlsx} for {@code budget.xlsx.Clop}), preferring the one whose directories share the
 * longest tail with the encrypted file's (a backup tree or a mounted shadow copy mirrors the
 * original layout). Ties go to the first in walk order. Built once per run; not thread-safe.
 */
public final class OriginalFinder {
  private final Map<String, List<Integer>> byName = new HashMap<>();
  private final List<String> paths = new ArrayList<>();

  /** Registers a candidate original; returns its index. */
  public int add(String relativePath) {
    int index = paths.size();
    paths.add(relativePath);
    byName
        .computeIfAbsent(name(relativePath).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
        .add(index);
    return index;
  }

  /**
   * The index of the best original for {@code encryptedPath} whose clean name is {@code
   * originalName}, or -1 when there is none.
   */
  public int find(String encryptedPath, String originalName) {
    List<Integer> same = byName.get(originalName.toLowerCase(Locale.ROOT));
    if (same == null) {
      return -1;
    }
    String[] enc = encryptedPath.split("/");
    int best = -1;
    int bestScore = -1;
    for (int i : same) {
      String[] cand = paths.get(i).split("/");
      int score = 0;
      for (int a = enc.length - 2, b = cand.length - 2; a >= 0 && b >= 0; a--, b--) {
        if (!enc[a].equalsIgnoreCase(cand[b])) {
          break;
        }
        score++;
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static String name(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
