package org.scelle.samples;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Base58Check, the encoding of Bitcoin addresses: payload, then the first four bytes of
 * SHA-256(SHA-256(payload)), in the Bitcoin Base58 alphabet with one {@code '1'} per leading zero
 * byte. Stateless.
 */
public final class Base58Check {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Check() {}

  /** Encodes {@code payload} (version byte included) with its 4-byte checksum. */
  public static String encode(byte[] payload) {
    byte[] full = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(checksum(payload), 0, full, payload.length, 4);
    StringBuilder sb = new StringBuilder();
    BigInteger n = new BigInteger(1, full);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      sb.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < full.length && full[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  /**
   * Decodes {@code text} and returns the payload without its checksum.
   *
   * @throws IllegalArgumentException if a character is outside the alphabet, the text is too short,
   *     or the checksum does not match
   */
  public static byte[] decode(String text) {
    BigInteger n = BigInteger.ZERO;
    for (int i = 0; i < text.length(); i++) {
      int d = ALPHABET.indexOf(text.charAt(i));
      if (d < 0) {
        throw new IllegalArgumentException(
            "Base58 text '" + text + "': bad character '" + text.charAt(i) + "' at " + i);
      }
      n = n.multiply(BASE).add(BigInteger.valueOf(d));
    }
    byte[] mag = n.signum() == 0 ? new byte[0] : n.toByteArray();
    int strip = mag.length > 1 && mag[0] == 0 ? 1 : 0;
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    byte[] full = new byte[zeros + mag.length - strip];
    System.arraycopy(mag, strip, full, zeros, mag.length - strip);
    if (full.length < 5) {
      throw new IllegalArgumentException(
          "Base58Check text '" + text + "' is too short: " + full.length + " bytes");
    }
    byte[] payload = Arrays.copyOf(full, full.length - 4);
    byte[] sum = Arrays.copyOfRange(full, full.length - 4, full.length);
    if (!Arrays.equals(sum, checksum(payload))) {
      throw new IllegalArgumentException("Base58Check text '" + text + "': checksum mismatch");
    }
    return payload;
  }

  /** Whether {@code text} decodes with a valid checksum. */
  public static boolean isValid(String text) {
    try {
      decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] checksum(byte[] payload) {
    byte[] h = Derivation.digest("SHA-256").digest(Derivation.digest("SHA-256").digest(payload));
    return Arrays.copyOf(h, 4);
  }
}
