package org.scelle.custody.identity;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

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
   * The subject as an X.500 name, most significant first ({@code O}, {@code OU}, {@code CN}), so
   * that it reads {@code CN=..., OU=..., O=...} in RFC 2253 form. Values are UTF8Strings; an empty
   * role or organisation is left out.
   */
  X500Name toX500Name() {
    X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
    if (!organisation.isEmpty()) {
      builder.addRDN(BCStyle.O, organisation);
    }
    if (!role.isEmpty()) {
      builder.addRDN(BCStyle.OU, role);
    }
    builder.addRDN(BCStyle.CN, name);
    return builder.build();
  }

  /**
   * Reads the subject of {@code certificate}.
   *
   * @throws IllegalArgumentException when the subject has no common name
   */
  static CertificateSubject of(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    String name = first(subject, BCStyle.CN);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "certificate subject '" + certificate.getSubjectX500Principal() + "' has no CN");
    }
    return new CertificateSubject(name, first(subject, BCStyle.OU), first(subject, BCStyle.O));
  }

  private static String first(X500Name name, ASN1ObjectIdentifier type) {
    for (RDN rdn : name.getRDNs(type)) {
      for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
        if (atv.getType().equals(type)) {
          ASN1Encodable value = atv.getValue();
          return value instanceof ASN1String s ? s.getString() : value.toString();
        }
      }
    }
    return "";
  }

  static void requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank; got: " + value);
    }
  }
}
