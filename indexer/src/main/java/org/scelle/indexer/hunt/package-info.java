/**
 * Hunting: loading indicator feeds (STIX 2.1 bundles, MISP events, CSV and plain lists), matching
 * every indicator against the case index's indicator fields and the acquired items' hashes, and
 * writing each match as a finding that cites its evidence.
 */
package org.scelle.indexer.hunt;
