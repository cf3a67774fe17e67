package org.scelle.samples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.UUID;

/**
 * Derives every pseudo-random value of the incident from one seed and a label.
 *
 * <p>Each label gives an independent stream, so adding lines to one log never shifts the content of
 * another. Bytes come from SHA-256 in counter mode; {@link Random} streams are seeded from them
 * ({@code java.util.Random}'s algorithm is fixed by its specification, so the output is the same on
 * every JVM). Immutable and thread-safe.
 */
public final class Derivation {

  /** Namespace of the name-based (version 5) UUIDs made by {@link #uuid}. */
  private static final UUID NAMESPACE = UUID.fromString("8a1f4c1e-5b0d-5f43-9c7e-2f6d3b9a0e11");

  private final long seed;

  /** A derivation for {@code seed}. */
  public Derivation(long seed) {
    this.seed = seed;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /**
   * Returns {@code n} bytes derived from the seed and {@code label}: SHA-256(seed as 8 big-endian
   * bytes, label in UTF-8, 0x00, block counter as 4 big-endian bytes), block after block.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public byte[] bytes(String label, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0; got: " + n);
    }
    byte[] out = new byte[n];
    byte[] prefix = ByteBuffer.allocate(8).putLong(seed).array();
    byte[] name = label.getBytes(StandardCharsets.UTF_8);
    int block = 0;
    for (int off = 0; off < n; block++) {
      MessageDigest sha = digest("SHA-256");
      sha.update(prefix);
      sha.update(name);
      sha.update((byte) 0);
      sha.update(ByteBuffer.allocate(4).putInt(block).array());
      byte[] h = sha.digest();
      int len = Math.min(h.length, n - off);
      System.arraycopy(h, 0, out, off, len);
      off += len;
    }
    return out;
  }

  /** A {@link Random} seeded from {@code bytes(label, 8)}; the caller owns it (not thread-safe). */
  public Random random(String label) {
    return new Random(ByteBuffer.wrap(bytes("random/" + label, 8)).getLong());
  }

  /** A name-based (RFC 4122 version 5, SHA-1) UUID for {@code seed/label}. */
  public UUID uuid(String label) {
    MessageDigest sha1 = digest("SHA-1");
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
    sha1.update(ns.array());
    sha1.update((seed + "/" + label).getBytes(StandardCharsets.UTF_8));
    byte[] h = sha1.digest();
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  /** Lower-case hex digest of {@code data} with {@code algorithm} (for example {@code SHA-256}). */
  public static String hex(String algorithm, byte[] data) {
    return java.util.HexFormat.of().formatHex(digest(algorithm).digest(data));
  }

  static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JVM lacks mandatory digest " + algorithm, e);
    }
  }
}
