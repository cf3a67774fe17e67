package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Values}: FILETIMEs written as python-evtx writes them. */
class ValuesTest {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The formatter's text for a FILETIME: what {@link Values#filetime} must write. */
  private static String expected(long ft) {
    long t = ft - Values.FILETIME_EPOCH;
    LocalDateTime d = LocalDateTime.ofEpochSecond(Math.floorDiv(t, 10_000_000L), 0, ZoneOffset.UTC);
    long micros = Math.floorMod(t, 10_000_000L) / 10;
    return SECONDS.format(d) + (micros == 0 ? "" : String.format(".%06d", micros));
  }

  @Test
  void fileTimesReadAsTheFormatterWritesThem() {
    assertThat(Values.filetime(0)).isEqualTo("1601-01-01 00:00:00");
    assertThat(Values.filetime(132_183_207_001_234_567L)).isEqualTo("2019-11-15 19:45:00.123456");
    assertThat(Values.filetime(Long.MAX_VALUE)).isEqualTo(expected(Long.MAX_VALUE)).startsWith("+");
    assertThat(Values.filetime(-1)).isEqualTo("18446744073709551615");
    SplittableRandom random = new SplittableRandom(20191115);
    for (int i = 0; i < 100_000; i++) {
      long ft = random.nextLong(0, Long.MAX_VALUE);
      if (i % 3 == 0) {
        ft -= ft % 10_000_000L; // whole seconds: no fraction
      }
      assertThat(Values.filetime(ft)).as("%d", ft).isEqualTo(expected(ft));
    }
  }

  /** A SYSTEMTIME value (type 0x12) of the given fields, rendered. */
  private static String systemtime(int... fields) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[2 * i] = (byte) fields[i];
      b[2 * i + 1] = (byte) (fields[i] >>> 8);
    }
    return Values.text(b, 0, 16, 0x12);
  }

  @Test
  void systemTimesThatAreNotTimesKeepTheirFieldsInsteadOfFailing() {
    // year, month, day of week, day, hour, minute, second, milliseconds
    assertThat(systemtime(2019, 11, 5, 15, 19, 45, 0, 123)).isEqualTo("2019-11-15 19:45:00.123000");
    assertThat(systemtime(2019, 11, 5, 15, 19, 45, 0, 0)).isEqualTo("2019-11-15 19:45:00");
    assertThat(systemtime(2019, 2, 0, 31, 1, 2, 3, 0)).isEqualTo("2019-02-31 01:02:03");
    assertThat(systemtime(2019, 11, 5, 15, 19, 45, 0, 65535))
        .isEqualTo("2019-11-15 19:45:00.65535");
    assertThat(systemtime(2020, 2, 0, 29, 0, 0, 0, 0)).isEqualTo("2020-02-29 00:00:00");
    assertThat(systemtime(0, 0, 0, 0, 0, 0, 0, 0)).isEmpty();
  }
}
