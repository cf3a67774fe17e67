package org.scelle.custody.digest;

import java.util.HexFormat;
import java.util.Objects;

/** The three digests of one byte sequence, in lower-case hex. Immutable. */
public record Digests(String md5, String sha1, String sha256) {
  public Digests {
    Objects.requireNonNull(md5, "md5");
    Objects.requireNonNull(sha1, "sha1");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** Lower-case hex of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
