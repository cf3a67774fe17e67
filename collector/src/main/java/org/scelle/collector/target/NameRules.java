package org.scelle.collector.target;

/**
 * What the triage rules say of a file from its name alone, so that targets can select ransom notes
 * and encrypted files without reading them. Implementations are immutable and thread-safe.
 */
public interface NameRules {
  /** Whether {@code fileName} ends with a known ransomware extension. */
  boolean hasRansomExtension(String fileName);

  /** Whether {@code fileName} is a known ransom-note name. */
  boolean isNoteName(String fileName);
}
