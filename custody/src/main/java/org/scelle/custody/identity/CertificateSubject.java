package org.scelle.custody.identity;

import java.security.cert.X509Certificate;

/**
 * The person named by a certificate subject: CN is the name, OU the role, O the organisation.
 *
 * @param name the common name, never empty
 * @param role the organisational unit, or the empty string when the subject has none
 * @param organisation the organisation, or the empty string when the subject has none
 */
record CertificateSubject(String name, String role, String organisation) {

  CertificateSubject {
    requireText("name", name);
    if (role == null || organisation == null) {
      throw new IllegalArgumentException("role and organisation must not be null (use \"\")");
    }
  }

  /**
   * Reads the subject of {@code certificate}.
   *
   * @throws IllegalArgumentException when the subject has no common name
   */
  static CertificateSubject of(X509Certificate certificate) {
    byte[] der = certificate.getSubjectX500Principal().getEncoded();
    String name = firstValue(der, DerName.CN);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "certificate subject '" + certificate.getSubjectX500Principal() + "' has no CN");
    }
    return new CertificateSubject(name, firstValue(der, DerName.OU), firstValue(der, DerName.O));
  }

  /**
   * The first value of attribute {@code type} ({@link DerName#CN}, {@link DerName#OU} or {@link
   * DerName#O}) in the DER-encoded name {@code der}, "" where absent: read by {@link DerName} with
   * the JDK alone, or by Bouncy Castle ({@link BcName}) for the encodings {@link DerName} leaves
   * aside. The string is the same either way.
   *
   * @throws IllegalArgumentException when Bouncy Castle cannot parse the name or the value
   */
  static String firstValue(byte[] der, byte[] type) {
    try {
      return DerName.firstValue(der, type);
    } catch (DerName.NotSimple e) {
      return BcName.firstValue(der, type);
    }
  }

  static void requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank; got: " + value);
    }
  }
}
