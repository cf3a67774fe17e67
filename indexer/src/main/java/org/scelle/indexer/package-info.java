/**
 * The investigator's side of scelle: reading acquired items (log formats, EVTX), normalising their
 * records into events with UTC times and provenance, extracting indicators of compromise, and the
 * Lucene case index that search, hunt, Sigma and the timeline query.
 */
package org.scelle.indexer;
