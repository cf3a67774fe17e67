package org.scelle.indexer.logs;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time notations of text logs, read into {@link Stamp}s. Stateless and thread safe.
 *
 * <p>Recognised, optionally after {@code [}: ISO 8601 / RFC 3339 ({@code
 * 2019-10-25T02:17:00.143+02:00}, {@code 2019-10-25 02:17:00,143}, also with {@code /} between date
 * parts); the web-server form {@code 25/Oct/2019:04:09:30 +0200}; the C {@code ctime} form {@code
 * Sun Dec 04 04:47:44 2005}; the syslog form {@code Oct 25 02:17:00} (no year); Proxifier's {@code
 * 10.30 16:49:06} (month, day, no year); and epoch seconds with an optional fraction ({@code
 * 1571963050.294}).
 */
final class TimePatterns {
  private TimePatterns() {}

  private static final String MONTHS = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final String MON = "(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/](\\d{2})[-/](\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9}))?"
              + "(?: ?(Z|[+-]\\d{2}(?::?\\d{2})?)(?![\\d:]))?");
  private static final Pattern WEB =
      Pattern.compile(
          "(\\d{2})/("
              + MON
              + ")/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
              + "(?: ([+-]\\d{4}|Z))?");
  private static final Pattern CTIME =
      Pattern.compile(
          "(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? )?("
              + MON
              + ") {1,2}(\\d{1,2}),? (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?: (\\d{4})\\b)?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(\\d{2})\\.(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?");
  private static final Pattern EPOCH = Pattern.compile("(\\d{9,10})(?:\\.(\\d{1,9}))?(?=\\s|$)");
  private static final Pattern DATE_ONLY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final List<String> MONTH_NAMES =
      List.of(MONTHS.substring(1, MONTHS.length() - 1).split("\\|"));

  /** The month number of an English abbreviation, any case; 0 when it is none. */
  static int month(String abbreviation) {
    for (int i = 0; i < 12; i++) {
      if (MONTH_NAMES.get(i).equalsIgnoreCase(abbreviation)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** A time at the start of {@code text} (after an optional {@code [}), or null. */
  static Stamp prefix(String text) {
    int from = text.startsWith("[") ? 1 : 0;
    Stamp s = at(ISO, text, from, TimePatterns::iso);
    s = s != null ? s : at(WEB, text, from, TimePatterns::web);
    s = s != null ? s : at(CTIME, text, from, TimePatterns::ctime);
    s = s != null ? s : at(MONTH_DAY, text, from, TimePatterns::monthDay);
    return s != null ? s : at(EPOCH, text, from, TimePatterns::epoch);
  }

  /**
   * A whole value that is a time: any {@link #prefix} form that spans it, a date alone ({@code
   * 2019-10-25}, midnight local), or epoch seconds, milliseconds, microseconds or nanoseconds.
   */
  static Stamp value(String text) {
    String v = text.strip();
    if (v.isEmpty()) {
      return null;
    }
    if (v.chars().allMatch(Character::isDigit) && v.length() >= 9 && v.length() <= 19) {
      return epochNumber(Long.parseLong(v), v.length());
    }
    Stamp s = prefix(v);
    int end = v.endsWith("]") ? v.length() - 1 : v.length();
    if (s != null && s.end() == end) {
      return s;
    }
    Matcher m = DATE_ONLY.matcher(v);
    if (m.matches()) {
      return new Stamp(i(m, 1), i(m, 2), i(m, 3), 0, 0, 0, 0, null, v.length());
    }
    return null;
  }

  /** A stamp at UTC for epoch seconds plus nanoseconds. */
  static Stamp epoch(long seconds, int nanos, int end) {
    java.time.LocalDateTime t =
        java.time.LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    return new Stamp(
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond(),
        t.getNano(),
        ZoneOffset.UTC,
        end);
  }

  /** A written offset: {@code Z}, {@code +02}, {@code +0200}, {@code +02:00}; null for null. */
  static ZoneOffset offset(String z) {
    if (z == null) {
      return null;
    }
    if (z.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = z.substring(1).replace(":", "");
    int h = Integer.parseInt(digits.substring(0, 2));
    int m = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    return z.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-h, -m) : ZoneOffset.ofHoursMinutes(h, m);
  }

  private interface Reader {
    Stamp read(Matcher m);
  }

  private static Stamp at(Pattern p, String text, int from, Reader r) {
    Matcher m = p.matcher(text);
    m.region(from, text.length());
    return m.lookingAt() ? r.read(m) : null;
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static Stamp iso(Matcher m) {
    return new Stamp(
        i(m, 1),
        i(m, 2),
        i(m, 3),
        i(m, 4),
        i(m, 5),
        i(m, 6),
        Stamp.nanos(m.group(7)),
        offset(m.group(8)),
        m.end());
  }

  private static Stamp web(Matcher m) {
    return new Stamp(
        i(m, 3),
        month(m.group(2)),
        i(m, 1),
        i(m, 4),
        i(m, 5),
        i(m, 6),
        Stamp.nanos(m.group(7)),
        offset(m.group(8)),
        m.end());
  }

  private static Stamp ctime(Matcher m) {
    int year = m.group(7) == null ? Stamp.NO_YEAR : i(m, 7);
    return new Stamp(
        year,
        month(m.group(1)),
        i(m, 2),
        i(m, 3),
        i(m, 4),
        i(m, 5),
        Stamp.nanos(m.group(6)),
        null,
        m.end());
  }

  private static Stamp monthDay(Matcher m) {
    return new Stamp(
        Stamp.NO_YEAR,
        i(m, 1),
        i(m, 2),
        i(m, 3),
        i(m, 4),
        i(m, 5),
        Stamp.nanos(m.group(6)),
        null,
        m.end());
  }

  private static Stamp epoch(Matcher m) {
    return epoch(Long.parseLong(m.group(1)), Stamp.nanos(m.group(2)), m.end());
  }

  private static Stamp epochNumber(long n, int digits) {
    if (digits <= 10) {
      return epoch(n, 0, digits);
    }
    if (digits <= 13) {
      return epoch(Math.floorDiv(n, 1000), (int) Math.floorMod(n, 1000) * 1_000_000, digits);
    }
    if (digits <= 16) {
      return epoch(Math.floorDiv(n, 1_000_000), (int) Math.floorMod(n, 1_000_000) * 1000, digits);
    }
    return epoch(Math.floorDiv(n, 1_000_000_000), (int) Math.floorMod(n, 1_000_000_000), digits);
  }
}
