package org.scelle.custody.identity;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Locale;

/** The key types scelle generates for a person, and the signature algorithm each one signs with. */
public enum KeyAlgorithm {
  /** Elliptic curve P-256 (secp256r1), signing with {@code SHA256withECDSA}. The default. */
  EC_P256("EC", "SHA256withECDSA", new ECGenParameterSpec("secp256r1")),
  /** RSA with a 3072-bit modulus, signing with {@code SHA256withRSA} (PKCS#1 v1.5). */
  RSA_3072("RSA", "SHA256withRSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4));

  private final String keyAlgorithm;
  private final String signatureAlgorithm;
  private final AlgorithmParameterSpec parameters;

  KeyAlgorithm(String keyAlgorithm, String signatureAlgorithm, AlgorithmParameterSpec parameters) {
    this.keyAlgorithm = keyAlgorithm;
    this.signatureAlgorithm = signatureAlgorithm;
    this.parameters = parameters;
  }

  /** The JCA key algorithm name: {@code EC} or {@code RSA}. */
  public String keyAlgorithm() {
    return keyAlgorithm;
  }

  /** The JCA signature algorithm name used with keys of this type. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /**
   * Generates a new key pair in software with the JDK's default provider.
   *
   * @throws GeneralSecurityException when the JDK cannot generate this key type
   */
  public KeyPair generateKeyPair(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
    generator.initialize(parameters, random);
    return generator.generateKeyPair();
  }

  /**
   * Returns the signature algorithm for a key whose JCA algorithm name is {@code keyAlgorithm}
   * ({@code EC} or {@code RSA}, case-insensitive).
   *
   * @throws IllegalArgumentException for any other key algorithm
   */
  public static String signatureAlgorithmFor(String keyAlgorithm) {
    String upper = keyAlgorithm.toUpperCase(Locale.ROOT);
    for (KeyAlgorithm a : values()) {
      if (a.keyAlgorithm.equals(upper)) {
        return a.signatureAlgorithm;
      }
    }
    throw new IllegalArgumentException(
        "unsupported key algorithm " + keyAlgorithm + "; expected EC or RSA");
  }
}
