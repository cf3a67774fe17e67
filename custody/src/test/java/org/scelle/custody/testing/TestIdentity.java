package org.scelle.custody.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.ledger.CertStore;

/** An in-memory EC P-256 identity with a self-signed certificate, for tests. */
public final class TestIdentity implements Identity {
  private final String name;
  private final String role;
  private final PrivateKey key;
  private final X509Certificate cert;

  private TestIdentity(String name, String role, PrivateKey key, X509Certificate cert) {
    this.name = name;
    this.role = role;
    this.key = key;
    this.cert = cert;
  }

  /** A fresh identity for {@code name} acting as {@code role}. */
  public static TestIdentity create(String name, String role) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair kp = g.generateKeyPair();
      var subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.CN, name)
              .addRDN(BCStyle.OU, role)
              .build();
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              subject,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(1, ChronoUnit.DAYS)),
              Date.from(now.plus(365, ChronoUnit.DAYS)),
              subject,
              kp.getPublic());
      var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate());
      X509Certificate cert =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      return new TestIdentity(name, role, kp.getPrivate(), cert);
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String role() {
    return role;
  }

  @Override
  public String organisation() {
    return "";
  }

  @Override
  public X509Certificate certificate() {
    return cert;
  }

  @Override
  public String fingerprint() {
    return CertStore.fingerprint(cert);
  }

  @Override
  public String signatureAlgorithm() {
    return "SHA256withECDSA";
  }

  @Override
  public byte[] sign(byte[] data) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withECDSA");
    s.initSign(key);
    s.update(data);
    return s.sign();
  }
}
