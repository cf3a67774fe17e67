/**
 * Readers of acquired text logs: each turns one format's lines into normalised {@link
 * org.scelle.indexer.event.Event}s with UTC times, ECS field names ({@link
 * org.scelle.indexer.Fields}) and a line/byte-offset {@link org.scelle.indexer.event.Locator}.
 *
 * <p>{@link org.scelle.indexer.logs.LogFormats#detect} chooses a {@link
 * org.scelle.indexer.logs.LogReader} from the first bytes of an item (its name breaks ties and
 * decides when the content does not); {@link org.scelle.indexer.logs.LogReader#read} streams the
 * item through a bounded line reader and returns {@link org.scelle.indexer.logs.ReadStats}.
 *
 * <p>Formats ({@link org.scelle.indexer.event.Event#format()} values): {@code syslog-3164}, {@code
 * syslog-5424}, {@code apache-combined}, {@code apache-common}, {@code w3c}, {@code pfirewall},
 * {@code squid}, {@code csv}, {@code jsonl}, {@code timestamped} and {@code text}.
 *
 * <p>Nothing is skipped silently: a line that does not match its format's grammar becomes a {@code
 * text} event whose time note is {@code unparsed:<format>} and is counted in {@link
 * org.scelle.indexer.logs.ReadStats#unparsed()}; blank lines and format directives ({@code
 * #Fields:} and other W3C headers, a CSV header) are counted in {@link
 * org.scelle.indexer.logs.ReadStats#skipped()}; lines longer than {@link
 * org.scelle.indexer.logs.ReadContext#maxLineBytes()} are cut, noted ({@code line-cut:<bytes>} in
 * {@link org.scelle.indexer.Fields#NOTE}) and counted.
 *
 * <p>Time notes (joined with {@code ;}): {@code year-from-item-mtime:<year>}, {@code year-unknown}
 * (no modification time to take it from; the event has no time), {@code zone-assumed:<zone>} (a
 * local time read in the context's zone, when that zone did not come from the item), {@code
 * dst-overlap:earlier-offset} or {@code dst-overlap:later-offset} (a local time that happened
 * twice), {@code dst-gap} (a local time that never happened, moved forward).
 */
package org.scelle.indexer.logs;
