package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatesTest {

  private static final char[] PASSWORD = "pem-test".toCharArray();
  private static Identity alice;

  @BeforeAll
  static void identity(@TempDir Path dir) throws IOException {
    alice =
        Pkcs12Identity.open(
            KeyGenerator.generate("Alice", "analyst", null, dir.resolve("a.p12"), PASSWORD),
            PASSWORD);
  }

  @Test
  void pemRoundTrip(@TempDir Path dir) throws Exception {
    String pem = Certificates.toPem(alice.certificate());

    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(pem.lines().skip(1).filter(l -> !l.startsWith("-----")))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    assertThat(Certificates.fromPem("some text before\n" + pem + "after"))
        .isEqualTo(alice.certificate());

    Path file = dir.resolve(alice.fingerprint() + ".pem");
    Certificates.writePem(alice.certificate(), file);
    assertThat(Certificates.readPem(file)).isEqualTo(alice.certificate());
  }

  @Test
  void fromPemRejectsTextWithoutCertificate() {
    assertThatThrownBy(() -> Certificates.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("no PEM CERTIFICATE block");
  }

  @Test
  void readPemNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.pem"), "not a certificate");

    assertThatThrownBy(() -> Certificates.readPem(file))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": no PEM CERTIFICATE block");
  }

  @Test
  void fingerprintIsLowerHexSha256OfDer() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(alice.certificate().getEncoded());

    assertThat(Certificates.fingerprint(alice.certificate()))
        .isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void verifyIsFalseForMalformedOrMismatchedSignatures() throws Exception {
    byte[] data = "data".getBytes(StandardCharsets.UTF_8);
    byte[] signature = alice.sign(data);

    X509Certificate cert = alice.certificate();

    assertThat(Certificates.verify(cert, "SHA256withECDSA", data, signature)).isTrue();
    assertThat(Certificates.verify(cert, "SHA256withECDSA", data, new byte[] {1, 2})).isFalse();
    assertThat(Certificates.verify(cert, "SHA256withRSA", data, signature)).isFalse();
    assertThatThrownBy(
            () -> Certificates.verify(alice.certificate(), "SHA256withNothing", data, signature))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHA256withNothing");
  }
}
