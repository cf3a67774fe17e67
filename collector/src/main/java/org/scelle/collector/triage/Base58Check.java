package org.scelle.collector.triage;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Validates Base58Check strings such as Bitcoin legacy (1...) and P2SH (3...) addresses. */
final class Base58Check {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Check() {}

  /**
   * Whether {@code s} decodes to 25 bytes whose last 4 are the double SHA-256 checksum of the rest.
   */
  static boolean isValidAddress(String s) {
    BigInteger value = BigInteger.ZERO;
    int leadingZeros = 0;
    boolean leading = true;
    for (int i = 0; i < s.length(); i++) {
      int digit = ALPHABET.indexOf(s.charAt(i));
      if (digit < 0) {
        return false;
      }
      if (leading && digit == 0) {
        leadingZeros++;
      } else {
        leading = false;
      }
      value = value.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = value.toByteArray();
    int start = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
    int bodyLength = value.signum() == 0 ? 0 : magnitude.length - start;
    if (leadingZeros + bodyLength != 25) {
      return false;
    }
    byte[] decoded = new byte[25];
    System.arraycopy(magnitude, start, decoded, leadingZeros, bodyLength);
    byte[] check = sha256(sha256(Arrays.copyOf(decoded, 21)));
    return Arrays.equals(check, 0, 4, decoded, 21, 25);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
