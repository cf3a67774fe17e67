package org.scelle.custody.timestamp;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Verifies a stored RFC 3161 time-stamp token against the imprint it should cover.
 *
 * <p>A token passes when all of these hold:
 *
 * <ol>
 *   <li>it is exactly one DER/BER CMS {@code ContentInfo} with no trailing bytes, holding a {@code
 *       SignedData} over a {@code TSTInfo};
 *   <li>its message imprint is SHA-256 and equals the expected imprint;
 *   <li>it embeds the certificate of its signer;
 *   <li>that certificate has a critical extended key usage with {@code id-kp-timeStamping} (RFC
 *       3161 section 2.3), and was valid at the token's {@code genTime};
 *   <li>the ESS {@code signing-certificate} or {@code signing-certificate-v2} signed attribute
 *       names that certificate (RFC 3161 section 2.4.1, RFC 5816);
 *   <li>the CMS signature verifies with that certificate's public key.
 * </ol>
 *
 * <p>It does not decide whether the TSA is trustworthy: the certificate is not chained to a trust
 * anchor nor checked for revocation here.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimestampVerifier {

  static final int SHA256_LENGTH = 32;

  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
  private static final HexFormat HEX = HexFormat.of();

  private TimestampVerifier() {}

  /**
   * Verifies {@code tokenDer} as described in the class comment and returns what it states.
   *
   * @param tokenDer the token's encoding (a CMS {@code ContentInfo}); not modified
   * @param expectedSha256Imprint the SHA-256 digest the token must cover (32 bytes); not modified
   * @return the verified token, holding a copy of {@code tokenDer}
   * @throws TimestampException when the token is malformed, covers another imprint or another
   *     algorithm, lacks its signer's certificate, or fails a certificate or signature check; the
   *     message names the check and the values involved
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code expectedSha256Imprint} is not 32 bytes long
   */
  public static TimestampToken verify(byte[] tokenDer, byte[] expectedSha256Imprint)
      throws TimestampException {
    Objects.requireNonNull(tokenDer, "tokenDer");
    checkImprint(expectedSha256Imprint);
    TimeStampToken token = parse(tokenDer);
    TimeStampTokenInfo info = token.getTimeStampInfo();
    checkImprint(info, expectedSha256Imprint);
    X509CertificateHolder certificate = signerCertificate(token);
    checkTimeStampingUsage(certificate);
    checkSignature(token, certificate);
    return new TimestampToken(
        tokenDer,
        info.getGenTime().toInstant(),
        tsaName(info, certificate),
        info.getSerialNumber(),
        info.getPolicy().getId(),
        "SHA-256");
  }

  static void checkImprint(byte[] sha256Imprint) {
    Objects.requireNonNull(sha256Imprint, "sha256Imprint");
    if (sha256Imprint.length != SHA256_LENGTH) {
      throw new IllegalArgumentException(
          "imprint must be a "
              + SHA256_LENGTH
              + "-byte SHA-256 digest; got: "
              + sha256Imprint.length
              + " bytes");
    }
  }

  private static TimeStampToken parse(byte[] der) throws TimestampException {
    try {
      // fromByteArray refuses trailing bytes after the first object.
      ContentInfo contentInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
      if (contentInfo == null) {
        throw new TimestampException("time-stamp token: empty encoding");
      }
      return new TimeStampToken(contentInfo);
    } catch (IOException | TSPException | IllegalArgumentException e) {
      throw new TimestampException(
          "time-stamp token of "
              + der.length
              + " bytes is not an RFC 3161 token: "
              + e.getMessage(),
          e);
    }
  }

  private static void checkImprint(TimeStampTokenInfo info, byte[] expected)
      throws TimestampException {
    if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
      throw new TimestampException(
          "time-stamp token: imprint algorithm is "
              + info.getMessageImprintAlgOID()
              + ", not SHA-256 ("
              + NISTObjectIdentifiers.id_sha256
              + ")");
    }
    byte[] actual = info.getMessageImprintDigest();
    if (!MessageDigest.isEqual(actual, expected)) {
      throw new TimestampException(
          "time-stamp token: imprint "
              + HEX.formatHex(actual)
              + " is not the expected "
              + HEX.formatHex(expected));
    }
  }

  private static X509CertificateHolder signerCertificate(TimeStampToken token)
      throws TimestampException {
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
    if (matches.isEmpty()) {
      throw new TimestampException(
          "time-stamp token: no embedded certificate for its signer (issuer "
              + token.getSID().getIssuer()
              + ", serial "
              + token.getSID().getSerialNumber()
              + "); it must be requested with certReq");
    }
    return matches.iterator().next();
  }

  private static void checkTimeStampingUsage(X509CertificateHolder certificate)
      throws TimestampException {
    Extension extension = certificate.getExtension(Extension.extendedKeyUsage);
    String subject = "time-stamp token: TSA certificate '" + certificate.getSubject() + "'";
    if (extension == null) {
      throw new TimestampException(
          subject
              + " has no extended key usage; id-kp-timeStamping ("
              + KeyPurposeId.id_kp_timeStamping.getId()
              + ") is required");
    }
    ExtendedKeyUsage usage = ExtendedKeyUsage.getInstance(extension.getParsedValue());
    if (!usage.hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping)) {
      throw new TimestampException(
          subject
              + " lacks extended key usage id-kp-timeStamping ("
              + KeyPurposeId.id_kp_timeStamping.getId()
              + ")");
    }
    if (!extension.isCritical()) {
      throw new TimestampException(
          subject
              + " has a non-critical extended key usage; RFC 3161 "
              + "section 2.3 requires it critical");
    }
  }

  private static void checkSignature(TimeStampToken token, X509CertificateHolder certificate)
      throws TimestampException {
    SignerInformationVerifier verifier;
    try {
      verifier =
          new JcaSimpleSignerInfoVerifierBuilder().setProvider(BOUNCY_CASTLE).build(certificate);
    } catch (OperatorCreationException | CertificateException e) {
      throw new TimestampException(
          "time-stamp token: unusable TSA certificate '"
              + certificate.getSubject()
              + "': "
              + e.getMessage(),
          e);
    }
    try {
      // Checks the ESS signing-certificate(-v2) hash and issuer/serial against the certificate,
      // its time-stamping usage and validity at genTime, then the CMS signature.
      token.validate(verifier);
    } catch (TSPException e) {
      throw new TimestampException(
          "time-stamp token signed by '"
              + certificate.getSubject()
              + "' does not verify: "
              + e.getMessage(),
          e);
    }
  }

  private static String tsaName(TimeStampTokenInfo info, X509CertificateHolder certificate) {
    GeneralName tsa = info.getTsa();
    if (tsa == null) {
      return certificate.getSubject().toString();
    }
    if (tsa.getTagNo() == GeneralName.directoryName) {
      return X500Name.getInstance(tsa.getName()).toString();
    }
    return tsa.getName().toString();
  }
}
