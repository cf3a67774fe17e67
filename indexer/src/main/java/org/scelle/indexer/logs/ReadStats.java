package org.scelle.indexer.logs;

/**
 * What one {@link LogReader#read} call read. Immutable.
 *
 * <p>{@code lines == events + skipped}: every line is either an event or counted as skipped.
 *
 * @param lines lines read (a record spanning several lines, such as a quoted CSV field with line
 *     breaks, counts each of its lines)
 * @param events events handed to the sink, including the unparsed ones
 * @param unparsed lines that did not match the format and became {@code text} events
 * @param cut lines longer than the context's limit, cut
 * @param skipped lines that gave no event of their own: blank lines, directives (W3C {@code #}
 *     headers, the CSV header) and the continuation lines of a multi-line record
 */
public record ReadStats(long lines, long events, long unparsed, long cut, long skipped) {

  /** The share of events that did not match their format, 0 when there are none. */
  public double unparsedRatio() {
    return events == 0 ? 0 : (double) unparsed / events;
  }
}
