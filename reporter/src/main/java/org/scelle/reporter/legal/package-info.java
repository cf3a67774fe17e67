/**
 * The built-in legal catalogue: the articles a ransomware complaint qualifies (Code pénal) and the
 * texts the dossier cites for competence and deadlines, each with a plain-language summary in
 * French and English, the penalty as checked on a stated date, and its source.
 *
 * <p>Penalties change; {@link org.scelle.reporter.legal.LegalCatalogue#warning(String)} is the
 * standing notice every dossier prints next to them.
 */
package org.scelle.reporter.legal;
