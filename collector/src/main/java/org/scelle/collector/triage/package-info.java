/**
 * Triage of acquisition candidates: is a file encrypted by ransomware, a ransom note, suspicious or
 * clean, and why.
 *
 * <p>{@link org.scelle.collector.triage.Triage} works while the file is copied: the acquirer feeds
 * the buffers it reads to a {@link org.scelle.collector.triage.Triage.Session} and gets a {@link
 * org.scelle.collector.triage.TriageResult} (verdict, reasons, entropy, chi-square, content type)
 * for the item record. Triage never opens a file and keeps only a bounded head and tail of it. The
 * rules (ransomware extensions, markers, the types each extension claims, ransom-note names and
 * cues, thresholds) come from YAML: the built-in {@code triage-rules.yaml} plus a user's additions
 * ({@link org.scelle.collector.triage.TriageRules}).
 */
package org.scelle.collector.triage;
