package org.scelle.collector.triage;

/**
 * Checks bytes as the JDK's strict UTF-8 decoder does when more input may follow ({@code
 * CharsetDecoder.decode(in, out, false)} with malformed input reported), without decoding them: a
 * malformed sequence anywhere is an error, and an incomplete sequence at the end is left out when
 * the bytes it has are a valid start. The JDK's rules for such a start are followed exactly,
 * including its leniency: an incomplete three-byte sequence is not checked for a surrogate.
 * Stateless.
 */
final class Utf8Prefix {
  private Utf8Prefix() {}

  /**
   * The number of bytes of {@code b[off, off + len)} the strict decoder would decode: {@code len}
   * less an incomplete sequence at the end, or -1 when a sequence is malformed.
   */
  static int validLength(byte[] b, int off, int len) {
    int i = off;
    int end = off + len;
    while (i < end) {
      int b1 = b[i];
      if (b1 >= 0) {
        i++;
        continue;
      }
      b1 &= 0xFF;
      int avail = end - i;
      if (b1 >= 0xC2 && b1 <= 0xDF) {
        if (avail < 2) {
          return i - off;
        }
        if (!continuation(b[i + 1])) {
          return -1;
        }
        i += 2;
      } else if (b1 >= 0xE0 && b1 <= 0xEF) {
        if (avail >= 2 && malformed3of2(b1, b[i + 1] & 0xFF)) {
          return -1;
        }
        if (avail < 3) {
          return i - off;
        }
        if (!continuation(b[i + 2])) {
          return -1;
        }
        int c = ((b1 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
        if (c >= 0xD800 && c <= 0xDFFF) {
          return -1;
        }
        i += 3;
      } else if (b1 >= 0xF0 && b1 <= 0xF4) {
        if (avail >= 2 && malformed4of2(b1, b[i + 1] & 0xFF)) {
          return -1;
        }
        if (avail >= 3 && !continuation(b[i + 2])) {
          return -1;
        }
        if (avail < 4) {
          return i - off;
        }
        if (!continuation(b[i + 3])) {
          return -1;
        }
        i += 4;
      } else {
        return -1; // a continuation byte, C0, C1 or F5..FF
      }
    }
    return len;
  }

  private static boolean continuation(byte x) {
    return (x & 0xC0) == 0x80;
  }

  /** E0 needs A0..BF next (no overlong form); any other lead a continuation byte. */
  private static boolean malformed3of2(int b1, int b2) {
    return (b1 == 0xE0 && (b2 & 0xE0) == 0x80) || (b2 & 0xC0) != 0x80;
  }

  /** F0 needs 90..BF next (no overlong form), F4 80..8F (nothing above U+10FFFF). */
  private static boolean malformed4of2(int b1, int b2) {
    return (b1 == 0xF0 && (b2 < 0x90 || b2 > 0xBF))
        || (b1 == 0xF4 && (b2 & 0xF0) != 0x80)
        || (b2 & 0xC0) != 0x80;
  }
}
