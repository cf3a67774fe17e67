package org.scelle.indexer.sigma;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The value transformations of Sigma's {@code base64}, {@code base64offset} and {@code windash}.
 */
final class Encodings {
  /** The characters {@code windash} substitutes for one another. */
  static final String DASHES = "-/\u2013\u2014\u2015";

  private Encodings() {}

  /** The text encoding named by {@code wide}/{@code utf16le}/{@code utf16be}/{@code utf16}. */
  static byte[] encode(String value, String encoding) {
    if (encoding == null) {
      return value.getBytes(StandardCharsets.UTF_8);
    }
    Charset cs =
        switch (encoding) {
          case "wide", "utf16le" -> StandardCharsets.UTF_16LE;
          case "utf16be" -> StandardCharsets.UTF_16BE;
          case "utf16" -> StandardCharsets.UTF_16; // big-endian with a byte order mark
          default -> throw new IllegalArgumentException("unknown encoding: " + encoding);
        };
    return value.getBytes(cs);
  }

  /** Standard Base64 of {@code bytes}, with padding. */
  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * The three Base64 forms of {@code bytes} as they appear inside a longer encoded text, at each of
   * the three byte offsets: the characters that depend on the surrounding bytes are cut from both
   * ends.
   */
  static List<String> base64Offsets(byte[] bytes) {
    List<String> out = new ArrayList<>();
    for (int shift = 0; shift < 3; shift++) {
      byte[] padded = new byte[bytes.length + shift];
      System.arraycopy(bytes, 0, padded, shift, bytes.length);
      String enc = base64(padded);
      int start = new int[] {0, 2, 3}[shift];
      int cut = new int[] {0, 3, 2}[(bytes.length + shift) % 3];
      out.add(enc.substring(start, enc.length() - cut));
    }
    return out;
  }

  /**
   * The variants of {@code raw} with each option dash ({@code -} or {@code /} at the start or after
   * white space) replaced by each of {@link #DASHES}, the same one throughout; {@code raw} first.
   */
  static List<String> windash(String raw) {
    Set<String> out = new LinkedHashSet<>();
    out.add(raw);
    for (char d : DASHES.toCharArray()) {
      StringBuilder sb = new StringBuilder(raw);
      for (int i = 0; i < sb.length(); i++) {
        boolean optionStart = i == 0 || Character.isWhitespace(sb.charAt(i - 1));
        if (optionStart && DASHES.indexOf(sb.charAt(i)) >= 0) {
          sb.setCharAt(i, d);
        }
      }
      out.add(sb.toString());
    }
    return List.copyOf(out);
  }
}
