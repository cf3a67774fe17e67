package org.scelle.custody.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scelle.custody.timestamp.TimestampClientTest.sha256;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scelle.custody.testing.LoopbackTimestampAuthority;

class TimestampVerifierTest {

  private static final byte[] IMPRINT = sha256("seal 7 of case CHU-2019-11-15");
  private static LoopbackTimestampAuthority tsa;
  private static byte[] token;

  @BeforeAll
  static void stamp() throws Exception {
    tsa = new LoopbackTimestampAuthority();
    token = new TimestampClient(tsa.url(), Duration.ofSeconds(10)).stamp(IMPRINT).der();
  }

  @AfterAll
  static void stop() {
    tsa.close();
  }

  @Test
  void acceptsTheIntactToken() throws Exception {
    TimestampToken verified = TimestampVerifier.verify(token, IMPRINT);
    assertThat(verified.der()).isEqualTo(token);
    assertThat(verified.tsaName()).isEqualTo("CN=scelle loopback TSA,O=scelle tests");
  }

  @Test
  void rejectsAnotherImprint() {
    byte[] other = sha256("another seal");
    assertThatThrownBy(() -> TimestampVerifier.verify(token, other))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining(HexFormat.of().formatHex(IMPRINT))
        .hasMessageContaining(HexFormat.of().formatHex(other));
  }

  @Test
  void rejectsATamperedSignature() {
    byte[] tampered = token.clone();
    tampered[tampered.length - 1] ^= 0x01; // the last byte of the ECDSA signature value
    assertThatThrownBy(() -> TimestampVerifier.verify(tampered, IMPRINT))
        .isInstanceOf(TimestampException.class);
  }

  @Test
  void rejectsATamperedImprintEvenWhenTheCallerExpectsIt() {
    // An attacker rewrites the imprint inside the signed TSTInfo to cover other data.
    int at = indexOf(token, IMPRINT);
    assertThat(at).as("imprint inside the token").isNotNegative();
    byte[] tampered = token.clone();
    tampered[at] ^= 0x01;
    byte[] forged = Arrays.copyOfRange(tampered, at, at + IMPRINT.length);
    assertThatThrownBy(() -> TimestampVerifier.verify(tampered, forged))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void rejectsACertificateOtherThanTheOneNamedInTheEssAttribute() throws Exception {
    // The other authority's TSA certificate has the same issuer name and serial, but another key:
    // only the ESS signing-certificate hash tells them apart.
    try (LoopbackTimestampAuthority other = new LoopbackTimestampAuthority()) {
      CMSSignedData swapped =
          CMSSignedData.replaceCertificatesAndCRLs(
              new CMSSignedData(token),
              new JcaCertStore(List.of(other.tsaCertificate())),
              null,
              null);
      byte[] der = swapped.toASN1Structure().getEncoded(ASN1Encoding.DER);
      assertThatThrownBy(() -> TimestampVerifier.verify(der, IMPRINT))
          .isInstanceOf(TimestampException.class)
          .hasMessageContaining("certID");
    }
  }

  @Test
  void rejectsATokenWithoutItsCertificate() throws Exception {
    byte[] der = rawToken(new TimeStampRequestGenerator(), TSPAlgorithms.SHA256, IMPRINT);
    assertThatThrownBy(() -> TimestampVerifier.verify(der, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("no embedded certificate");
  }

  @Test
  void rejectsAnotherImprintAlgorithm() throws Exception {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    byte[] der = rawToken(generator, TSPAlgorithms.SHA1, Arrays.copyOf(IMPRINT, 20));
    assertThatThrownBy(() -> TimestampVerifier.verify(der, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("not SHA-256");
  }

  @Test
  void rejectsGarbageAndTrailingBytes() {
    assertThatThrownBy(() -> TimestampVerifier.verify(new byte[] {0x30, 0x03, 1, 2, 3}, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("not an RFC 3161 token");
    byte[] trailing = Arrays.copyOf(token, token.length + 1);
    assertThatThrownBy(() -> TimestampVerifier.verify(trailing, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("not an RFC 3161 token");
  }

  @Test
  void rejectsAnImprintOfTheWrongLength() {
    assertThatThrownBy(() -> TimestampVerifier.verify(token, new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31 bytes");
  }

  @Test
  void rejectsASignerWithoutTheTimeStampingUsage() throws Exception {
    byte[] der = HandMadeToken.signedBy(null, IMPRINT);
    assertThatThrownBy(() -> TimestampVerifier.verify(der, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("no extended key usage")
        .hasMessageContaining("1.3.6.1.5.5.7.3.8");
  }

  @Test
  void rejectsASignerWithAnotherUsage() throws Exception {
    byte[] der =
        HandMadeToken.signedBy(
            new HandMadeToken.Usage(KeyPurposeId.id_kp_codeSigning, true), IMPRINT);
    assertThatThrownBy(() -> TimestampVerifier.verify(der, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("lacks extended key usage id-kp-timeStamping");
  }

  @Test
  void rejectsANonCriticalTimeStampingUsage() throws Exception {
    byte[] der =
        HandMadeToken.signedBy(
            new HandMadeToken.Usage(KeyPurposeId.id_kp_timeStamping, false), IMPRINT);
    assertThatThrownBy(() -> TimestampVerifier.verify(der, IMPRINT))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining("non-critical");
  }

  @Test
  void handMadeTokensVerifyWhenTheirCertificateIsRight() throws Exception {
    byte[] der =
        HandMadeToken.signedBy(
            new HandMadeToken.Usage(KeyPurposeId.id_kp_timeStamping, true), IMPRINT);
    assertThat(TimestampVerifier.verify(der, IMPRINT).policy()).isEqualTo(HandMadeToken.POLICY);
  }

  /** A token from the loopback authority for a request the client would never send. */
  private static byte[] rawToken(
      TimeStampRequestGenerator generator,
      org.bouncycastle.asn1.ASN1ObjectIdentifier algorithm,
      byte[] imprint)
      throws Exception {
    TimeStampRequest request = generator.generate(algorithm, imprint, BigInteger.TEN);
    HttpResponse<byte[]> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(tsa.url())
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    TimeStampResponse response = new TimeStampResponse(reply.body());
    assertThat(response.getTimeStampToken()).as("token from the loopback authority").isNotNull();
    return response.getTimeStampToken().getEncoded(ASN1Encoding.DER);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
