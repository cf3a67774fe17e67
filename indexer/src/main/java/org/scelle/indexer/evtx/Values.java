package org.scelle.indexer.evtx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.scelle.indexer.event.TimeDigits;

/**
 * Renders binary XML values as text, in the conventions of {@code evtx_dump.py} (python-evtx) so
 * that scelle's XML can be compared with it: see {@link Node}. Stateless.
 */
final class Values {
  private Values() {}

  /** 100-ns intervals between 1601-01-01 and 1970-01-01. */
  static final long FILETIME_EPOCH = 116_444_736_000_000_000L;

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Renders the {@code size} bytes at {@code off} as a value of {@code type}.
   *
   * @throws BinXmlException for a size that does not fit the type
   */
  static String text(byte[] b, int off, int size, int type) {
    if ((type & 0x80) != 0) {
      return array(b, off, size, type & 0x7f);
    }
    return switch (type) {
      case 0x00 -> "";
      case 0x01 -> stripNuls(ByteCursor.utf16le(b, off, size & ~1));
      case 0x02 -> stripNuls(new String(b, off, size, StandardCharsets.ISO_8859_1));
      case 0x03 -> Integer.toString(b[fixed(off, size, 1)]);
      case 0x04 -> Integer.toString(b[fixed(off, size, 1)] & 0xff);
      case 0x05 -> Integer.toString((short) ByteCursor.u16(b, fixed(off, size, 2)));
      case 0x06 -> Integer.toString(ByteCursor.u16(b, fixed(off, size, 2)));
      case 0x07 -> Integer.toString((int) ByteCursor.u32(b, fixed(off, size, 4)));
      case 0x08 -> Long.toString(ByteCursor.u32(b, fixed(off, size, 4)));
      case 0x09 -> Long.toString(ByteCursor.u64(b, fixed(off, size, 8)));
      case 0x0a -> Long.toUnsignedString(ByteCursor.u64(b, fixed(off, size, 8)));
      case 0x0b -> python(Float.intBitsToFloat((int) ByteCursor.u32(b, fixed(off, size, 4))));
      case 0x0c -> python(Double.longBitsToDouble(ByteCursor.u64(b, fixed(off, size, 8))));
      case 0x0d -> (int) ByteCursor.u32(b, fixed(off, size, 4)) > 0 ? "True" : "False";
      case 0x0e ->
          Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(b, off, off + size));
      case 0x0f -> guid(b, fixed(off, size, 16));
      case 0x10 ->
          size == 4
              ? Long.toString(ByteCursor.u32(b, off))
              : Long.toUnsignedString(ByteCursor.u64(b, fixed(off, size, 8)));
      case 0x11 -> filetime(ByteCursor.u64(b, fixed(off, size, 8)));
      case 0x12 -> systemtime(b, fixed(off, size, 16));
      case 0x13 -> sid(b, off, size);
      case 0x14 -> hex(b, fixed(off, size, 4), 4);
      case 0x15 -> hex(b, fixed(off, size, 8), 8);
      default -> text(b, off, size, 0x0e);
    };
  }

  /** The fixed size of a scalar type, or 0 for variable-size types. */
  static int fixedSize(int type) {
    return switch (type) {
      case 0x03, 0x04 -> 1;
      case 0x05, 0x06 -> 2;
      case 0x07, 0x08, 0x0b, 0x0d, 0x14 -> 4;
      case 0x09, 0x0a, 0x0c, 0x11, 0x15, 0x10 -> 8;
      case 0x0f, 0x12 -> 16;
      default -> 0;
    };
  }

  private static int fixed(int off, int size, int expected) {
    if (size < expected) {
      throw new BinXmlException("value of " + size + " bytes where " + expected + " are needed");
    }
    return off;
  }

  private static String array(byte[] b, int off, int size, int type) {
    StringBuilder sb = new StringBuilder();
    if (type == 0x01) {
      // A sequence of NUL-terminated UTF-16 strings, rendered as <string> lines like python-evtx.
      String all = ByteCursor.utf16le(b, off, size & ~1);
      int start = 0;
      for (int i = 0; i < all.length(); i++) {
        if (all.charAt(i) == 0) {
          sb.append("<string>").append(all, start, i).append("</string>\n");
          start = i + 1;
        }
      }
      if (start < all.length()) {
        sb.append("<string>").append(all, start, all.length()).append("</string>\n");
      }
      return sb.toString();
    }
    int width = fixedSize(type);
    if (width == 0) {
      return text(b, off, size, 0x0e);
    }
    for (int p = off; p + width <= off + size; p += width) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(text(b, p, width, type));
    }
    return sb.toString();
  }

  static String stripNuls(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** {@code 0x} and the value's {@code n} bytes, most significant first. */
  private static String hex(byte[] b, int off, int n) {
    StringBuilder sb = new StringBuilder(2 + 2 * n).append("0x");
    for (int i = n - 1; i >= 0; i--) {
      sb.append(HEX[(b[off + i] >> 4) & 0xf]).append(HEX[b[off + i] & 0xf]);
    }
    return sb.toString();
  }

  static String guid(byte[] b, int off) {
    StringBuilder sb = new StringBuilder(38).append('{');
    hex(sb, ByteCursor.u32(b, off), 8);
    hex(sb.append('-'), ByteCursor.u16(b, off + 4), 4);
    hex(sb.append('-'), ByteCursor.u16(b, off + 6), 4);
    sb.append('-');
    for (int i = 8; i < 16; i++) {
      if (i == 10) {
        sb.append('-');
      }
      sb.append(HEX[(b[off + i] >> 4) & 0xf]).append(HEX[b[off + i] & 0xf]);
    }
    return sb.append('}').toString();
  }

  /** Appends the low {@code digits} hex digits of {@code v}, zero-padded, lower case. */
  private static void hex(StringBuilder sb, long v, int digits) {
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
      sb.append(HEX[(int) (v >>> shift) & 0xf]);
    }
  }

  private static String sid(byte[] b, int off, int size) {
    if (size < 8) {
      throw new BinXmlException("SID of " + size + " bytes");
    }
    int revision = b[off] & 0xff;
    int count = b[off + 1] & 0xff;
    long authority = 0;
    for (int i = 2; i < 8; i++) {
      authority = authority << 8 | (b[off + i] & 0xff);
    }
    StringBuilder sb = new StringBuilder("S-").append(revision).append('-').append(authority);
    // An incomplete SID (fewer sub-authorities than announced) keeps the ones present.
    for (int i = 0; i < count && 8 + 4 * i + 4 <= size; i++) {
      sb.append('-').append(ByteCursor.u32(b, off + 8 + 4 * i));
    }
    return sb.toString();
  }

  /** A FILETIME as UTC {@code yyyy-MM-dd HH:mm:ss[.ffffff]} (microseconds truncated). */
  static String filetime(long ft) {
    long unix100ns = ft - FILETIME_EPOCH;
    long seconds = Math.floorDiv(unix100ns, 10_000_000L);
    long micros = Math.floorMod(unix100ns, 10_000_000L) / 10;
    if (ft < 0) {
      return Long.toUnsignedString(ft);
    }
    return time(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC), micros);
  }

  private static String systemtime(byte[] b, int off) {
    int[] f = new int[8];
    for (int i = 0; i < 8; i++) {
      f[i] = ByteCursor.u16(b, off + 2 * i);
    }
    if (f[0] == 0 && f[1] == 0) {
      return "";
    }
    if (f[1] < 1
        || f[1] > 12
        || f[3] < 1
        || f[3] > YearMonth.of(f[0], f[1]).lengthOfMonth()
        || f[4] > 23
        || f[5] > 59
        || f[6] > 59
        || f[7] > 999) {
      // Not a time (a 31st of February, 1,000 or more milliseconds): its fields as they are.
      String s = String.format("%04d-%02d-%02d %02d:%02d:%02d", f[0], f[1], f[3], f[4], f[5], f[6]);
      return f[7] > 999 ? s + "." + f[7] : s;
    }
    return time(LocalDateTime.of(f[0], f[1], f[3], f[4], f[5], f[6]), f[7] * 1000L);
  }

  private static String time(LocalDateTime t, long micros) {
    if (!TimeDigits.fourDigitYear(t.getYear()) || micros > 999_999) {
      String s = SECONDS.format(t); // year of era, signed past 9999: as the formatter has it
      if (micros == 0) {
        return s;
      }
      String m = Long.toString(micros);
      return s + "." + "000000".substring(m.length()) + m;
    }
    // Four-digit years (all of them in practice) without the formatter, which is slow to start.
    byte[] b = new byte[TimeDigits.DATE_TIME_LENGTH + (micros == 0 ? 0 : 7)];
    TimeDigits.putDateTime(b, t, ' ');
    if (micros != 0) {
      b[TimeDigits.DATE_TIME_LENGTH] = '.';
      TimeDigits.putDigits(b, TimeDigits.DATE_TIME_LENGTH + 1, micros, 6);
    }
    return TimeDigits.text(b);
  }

  /**
   * A double as Python's {@code str(float)} writes it: shortest repr, {@code 1e-05}, {@code 1.0}.
   */
  static String python(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exp = v.precision() - v.scale() - 1;
    if (exp >= -5 && exp < 16) {
      String s = v.toPlainString();
      return s.contains(".") ? s : s + ".0";
    }
    String digits = v.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (d < 0 ? "-" : "")
        + mantissa
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format("%02d", Math.abs(exp));
  }
}
