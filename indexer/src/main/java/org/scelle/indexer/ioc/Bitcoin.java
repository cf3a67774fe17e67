package org.scelle.indexer.ioc;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Checksum verification of Bitcoin mainnet addresses: Base58Check P2PKH ({@code 1...}) and P2SH
 * ({@code 3...}), and segwit {@code bc1...} in bech32 (witness version 0, BIP 173) or bech32m
 * (versions 1 to 16, BIP 350). Written from the BIPs. Stateless and thread-safe.
 */
final class Bitcoin {

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

  private Bitcoin() {}

  /** Whether {@code s} is a Base58Check P2PKH or P2SH mainnet address with a valid checksum. */
  static boolean isBase58Address(String s) {
    if (s.length() < 26 || s.length() > 35) {
      return false;
    }
    BigInteger n = BigInteger.ZERO;
    for (int i = 0; i < s.length(); i++) {
      int digit = BASE58.indexOf(s.charAt(i));
      if (digit < 0) {
        return false;
      }
      n = n.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.toByteArray();
    int leadingOnes = 0;
    while (leadingOnes < s.length() && s.charAt(leadingOnes) == '1') {
      leadingOnes++;
    }
    int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0; // BigInteger's sign byte
    int significant = n.signum() == 0 ? 0 : magnitude.length - skip;
    if (leadingOnes + significant != 25) {
      return false;
    }
    byte[] decoded = new byte[25];
    System.arraycopy(
        magnitude, magnitude.length - significant, decoded, 25 - significant, significant);
    if (decoded[0] != 0x00 && decoded[0] != 0x05) {
      return false;
    }
    byte[] check = sha256(sha256(Arrays.copyOf(decoded, 21)));
    return Arrays.equals(Arrays.copyOf(check, 4), Arrays.copyOfRange(decoded, 21, 25));
  }

  /** Whether {@code s} is a {@code bc1} segwit address with a valid bech32 or bech32m checksum. */
  static boolean isBech32Address(String s) {
    if (!s.equals(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))) {
      return false; // mixed case is invalid
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("bc1") || lower.length() < 14 || lower.length() > 90) {
      return false;
    }
    int[] data = new int[lower.length() - 3];
    for (int i = 3; i < lower.length(); i++) {
      data[i - 3] = BECH32.indexOf(lower.charAt(i));
      if (data[i - 3] < 0) {
        return false;
      }
    }
    int witnessVersion = data[0];
    int program = (data.length - 1 - 6) * 5 / 8; // bytes in the witness program
    if (witnessVersion > 16 || program < 2 || program > 40) {
      return false;
    }
    if (witnessVersion == 0 && program != 20 && program != 32) {
      return false;
    }
    int expected = witnessVersion == 0 ? BECH32_CONST : BECH32M_CONST;
    return polymod(data) == expected;
  }

  /** BIP 173 checksum over the expanded human-readable part {@code bc} and the data values. */
  private static int polymod(int[] data) {
    int chk = 1;
    int[] hrp = {'b' >> 5, 'c' >> 5, 0, 'b' & 31, 'c' & 31};
    for (int v : hrp) {
      chk = step(chk, v);
    }
    for (int v : data) {
      chk = step(chk, v);
    }
    return chk;
  }

  private static int step(int chk, int value) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int top = chk >>> 25;
    int next = ((chk & 0x1ffffff) << 5) ^ value;
    for (int i = 0; i < 5; i++) {
      if (((top >>> i) & 1) != 0) {
        next ^= gen[i];
      }
    }
    return next;
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
