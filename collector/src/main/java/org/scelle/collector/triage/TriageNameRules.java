package org.scelle.collector.triage;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.scelle.collector.target.NameRules;

/**
 * The name-only judgements of a set of triage rules (known ransomware extensions, ransom-note
 * names), for selecting targets without reading files. Immutable and thread-safe.
 */
public final class TriageNameRules implements NameRules {
  private final List<String> extensions;
  private final List<Pattern> noteNames;

  public TriageNameRules(TriageRules rules) {
    this.extensions =
        rules.knownExtensions().stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    this.noteNames = rules.noteNames();
  }

  @Override
  public boolean hasRansomExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : extensions) {
      String dotted = ext.startsWith(".") ? ext : "." + ext;
      if (lower.endsWith(dotted) && lower.length() > dotted.length()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isNoteName(String fileName) {
    for (Pattern p : noteNames) {
      if (p.matcher(fileName).matches()) {
        return true;
      }
    }
    return false;
  }
}
