package org.scelle.indexer.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One normalised record of a log. Immutable.
 *
 * @param timestamp the record's time in UTC, or null when it has none that could be read
 * @param timeNote how the time was obtained when not stated fully by the record, e.g. {@code
 *     year-from-item-mtime:2019} or {@code zone-assumed:Europe/Paris}; null otherwise
 * @param format the reader that produced it, e.g. {@code syslog-3164}, {@code apache-combined},
 *     {@code w3c}, {@code pfirewall}, {@code squid}, {@code csv}, {@code jsonl}, {@code text},
 *     {@code evtx}
 * @param locator where the record lies in its item
 * @param message the record's text (the raw line, or a readable rendering)
 * @param fields index field name ({@link org.scelle.indexer.Fields}) to value, sorted by name
 */
public record Event(
    Instant timestamp,
    String timeNote,
    String format,
    Locator locator,
    String message,
    Map<String, String> fields) {

  public Event {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(message, "message");
    fields =
        fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }
}
