package org.scelle.collector.triage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises text in the head of a file and decodes it: UTF-16 with a byte order mark, UTF-8 (with
 * or without a mark), else Latin-1 when few bytes are outside ASCII. Text may be followed by NUL
 * padding, but has no NUL inside. A multi-byte character cut at the end of the head is ignored.
 * Stateless.
 */
final class TextSniffer {

  private static final Pattern HTML_START =
      Pattern.compile(
          "^(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|hta:application|script|meta|title|div|p|table)\\b",
          Pattern.DOTALL);

  private TextSniffer() {}

  /** {@code text/plain}, {@code text/html}, {@code application/xml} or the octet-stream type. */
  static String detect(byte[] h, int n) {
    if (!looksLikeText(h, n)) {
      return ContentDetector.OCTET_STREAM;
    }
    String start = decode(h, Math.min(n, 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("<?xml")) {
      return start.contains("<html") ? ContentDetector.HTML : ContentDetector.XML;
    }
    return HTML_START.matcher(start).find() ? ContentDetector.HTML : ContentDetector.TEXT;
  }

  /** Decodes the first {@code n} bytes of {@code h} with the charset rules of this class. */
  static String decode(byte[] h, int n) {
    Charset bom = bomCharset(h, n);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return lenient(bom, h, skip, n - skip);
    }
    String utf8 = strictUtf8(h, 0, n);
    return utf8 != null ? utf8 : new String(h, 0, n, StandardCharsets.ISO_8859_1);
  }

  private static boolean looksLikeText(byte[] h, int n) {
    Charset bom = bomCharset(h, n);
    if (bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE) {
      return true;
    }
    int start = bom == null ? 0 : 3;
    while (n > start && (h[n - 1] == 0 || h[n - 1] == '\r' || h[n - 1] == '\n')) {
      n--; // NUL padding (and line ends) after the text, as some notes have
    }
    if (n == start) {
      return false;
    }
    int control = 0;
    int high = 0;
    for (int i = start; i < n; i++) {
      int b = h[i] & 0xFF;
      if (b == 0) {
        return false;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != 0x0B)
          || b == 0x7F) {
        control++;
      } else if (b >= 0x80) {
        high++;
      }
    }
    int length = n - start;
    if (control * 100L > length) {
      return false;
    }
    return Utf8Prefix.validLength(h, start, length) >= 0 || high * 10L <= length * 3L;
  }

  private static Charset bomCharset(byte[] h, int n) {
    if (n >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Decodes UTF-8, or returns null on a malformed sequence; an incomplete sequence at the end is
   * dropped. Checked first ({@link Utf8Prefix}), then decoded by {@code String}'s own fast path.
   */
  private static String strictUtf8(byte[] h, int off, int len) {
    int valid = Utf8Prefix.validLength(h, off, len);
    return valid < 0 ? null : new String(h, off, valid, StandardCharsets.UTF_8);
  }

  private static String lenient(Charset charset, byte[] h, int off, int len) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(h, off, len - (charset == StandardCharsets.UTF_8 ? 0 : len % 2)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE decoder reported " + e, e);
    }
  }
}
