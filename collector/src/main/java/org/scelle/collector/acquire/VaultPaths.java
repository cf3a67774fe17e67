package org.scelle.collector.acquire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.scelle.collector.walk.SourceName;
import org.scelle.custody.digest.MultiDigest;

/**
 * Where an item's bytes go in the vault: {@code data/<host>/<acquisition>/<original path>}.
 *
 * <p>The original path keeps its components; a component that is not valid UTF-8 is written with
 * each invalid byte (and '#') as {@code #XX}, since BagIt manifests are UTF-8 text (the exact
 * original bytes are in the item record's {@code source_path_b64}); a component longer than 255
 * bytes is cut and suffixed with {@code ~} and 8 hex digits of its SHA-256. Stateless.
 */
final class VaultPaths {
  private static final int MAX_NAME_BYTES = 255;

  private VaultPaths() {}

  static String of(String host, String acquisition, SourceName source) {
    StringBuilder sb = new StringBuilder("data/").append(host).append('/').append(acquisition);
    for (byte[] component : split(source.raw())) {
      sb.append('/').append(component(component));
    }
    return sb.toString();
  }

  private static List<byte[]> split(byte[] raw) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= raw.length; i++) {
      if (i == raw.length || raw[i] == '/') {
        if (i > start) {
          byte[] c = new byte[i - start];
          System.arraycopy(raw, start, c, 0, c.length);
          out.add(c);
        }
        start = i + 1;
      }
    }
    return out;
  }

  static String component(byte[] bytes) {
    String name;
    try {
      name =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      name = escapeInvalid(bytes);
    }
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= MAX_NAME_BYTES) {
      return name;
    }
    String suffix = "~" + HexFormat.of().formatHex(MultiDigest.sha256().digest(bytes), 0, 4);
    StringBuilder cut = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > MAX_NAME_BYTES - suffix.length()) {
        break;
      }
      cut.appendCodePoint(cp);
      used += len;
      i += Character.charCount(cp);
    }
    return cut + suffix;
  }

  private static String escapeInvalid(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < bytes.length) {
      int len = utf8SequenceLength(bytes, i);
      if (len > 0 && !(len == 1 && bytes[i] == '#')) {
        sb.append(new String(bytes, i, len, StandardCharsets.UTF_8));
        i += len;
      } else {
        sb.append('#').append(HexFormat.of().withUpperCase().toHexDigits(bytes[i]));
        i++;
      }
    }
    return sb.toString();
  }

  /** Length of the valid UTF-8 sequence at {@code i}, or 0 when it is not valid. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int c = b[i] & 0xff;
    int len =
        c < 0x80
            ? 1
            : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len == 0 || i + len > b.length) {
      return 0;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, i, len));
      return len;
    } catch (CharacterCodingException e) {
      return 0;
    }
  }
}
