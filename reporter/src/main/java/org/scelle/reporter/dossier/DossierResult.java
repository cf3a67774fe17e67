package org.scelle.reporter.dossier;

import org.scelle.reporter.annex.AnnexManifest;

/**
 * What {@link DossierWriter} wrote.
 *
 * @param file the dossier
 * @param pages its number of pages
 * @param manifest the embedded manifest: vault seal, ledger state and every annex's digest
 * @param sha256 lower-case hex SHA-256 of the file
 */
public record DossierResult(
    java.nio.file.Path file, int pages, AnnexManifest manifest, String sha256) {}
