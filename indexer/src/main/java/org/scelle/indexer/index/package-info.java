/**
 * The Lucene case index in {@code CASE/index/}: one document per event (a log line, an EVTX record)
 * and one per file, every document carrying its provenance; deterministic document ids so that
 * re-indexing replaces rather than duplicates; and the queries that search it.
 */
package org.scelle.indexer.index;
