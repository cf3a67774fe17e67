package org.scelle.indexer.logs;

/**
 * One line of an item. Immutable.
 *
 * @param number 1-based line number
 * @param offset byte offset of the line's first byte in the item
 * @param text the line without its terminator, decoded (see {@link LineReader})
 * @param length the line's length in bytes without its terminator, before any cut
 * @param cut whether the line was longer than the limit and {@code text} holds only its start
 */
record Line(long number, long offset, String text, long length, boolean cut) {}
