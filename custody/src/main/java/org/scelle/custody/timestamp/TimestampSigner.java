package org.scelle.custody.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The signing core of a local RFC 3161 time-stamp authority: a fresh root CA and a TSA certificate
 * issued by it (EC P-256, SHA-256 with ECDSA, valid 30 days; the TSA certificate has the critical
 * extended key usage {@code id-kp-timeStamping} only and a critical key usage {@code
 * digitalSignature, nonRepudiation}), and Bouncy Castle's token generator with an ESS {@code
 * signing-certificate-v2} attribute, policy {@value #POLICY} and the TSA's name.
 *
 * <p>Its keys live in memory only and are trusted by nobody: it serves demonstrations and tests,
 * never real evidence. Thread-safe.
 */
public final class TimestampSigner {

  /** The policy of the tokens: an OID under the {@code 2.999} example arc. */
  public static final String POLICY = "2.999.3161.1";

  private final KeyPair rootKeys;
  private final X509Certificate rootCertificate;
  private final X509Certificate tsaCertificate;
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serial = new AtomicLong(1);

  private TimestampSigner(String rootName, String tsaName) throws GeneralSecurityException {
    rootKeys = ecKeyPair();
    KeyPair tsaKeys = ecKeyPair();
    Instant now = Instant.now();
    rootCertificate = rootCertificate(new X500Name(rootName), now);
    tsaCertificate = tsaCertificate(new X500Name(tsaName), tsaKeys, now);
    responses = responseGenerator(tsaKeys.getPrivate());
  }

  /**
   * Creates the keys and certificates.
   *
   * @param rootName the X.500 name of the root CA, for example {@code CN=...,O=...}
   * @param tsaName the X.500 name of the TSA certificate
   * @throws GeneralSecurityException when key generation or certificate signing fails
   */
  public static TimestampSigner create(String rootName, String tsaName)
      throws GeneralSecurityException {
    return new TimestampSigner(rootName, tsaName);
  }

  /** The self-signed root CA that issued {@link #tsaCertificate()}. */
  public X509Certificate rootCertificate() {
    return rootCertificate;
  }

  /** The certificate whose key signs the tokens. */
  public X509Certificate tsaCertificate() {
    return tsaCertificate;
  }

  /**
   * The DER time-stamp response granting {@code query} (a DER {@code TimeStampReq}) at the current
   * time, or a {@code rejection} response with {@code badDataFormat} when it does not parse.
   */
  public byte[] grant(byte[] query) throws IOException {
    TimeStampRequest request;
    try {
      request = new TimeStampRequest(query);
    } catch (IOException | IllegalArgumentException e) {
      return failure(PKIFailureInfo.badDataFormat, "malformed time-stamp query: " + e.getMessage());
    }
    return grant(request);
  }

  /** The DER time-stamp response granting {@code request} at the current time. */
  public byte[] grant(TimeStampRequest request) throws IOException {
    BigInteger number = BigInteger.valueOf(serial.getAndIncrement());
    try {
      synchronized (responses) {
        return responses.generate(request, number, new Date()).getEncoded();
      }
    } catch (IllegalArgumentException e) {
      return failure(PKIFailureInfo.badDataFormat, "malformed time-stamp query: " + e.getMessage());
    } catch (TSPException e) {
      return failure(PKIFailureInfo.systemFailure, e.getMessage());
    }
  }

  /** A DER {@code rejection} response with the given failure information bit and status text. */
  public byte[] failure(int failInfo, String text) throws IOException {
    try {
      TimeStampResponse response;
      synchronized (responses) {
        response = responses.generateFailResponse(PKIStatus.REJECTION, failInfo, text);
      }
      return response.getEncoded();
    } catch (TSPException e) {
      throw new IOException("cannot encode a time-stamp failure reply: " + e.getMessage(), e);
    }
  }

  private static KeyPair ecKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private X509Certificate rootCertificate(X500Name name, Instant now)
      throws GeneralSecurityException {
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.ONE,
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(30))),
                  name,
                  rootKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
      return sign(builder);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot build the time-stamp root certificate", e);
    }
  }

  private X509Certificate tsaCertificate(X500Name name, KeyPair tsaKeys, Instant now)
      throws GeneralSecurityException {
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  rootCertificate,
                  BigInteger.TWO,
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(30))),
                  name,
                  tsaKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.extendedKeyUsage,
                  true,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  utils.createSubjectKeyIdentifier(tsaKeys.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  utils.createAuthorityKeyIdentifier(rootCertificate));
      return sign(builder);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot build the TSA certificate", e);
    }
  }

  private X509Certificate sign(X509v3CertificateBuilder builder) throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate())));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign a time-stamp certificate", e);
    }
  }

  private TimeStampResponseGenerator responseGenerator(PrivateKey tsaKey)
      throws GeneralSecurityException {
    try {
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder()
                  .build("SHA256withECDSA", tsaKey, tsaCertificate),
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
              new ASN1ObjectIdentifier(POLICY));
      tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate)));
      tokens.setTSA(
          new GeneralName(
              X500Name.getInstance(tsaCertificate.getSubjectX500Principal().getEncoded())));
      tokens.setAccuracySeconds(1);
      return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    } catch (OperatorCreationException | TSPException e) {
      throw new GeneralSecurityException("cannot set up the time-stamp token generator", e);
    }
  }
}
