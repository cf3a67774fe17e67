package org.scelle.samples;

import java.nio.charset.StandardCharsets;

/** Text encoding helpers. Stateless. */
final class Text {

  private Text() {}

  /**
   * {@code s} in UTF-8.
   *
   * @throws IllegalArgumentException if {@code s} holds a carriage return (LF line endings only)
   */
  static byte[] utf8(String s) {
    if (s.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("text holds a CR: LF line endings only");
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
