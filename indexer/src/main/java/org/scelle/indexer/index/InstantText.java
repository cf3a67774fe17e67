package org.scelle.indexer.index;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.scelle.indexer.event.TimeDigits;

/**
 * The ISO-8601 text of an instant, exactly as {@link Instant#toString()} writes it ({@code
 * 2019-11-01T08:22:01Z}, {@code 2019-11-01T08:22:01.677Z}: seconds always, a fraction of 3, 6 or 9
 * digits only when not zero), without the formatter machinery that call goes through: the index
 * stores the time of every event. Years outside 1000 to 9999 go to {@link Instant#toString()}.
 * Stateless and thread-safe.
 */
final class InstantText {
  /** 1000-01-01T00:00:00Z, in epoch seconds. */
  private static final long MIN = -30610224000L;

  /** 10000-01-01T00:00:00Z, in epoch seconds (exclusive). */
  private static final long MAX = 253402300800L;

  private InstantText() {}

  /** The same text as {@code t.toString()}. */
  static String of(Instant t) {
    long secs = t.getEpochSecond();
    if (secs < MIN || secs >= MAX) {
      return t.toString();
    }
    LocalDateTime d = LocalDateTime.ofEpochSecond(secs, 0, ZoneOffset.UTC);
    int nano = t.getNano();
    int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
    byte[] b = new byte[TimeDigits.DATE_TIME_LENGTH + 1 + (digits == 0 ? 0 : digits + 1)];
    TimeDigits.putDateTime(b, d, 'T');
    int at = TimeDigits.DATE_TIME_LENGTH;
    if (digits > 0) {
      b[at++] = '.';
      TimeDigits.putDigits(b, at, nano / pow10(9 - digits), digits);
      at += digits;
    }
    b[at] = 'Z';
    return TimeDigits.text(b);
  }

  private static int pow10(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
