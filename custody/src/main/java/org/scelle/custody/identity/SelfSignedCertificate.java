package org.scelle.custody.identity;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the self-signed X.509 v3 certificate of a person's signing key: ten years from now, a
 * random 128-bit serial, key usage digitalSignature and nonRepudiation (critical), basic
 * constraints CA=false (critical), subject and authority key identifiers.
 *
 * <p>Stateless and safe for concurrent use.
 */
final class SelfSignedCertificate {

  static final int VALIDITY_YEARS = 10;

  private SelfSignedCertificate() {}

  /**
   * Issues the certificate of {@code publicKey}, signed with {@code privateKey}.
   *
   * @param provider the provider whose {@code Signature} uses {@code privateKey} (for example a
   *     PKCS#11 provider for a key on a token), or {@code null} for the JDK's default providers
   * @throws GeneralSecurityException when signing fails or the result does not verify with {@code
   *     publicKey}
   */
  static X509Certificate issue(
      CertificateSubject subject,
      PublicKey publicKey,
      PrivateKey privateKey,
      String signatureAlgorithm,
      Provider provider,
      SecureRandom random)
      throws GeneralSecurityException {
    X500Name name = BcName.of(subject);
    Instant notBefore = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant notAfter = notBefore.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name, serial(random), Date.from(notBefore), Date.from(notAfter), name, publicKey);
    X509CertificateHolder holder;
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder
          .addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              extensions.createSubjectKeyIdentifier(publicKey))
          .addExtension(
              Extension.authorityKeyIdentifier,
              false,
              extensions.createAuthorityKeyIdentifier(publicKey));
      JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(signatureAlgorithm);
      if (provider != null) {
        signerBuilder.setProvider(provider);
      }
      ContentSigner signer = signerBuilder.build(privateKey);
      holder = builder.build(signer);
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException(
          "cannot issue certificate for " + name + ": " + e.getMessage(), e);
    } catch (RuntimeOperatorException e) {
      // Bouncy Castle wraps signer failures (for example a token refusing to sign) unchecked.
      throw new GeneralSecurityException(
          "cannot sign certificate for " + name + ": " + e.getMessage(), e);
    }
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
    certificate.verify(certificate.getPublicKey());
    return certificate;
  }

  private static BigInteger serial(SecureRandom random) {
    BigInteger serial;
    do {
      serial = new BigInteger(128, random);
    } while (serial.signum() == 0);
    return serial;
  }
}
