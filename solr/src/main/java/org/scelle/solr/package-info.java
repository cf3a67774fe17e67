/**
 * The case index on a SolrCloud collection: the {@code solr} backend of the indexer's {@link
 * org.scelle.indexer.index.IndexBackend} seam. A configset generated from the indexer's own schema
 * ({@link org.scelle.solr.ConfigSet}), documents converted field for field, queries translated from
 * the same Lucene query objects the local index runs ({@code SolrQueries}), cursor paging, and
 * retries that neither lose nor duplicate documents. Chosen per case with {@code scelle index CASE
 * --solr ZK_HOSTS[/chroot] --collection NAME}.
 */
package org.scelle.solr;
