/**
 * The dossier layout: the unsigned PDF/A-3b complaint dossier built from a case vault and a
 * complaint.
 *
 * <p>{@link org.scelle.reporter.dossier.DossierWriter} is the entry point. It reads the vault's
 * files as streams ({@link org.scelle.reporter.dossier.CaseFacts} summarises them in one pass
 * each), then writes the sections in order: cover, complaint letter, facts and timeline, impact and
 * regulatory clocks, evidence inventory, chain of custody, findings, encrypted-file analysis and
 * the IOC annex, and finally embeds the vault's machine-readable files as PDF/A-3 associated files
 * with the manifest {@code scelle-dossier.json}. Long tables are laid out row by row and pages are
 * flushed as they fill, so memory does not grow with the number of items.
 *
 * <p>What the dossier needs from elsewhere comes through small seams: a pseudonymiser ({@code
 * UnaryOperator<String>}), the legal catalogue ({@link
 * org.scelle.reporter.dossier.OffenceSummaries}) and the regulatory clocks ({@link
 * org.scelle.reporter.dossier.RegulatoryClockRow}).
 *
 * <p>Every time is shown in UTC, with the site's local time and zone beside it where a reader needs
 * it.
 */
package org.scelle.reporter.dossier;
