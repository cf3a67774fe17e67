package org.scelle.indexer.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * Writes date-time digits into ASCII text without the {@link java.time.format.DateTimeFormatter}
 * machinery, which is slow to start and slow per call: the index and the EVTX dump write a time for
 * every event. Only four-digit years; callers send the others to a formatter. Stateless.
 */
public final class TimeDigits {
  /** The length of {@code yyyy-MM-ddTHH:mm:ss}. */
  public static final int DATE_TIME_LENGTH = 19;

  private TimeDigits() {}

  /** Whether {@code year} has the four digits {@link #putDateTime} writes. */
  public static boolean fourDigitYear(int year) {
    return year >= 1000 && year <= 9999;
  }

  /**
   * Writes {@code yyyy-MM-dd} {@code separator} {@code HH:mm:ss} ({@value #DATE_TIME_LENGTH} bytes)
   * at {@code b[0]}.
   *
   * @throws IllegalArgumentException when the year is not {@linkplain #fourDigitYear four digits}
   */
  public static void putDateTime(byte[] b, LocalDateTime t, char separator) {
    if (!fourDigitYear(t.getYear())) {
      throw new IllegalArgumentException("not a four-digit year: " + t.getYear());
    }
    putDigits(b, 0, t.getYear(), 4);
    b[4] = '-';
    putDigits(b, 5, t.getMonthValue(), 2);
    b[7] = '-';
    putDigits(b, 8, t.getDayOfMonth(), 2);
    b[10] = (byte) separator;
    putDigits(b, 11, t.getHour(), 2);
    b[13] = ':';
    putDigits(b, 14, t.getMinute(), 2);
    b[16] = ':';
    putDigits(b, 17, t.getSecond(), 2);
  }

  /** Writes the low {@code width} decimal digits of {@code value} (not negative), zero-padded. */
  public static void putDigits(byte[] b, int at, long value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The ASCII text in {@code b}. */
  public static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
