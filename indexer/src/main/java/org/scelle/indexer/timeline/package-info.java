/**
 * The super-timeline of a case: every indexed event, every file time of the acquired items and
 * every finding, merged in UTC order and written in Timesketch's CSV columns (and as JSON lines), a
 * chart of activity per hour and host, and the triage findings (encrypted files, ransom notes, the
 * detonation time per host) that {@code scelle timeline} derives from the collector's verdicts.
 *
 * <p>The merge streams: events are paged out of the index in time order ({@link
 * org.scelle.indexer.timeline.EventRows}), file times and findings are sorted in memory (they are
 * small), and {@link org.scelle.indexer.timeline.TimelineMerge} merges the three sorted sources
 * with memory bounded by one page of events.
 */
package org.scelle.indexer.timeline;
