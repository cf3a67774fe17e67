package org.scelle.custody.identity;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A person acting on the evidence: the holder of a private key (in a PKCS#12 file or on a PKCS#11
 * token) and of the X.509 certificate that names them and their role.
 *
 * <p>Implementations are safe to use from one thread at a time; a PKCS#11 session in particular is
 * not shared between threads.
 */
public interface Identity {

  /** The person's name, as in the certificate's common name. */
  String name();

  /** The person's role in the case (for example {@code analyst}, {@code investigator}). */
  String role();

  /** The person's organisation, or the empty string when the certificate names none. */
  String organisation();

  /** The certificate that verifies this identity's signatures. */
  X509Certificate certificate();

  /**
   * The certificate chain from {@link #certificate()} (first) towards its root, as the key store
   * holds it; just {@code List.of(certificate())} for a self-signed certificate or when the store
   * holds no issuer. The list is unmodifiable. Signers embed it so that verifiers can reach a trust
   * anchor.
   */
  default List<X509Certificate> chain() {
    return List.of(certificate());
  }

  /** Lower-case hex SHA-256 of the certificate's DER encoding. */
  String fingerprint();

  /** The JCA name of the signature algorithm, for example {@code SHA256withECDSA}. */
  String signatureAlgorithm();

  /**
   * Signs {@code data} with this identity's private key.
   *
   * @throws GeneralSecurityException when the key or the token refuses to sign
   */
  byte[] sign(byte[] data) throws GeneralSecurityException;
}
