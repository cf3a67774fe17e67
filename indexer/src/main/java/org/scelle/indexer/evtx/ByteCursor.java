package org.scelle.indexer.evtx;

import java.nio.charset.StandardCharsets;

/**
 * A little-endian reader over part of a chunk buffer, with bounds checked against a limit. Every
 * read past the limit throws {@link BinXmlException} naming the offset. Not thread-safe.
 */
final class ByteCursor {
  private final byte[] buf;
  private final int limit;
  private int pos;

  ByteCursor(byte[] buf, int start, int limit) {
    if (start < 0 || limit > buf.length || start > limit) {
      throw new BinXmlException(
          "range 0x"
              + Integer.toHexString(start)
              + "..0x"
              + Integer.toHexString(limit)
              + " out of chunk");
    }
    this.buf = buf;
    this.pos = start;
    this.limit = limit;
  }

  int pos() {
    return pos;
  }

  int limit() {
    return limit;
  }

  int remaining() {
    return limit - pos;
  }

  void seek(int p) {
    if (p < 0 || p > limit) {
      throw new BinXmlException("seek to 0x" + Integer.toHexString(p) + " past end");
    }
    pos = p;
  }

  private void need(int n) {
    if (n < 0 || limit - pos < n) {
      throw new BinXmlException(
          "need "
              + n
              + " bytes at chunk offset 0x"
              + Integer.toHexString(pos)
              + ", have "
              + (limit - pos));
    }
  }

  int peek() {
    need(1);
    return buf[pos] & 0xff;
  }

  int u8() {
    need(1);
    return buf[pos++] & 0xff;
  }

  int u16() {
    need(2);
    int v = u16(buf, pos);
    pos += 2;
    return v;
  }

  /** An unsigned 32-bit value that must fit an int (offsets, sizes, counts). */
  int u32AsInt() {
    long v = u32();
    if (v > Integer.MAX_VALUE) {
      throw new BinXmlException(
          "value 0x" + Long.toHexString(v) + " too large at 0x" + Integer.toHexString(pos - 4));
    }
    return (int) v;
  }

  long u32() {
    need(4);
    long v = u32(buf, pos);
    pos += 4;
    return v;
  }

  void skip(int n) {
    need(n);
    pos += n;
  }

  String utf16(int chars) {
    need(chars * 2);
    String s = utf16le(buf, pos, chars * 2);
    pos += chars * 2;
    return s;
  }

  /**
   * The {@code len} bytes at {@code off} decoded as UTF-16LE: the same string as {@code new
   * String(b, off, len, UTF_16LE)}, built directly when the text has no surrogate, no reversed
   * byte-order mark and an even length (nearly always; as Latin-1 bytes when every char is below
   * U+0100), and by that decoder otherwise, so malformed input is replaced exactly as it would be.
   */
  static String utf16le(byte[] b, int off, int len) {
    if ((len & 1) != 0) {
      return new String(b, off, len, StandardCharsets.UTF_16LE);
    }
    byte[] latin1 = new byte[len >> 1];
    int i = 0;
    for (int p = off; i < latin1.length && b[p + 1] == 0; i++, p += 2) {
      latin1[i] = b[p];
    }
    if (i == latin1.length) {
      return new String(latin1, StandardCharsets.ISO_8859_1); // every char below U+0100
    }
    char[] c = new char[len >> 1];
    for (int k = 0, p = off; k < c.length; k++, p += 2) {
      char ch = (char) ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
      if (Character.isSurrogate(ch) || ch == '\uFFFE') {
        return new String(b, off, len, StandardCharsets.UTF_16LE);
      }
      c[k] = ch;
    }
    return new String(c);
  }

  static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  static long u32(byte[] b, int p) {
    return (b[p] & 0xffL)
        | (b[p + 1] & 0xffL) << 8
        | (b[p + 2] & 0xffL) << 16
        | (b[p + 3] & 0xffL) << 24;
  }

  static long u64(byte[] b, int p) {
    return u32(b, p) | u32(b, p + 4) << 32;
  }
}
