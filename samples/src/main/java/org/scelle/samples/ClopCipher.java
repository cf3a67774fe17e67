package org.scelle.samples;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sample's Clop-like file encryption: AES-256-CTR over the whole content with one seed-derived
 * key, a per-file counter block derived from the file's identity, then a footer made of the ASCII
 * marker {@code Clop^_-} and 256 seed-derived bytes standing in for the RSA-encrypted file key.
 *
 * <p>The file identity is {@code <HOST>:<path on that host>} of the original file, for example
 * {@code SRV-FILE01:D/Partages/Finances/budget-2019.xlsx}. Immutable and thread-safe.
 */
public final class ClopCipher {

  /** The footer marker that precedes the 256 "encrypted key" bytes. */
  public static final byte[] MARKER = "Clop^_-".getBytes(StandardCharsets.US_ASCII);

  /** Length of the stand-in encrypted key after the marker. */
  public static final int KEY_BLOB_LENGTH = 256;

  /** Total footer length. */
  public static final int FOOTER_LENGTH = MARKER.length + KEY_BLOB_LENGTH;

  private final Derivation derivation;
  private final SecretKeySpec key;

  /** The cipher of the incident made from {@code derivation}. */
  public ClopCipher(Derivation derivation) {
    this.derivation = derivation;
    this.key = new SecretKeySpec(derivation.bytes("clop/aes-256-key", 32), "AES");
  }

  /**
   * Returns the encrypted form of {@code plain}: ciphertext of the same length, then the footer.
   */
  public byte[] encrypt(String fileId, byte[] plain) {
    byte[] body = ctr(fileId, plain, 0, plain.length);
    byte[] out = Arrays.copyOf(body, body.length + FOOTER_LENGTH);
    System.arraycopy(MARKER, 0, out, body.length, MARKER.length);
    byte[] blob = derivation.bytes("clop/encrypted-key/" + fileId, KEY_BLOB_LENGTH);
    System.arraycopy(blob, 0, out, body.length + MARKER.length, KEY_BLOB_LENGTH);
    return out;
  }

  /**
   * Returns the plain content of {@code encrypted}, which must end with a footer.
   *
   * @throws IllegalArgumentException if the footer marker is not where it should be
   */
  public byte[] decrypt(String fileId, byte[] encrypted) {
    if (!hasFooter(encrypted)) {
      throw new IllegalArgumentException(
          "encrypted file "
              + fileId
              + " ("
              + encrypted.length
              + " bytes): no Clop^_- marker at offset "
              + (encrypted.length - FOOTER_LENGTH));
    }
    return ctr(fileId, encrypted, 0, encrypted.length - FOOTER_LENGTH);
  }

  /** Whether {@code data} ends with the marker followed by {@value #KEY_BLOB_LENGTH} bytes. */
  public static boolean hasFooter(byte[] data) {
    int at = data.length - FOOTER_LENGTH;
    return at >= 0 && Arrays.equals(data, at, at + MARKER.length, MARKER, 0, MARKER.length);
  }

  private byte[] ctr(String fileId, byte[] in, int off, int len) {
    try {
      Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          key,
          new IvParameterSpec(derivation.bytes("clop/ctr-iv/" + fileId, 16)));
      return c.doFinal(in, off, len);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CTR/NoPadding unavailable or refused a 256-bit key", e);
    }
  }
}
