/**
 * The machine-readable annexes embedded in a dossier (PDF/A-3 associated files) and the manifest
 * that binds them to the vault: written by the dossier layout, read back by the dossier check.
 */
package org.scelle.reporter.annex;
