package org.scelle.custody.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * MD5, SHA-1 and SHA-256 of one byte sequence, fed once. Not thread-safe; one instance per stream.
 * After {@link #finish()} the instance is reset and may be reused.
 */
public final class MultiDigest {
  private final MessageDigest md5 = get("MD5");
  private final MessageDigest sha1 = get("SHA-1");
  private final MessageDigest sha256 = get("SHA-256");
  private long count;

  /** Feeds {@code len} bytes of {@code b} from {@code off}. */
  public void update(byte[] b, int off, int len) {
    md5.update(b, off, len);
    sha1.update(b, off, len);
    sha256.update(b, off, len);
    count += len;
  }

  /** Number of bytes fed since the last {@link #finish()}. */
  public long count() {
    return count;
  }

  /** Returns the digests of everything fed so far and resets. */
  public Digests finish() {
    count = 0;
    return new Digests(
        Digests.hex(md5.digest()), Digests.hex(sha1.digest()), Digests.hex(sha256.digest()));
  }

  /** A new SHA-256 digest (every JDK has it). */
  public static MessageDigest sha256() {
    return get("SHA-256");
  }

  private static MessageDigest get(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }
}
