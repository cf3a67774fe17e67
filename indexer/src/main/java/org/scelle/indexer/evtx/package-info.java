/**
 * A streaming reader of Windows XML Event Log files (EVTX): the file header, the 64 KiB chunks, the
 * event records and their binary XML (templates, substitutions and every value type), read one
 * chunk at a time so that memory does not depend on the file's size.
 *
 * <p>Start with {@link org.scelle.indexer.evtx.EvtxReader}: it yields {@link
 * org.scelle.indexer.evtx.EvtxRecord}s, each giving the record's XML as a tree of {@link
 * org.scelle.indexer.evtx.Node}s, and collects every problem met on the way (bad checksums, bad
 * chunk magic, unreadable records) as {@link org.scelle.indexer.evtx.EvtxProblem}s instead of
 * failing. {@link org.scelle.indexer.evtx.EvtxXml} and {@link org.scelle.indexer.evtx.EvtxJson}
 * render records (the XML straight from the chunk's parsed templates and the record's values, the
 * tree being built only when asked for); {@link org.scelle.indexer.evtx.EvtxEvents} maps them onto
 * the normalised {@link org.scelle.indexer.event.Event}.
 *
 * <p>The format follows the public documentation of the EVTX format (J. Metz, "Windows XML Event
 * Log (EVTX) format", libyal) and [MS-EVEN6]; no third-party parser code is used.
 */
package org.scelle.indexer.evtx;
