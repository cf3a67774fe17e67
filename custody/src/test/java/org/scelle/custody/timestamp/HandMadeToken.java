package org.scelle.custody.timestamp;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds RFC 3161 tokens by hand, with CMS primitives, for certificates that Bouncy Castle's {@code
 * TimeStampTokenGenerator} refuses (no, another or a non-critical extended key usage), so that the
 * verifier's own checks can be tested.
 */
final class HandMadeToken {

  /** How the signing certificate's extended key usage looks. */
  record Usage(KeyPurposeId purpose, boolean critical) {}

  static final String POLICY = "2.999.3161.2";

  private HandMadeToken() {}

  /**
   * A token over {@code imprint} signed by a fresh self-signed certificate with extended key usage
   * {@code usage}, or none when {@code usage} is null; the certificate is embedded and named by an
   * ESS signing-certificate-v2 attribute.
   */
  static byte[] signedBy(Usage usage, byte[] imprint) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());

    X500Name name = new X500Name("CN=hand-made TSA,O=scelle tests");
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(3),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(1))),
            name,
            keys.getPublic());
    if (usage != null) {
      builder.addExtension(
          Extension.extendedKeyUsage, usage.critical(), new ExtendedKeyUsage(usage.purpose()));
    }
    X509Certificate certificate =
        new JcaX509CertificateConverter().getCertificate(builder.build(signer));

    TSTInfo info =
        new TSTInfo(
            new ASN1ObjectIdentifier(POLICY),
            new MessageImprint(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), imprint),
            new ASN1Integer(1),
            new ASN1GeneralizedTime(new Date()),
            null,
            ASN1Boolean.FALSE,
            null,
            null,
            null);
    byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    AttributeTable essAttribute =
        new AttributeTable(
            new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));

    CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
    cms.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(essAttribute))
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()),
                certificate));
    cms.addCertificates(new JcaCertStore(List.of(certificate)));
    return cms.generate(
            new CMSProcessableByteArray(
                PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded(ASN1Encoding.DER)),
            true)
        .toASN1Structure()
        .getEncoded(ASN1Encoding.DER);
  }
}
