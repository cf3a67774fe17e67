package org.scelle.custody.identity;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The Bouncy Castle side of certificate subjects: building the X.500 name of a new certificate, and
 * reading the names {@link DerName} leaves aside. Kept apart so that only keygen and such names
 * load Bouncy Castle's classes.
 *
 * <p>Stateless and safe for concurrent use.
 */
final class BcName {

  private BcName() {}

  /**
   * {@code subject} as an X.500 name, most significant first ({@code O}, {@code OU}, {@code CN}),
   * so that it reads {@code CN=..., OU=..., O=...} in RFC 2253 form. Values are UTF8Strings; an
   * empty role or organisation is left out.
   */
  static X500Name of(CertificateSubject subject) {
    X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
    if (!subject.organisation().isEmpty()) {
      builder.addRDN(BCStyle.O, subject.organisation());
    }
    if (!subject.role().isEmpty()) {
      builder.addRDN(BCStyle.OU, subject.role());
    }
    builder.addRDN(BCStyle.CN, subject.name());
    return builder.build();
  }

  /**
   * The first value of attribute {@code type} (the DER contents of its OID) in the DER-encoded name
   * {@code der}, the empty string where it has none: a string value as Bouncy Castle reads it, any
   * other value in its {@code toString} form.
   *
   * @throws IllegalArgumentException when Bouncy Castle cannot parse the name or the value
   */
  static String firstValue(byte[] der, byte[] type) {
    byte[] oid = new byte[type.length + 2];
    oid[0] = 0x06;
    oid[1] = (byte) type.length;
    System.arraycopy(type, 0, oid, 2, type.length);
    return first(X500Name.getInstance(der), ASN1ObjectIdentifier.getInstance(oid));
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
}
