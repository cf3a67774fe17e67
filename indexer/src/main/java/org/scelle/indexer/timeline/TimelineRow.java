package org.scelle.indexer.timeline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;

/**
 * One row of the super-timeline. Immutable. Every field but {@code origin}, {@code message} and
 * {@code timestampDesc} may be null; {@code time} is null for an event or finding without a time.
 *
 * @param origin which of the three sources the row comes from
 * @param time the instant, UTC, or null
 * @param message what happened, one line
 * @param timestampDesc what the time means, e.g. {@code File Modified}, {@code Event Recorded}
 * @param host the host the evidence comes from
 * @param source the log format of an event ({@code scelle.format}), {@code file} for file times,
 *     the rule's feed or source for findings
 * @param item the item id of the evidence
 * @param sha256 the item's SHA-256
 * @param locator where in the item ({@code line:N@offset:B}, {@code record:N@offset:B}, {@code
 *     file})
 * @param findingKind {@code ioc}, {@code sigma}, {@code triage}... for findings
 * @param rule the rule or indicator id of a finding
 * @param value the matched value of a finding
 */
public record TimelineRow(
    Origin origin,
    Instant time,
    String message,
    String timestampDesc,
    String host,
    String source,
    String item,
    String sha256,
    String locator,
    String findingKind,
    String rule,
    String value) {

  /** The source a row comes from, in the order rows with equal times are merged. */
  public enum Origin {
    EVENT,
    FILE,
    FINDING
  }

  /**
   * Rows by time, rows without a time last; ties are left to the caller (stable sorts keep them).
   */
  public static final Comparator<TimelineRow> BY_TIME =
      Comparator.comparing(TimelineRow::time, Comparator.nullsLast(Comparator.naturalOrder()));

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  public TimelineRow {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(timestampDesc, "timestampDesc");
  }

  /**
   * ISO 8601 in UTC with microseconds, e.g. {@code 2019-11-15T20:03:07.120000Z}; "" without time.
   */
  public String datetime() {
    return time == null ? "" : DATETIME.format(time);
  }

  /** Microseconds since the epoch (Timesketch's {@code timestamp}), or null without time. */
  public Long timestampMicros() {
    return time == null ? null : micros(time);
  }

  /** Microseconds since the epoch of {@code t}, rounded down. */
  public static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  /**
   * Parses an RFC 3339 time ({@code Z} or an offset) as recorded in item records and findings.
   *
   * @param what names the record for the error message, e.g. {@code findings.jsonl: finding 3f2a}
   * @return null for a null or empty {@code text}
   * @throws IllegalArgumentException naming {@code what} and the value when it does not parse
   */
  public static Instant parseTime(String text, String what) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + ": bad time '" + text + "': " + e.getMessage(), e);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(what + ": time out of range '" + text + "'", e);
    }
  }
}
