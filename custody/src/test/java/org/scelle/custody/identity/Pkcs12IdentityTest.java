package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12IdentityTest {

  private static final char[] PASSWORD = "s3cret-Rouen".toCharArray();

  @TempDir Path dir;
  private Path p12;

  @BeforeEach
  void generate() throws IOException {
    p12 =
        KeyGenerator.generate(
            "Alice", "analyst", "CHU de Rouen", dir.resolve("alice.p12"), PASSWORD);
  }

  @Test
  void signatureVerifiesAndFailsAfterAFlippedByte() throws Exception {
    Identity alice = Pkcs12Identity.open(p12, PASSWORD);
    byte[] data = "{\"seq\":1,\"action\":\"case-created\"}".getBytes(StandardCharsets.UTF_8);

    byte[] signature = alice.sign(data);

    String algorithm = alice.signatureAlgorithm();
    assertThat(Certificates.verify(alice.certificate(), algorithm, data, signature)).isTrue();
    byte[] tamperedData = data.clone();
    tamperedData[5] ^= 0x01;
    assertThat(Certificates.verify(alice.certificate(), algorithm, tamperedData, signature))
        .isFalse();
    byte[] tamperedSignature = signature.clone();
    tamperedSignature[signature.length - 3] ^= 0x01;
    assertThat(Certificates.verify(alice.certificate(), algorithm, data, tamperedSignature))
        .isFalse();
  }

  @Test
  void fingerprintIsSha256OfTheCertificate() throws Exception {
    Identity alice = Pkcs12Identity.open(p12, PASSWORD);

    assertThat(alice.fingerprint())
        .isEqualTo(Certificates.fingerprint(alice.certificate()))
        .matches("[0-9a-f]{64}");
    assertThat(alice.toString()).contains("Alice (analyst)", alice.fingerprint(), p12.toString());
  }

  @Test
  void wrongPasswordIsAClearError() {
    assertThatThrownBy(() -> Pkcs12Identity.open(p12, "wrong".toCharArray()))
        .isInstanceOf(IOException.class)
        .hasMessage(p12 + ": wrong password or corrupt file");
  }

  @Test
  void corruptFileIsAClearError() throws IOException {
    byte[] bytes = Files.readAllBytes(p12);
    bytes[bytes.length / 2] ^= 0x40;
    Path corrupt = Files.write(dir.resolve("corrupt.p12"), bytes);

    assertThatThrownBy(() -> Pkcs12Identity.open(corrupt, PASSWORD))
        .isInstanceOf(IOException.class)
        .hasMessage(corrupt + ": wrong password or corrupt file");
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("bob.p12");

    assertThatThrownBy(() -> Pkcs12Identity.open(missing, PASSWORD))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing + ": no such key file");
  }

  @Test
  void fileWithoutPrivateKeyIsAClearError() throws Exception {
    KeyStore certOnly = KeyStore.getInstance("PKCS12");
    certOnly.load(null, null);
    certOnly.setCertificateEntry("alice", Pkcs12Identity.open(p12, PASSWORD).certificate());
    Path file = save(certOnly, "certonly.p12");

    assertThatThrownBy(() -> Pkcs12Identity.open(file, PASSWORD))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": no private key entry");
  }

  @Test
  void fileWithTwoKeysIsAClearError() throws Exception {
    KeyStore two = KeyStore.getInstance("PKCS12");
    two.load(Files.newInputStream(p12), PASSWORD);
    KeyStore.Entry entry =
        two.getEntry(two.aliases().nextElement(), new KeyStore.PasswordProtection(PASSWORD));
    two.setEntry("second", entry, new KeyStore.PasswordProtection(PASSWORD));
    Path file = save(two, "two.p12");

    assertThatThrownBy(() -> Pkcs12Identity.open(file, PASSWORD))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": 2 private key entries");
  }

  @Test
  void selfSignedIdentityHasAChainOfOne() throws Exception {
    Identity alice = Pkcs12Identity.open(p12, PASSWORD);

    assertThat(alice.chain()).containsExactly(alice.certificate());
  }

  @Test
  void caIssuedIdentityHasItsWholeChain() throws Exception {
    SecureRandom random = new SecureRandom();
    KeyPair caKeys = KeyAlgorithm.EC_P256.generateKeyPair(random);
    X509Certificate ca =
        SelfSignedCertificate.issue(
            new CertificateSubject("Test CA", "", "scelle tests"),
            caKeys.getPublic(),
            caKeys.getPrivate(),
            "SHA256withECDSA",
            null,
            random);
    KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair(random);
    Instant now = Instant.now();
    X509Certificate issued =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        ca.getSubjectX500Principal(),
                        BigInteger.TEN,
                        Date.from(now.minus(1, ChronoUnit.DAYS)),
                        Date.from(now.plus(1, ChronoUnit.DAYS)),
                        new X500Principal("CN=Bob,OU=investigator"),
                        keys.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("bob", keys.getPrivate(), PASSWORD, new Certificate[] {issued, ca});
    Path file = save(store, "bob.p12");

    Identity bob = Pkcs12Identity.open(file, PASSWORD);

    assertThat(bob.certificate()).isEqualTo(issued);
    assertThat(bob.chain()).containsExactly(issued, ca);
    assertThat(bob.name()).isEqualTo("Bob");
  }

  private Path save(KeyStore keyStore, String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      keyStore.store(out, PASSWORD);
    }
    return file;
  }
}
