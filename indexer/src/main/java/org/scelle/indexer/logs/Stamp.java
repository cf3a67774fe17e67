package org.scelle.indexer.logs;

import java.time.ZoneOffset;

/**
 * A time as written in a log, before it is placed on the UTC time line by {@link TimeResolver}.
 * Immutable.
 *
 * @param year the year, or {@link #NO_YEAR} when the log does not write it
 * @param offset the written UTC offset, or null for a local time
 * @param end index in the text just after the time, for prefix matches
 */
record Stamp(
    int year,
    int month,
    int day,
    int hour,
    int minute,
    int second,
    int nano,
    ZoneOffset offset,
    int end) {

  static final int NO_YEAR = Integer.MIN_VALUE;

  /** A fraction of a second as written ({@code "294"}, {@code "123456"}), in nanoseconds. */
  static int nanos(String fraction) {
    if (fraction == null || fraction.isEmpty()) {
      return 0;
    }
    String f = fraction.length() > 9 ? fraction.substring(0, 9) : fraction;
    int n = Integer.parseInt(f);
    for (int i = f.length(); i < 9; i++) {
      n *= 10;
    }
    return n;
  }
}
