package org.scelle.collector.walk;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The exact bytes of a path as the file system holds them, and their readable forms.
 *
 * <p>Java decodes file names with the platform charset, which loses bytes that are not valid UTF-8.
 * The URI form of a path, however, percent-encodes the raw bytes, so decoding it recovers them
 * exactly. Immutable.
 *
 * @param raw the path's bytes
 * @param text the path as UTF-8 text, with U+FFFD where the bytes are not valid UTF-8
 * @param valid whether {@code raw} is valid UTF-8 (then {@code text} is exact)
 */
public record SourceName(byte[] raw, String text, boolean valid) {

  /** The name of the absolute path {@code p}. */
  public static SourceName of(Path p) {
    byte[] raw = rawBytes(p.toAbsolutePath());
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = dec.decode(ByteBuffer.wrap(raw));
      return new SourceName(raw, cb.toString(), true);
    } catch (CharacterCodingException e) {
      return new SourceName(raw, new String(raw, StandardCharsets.UTF_8), false);
    }
  }

  /** Base64 of the raw bytes, recorded when the name is not valid UTF-8. */
  public String base64() {
    return Base64.getEncoder().encodeToString(raw);
  }

  static byte[] rawBytes(Path absolute) {
    String s = absolute.toUri().getRawPath();
    if (s.length() > 1 && s.endsWith("/") && !absolute.toString().endsWith("/")) {
      s = s.substring(0, s.length() - 1); // toUri() marks directories with a trailing slash
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write((byte) c);
      }
    }
    return out.toByteArray();
  }
}
