package org.scelle.indexer.logs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Places the times of one stream on the UTC time line: fills in missing years from the item's
 * modification time, reads local times in the context's zone, and orders the times that happened
 * twice when clocks went back.
 *
 * <p>A year-less time takes the year of the item's modification time (in the context zone), or the
 * year before when its month is later than the modification's month (a file spanning New Year);
 * February 29 goes back to the latest leap year. A local time in a DST overlap is placed at the
 * earlier offset unless that would put it before the latest time already read from this stream,
 * then at the later offset.
 *
 * <p>Not thread safe: one instance per stream.
 */
final class TimeResolver {

  /** A time on the UTC line and how it was obtained. */
  record Resolved(Instant instant, String note) {}

  private final ZoneId zone;
  private final String zoneNote;
  private final LocalDate modified;
  private Instant latest;

  TimeResolver(ReadContext ctx) {
    this(ctx.zone(), ctx.zoneFromItem(), ctx);
  }

  /** A resolver reading local times in {@code zone}; {@code stated}: no zone note. */
  TimeResolver(ZoneId zone, boolean stated, ReadContext ctx) {
    this.zone = zone;
    this.zoneNote = stated ? null : "zone-assumed:" + zone.getId();
    this.modified =
        ctx.itemModified() == null ? null : LocalDate.ofInstant(ctx.itemModified(), ctx.zone());
  }

  /**
   * Resolves {@code s}.
   *
   * @return the instant (null when the year is missing and unknown) and note (null when the log
   *     stated the time fully), or null when the fields are not a valid date
   */
  Resolved resolve(Stamp s) {
    StringBuilder note = new StringBuilder();
    int year = s.year();
    if (year == Stamp.NO_YEAR) {
      if (modified == null) {
        return new Resolved(null, "year-unknown");
      }
      year = modified.getYear() - (s.month() > modified.getMonthValue() ? 1 : 0);
      if (s.month() == 2 && s.day() == 29) {
        for (int i = 0; i < 8 && !Year.isLeap(year); i++) {
          year--;
        }
      }
      note.append("year-from-item-mtime:").append(year);
    }
    LocalDateTime local;
    try {
      local =
          LocalDateTime.of(year, s.month(), s.day(), s.hour(), s.minute(), s.second(), s.nano());
    } catch (DateTimeException e) {
      return null;
    }
    Instant instant;
    if (s.offset() != null) {
      instant = local.toInstant(s.offset());
    } else {
      instant = local(local, note);
    }
    if (latest == null || instant.isAfter(latest)) {
      latest = instant;
    }
    return new Resolved(instant, note.length() == 0 ? null : note.toString());
  }

  private Instant local(LocalDateTime local, StringBuilder note) {
    if (zoneNote != null) {
      append(note, zoneNote);
    }
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.toInstant(offsets.get(0));
    }
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = zone.getRules().getTransition(local);
      append(note, "dst-gap");
      return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
    }
    Instant earlier = local.toInstant(offsets.get(0));
    Instant later = local.toInstant(offsets.get(1));
    boolean useLater = latest != null && earlier.isBefore(latest);
    append(note, useLater ? "dst-overlap:later-offset" : "dst-overlap:earlier-offset");
    return useLater ? later : earlier;
  }

  private static void append(StringBuilder note, String part) {
    if (note.length() > 0) {
      note.append(';');
    }
    note.append(part);
  }
}
