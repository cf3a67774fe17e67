package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyGeneratorTest {

  private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

  @TempDir Path dir;

  @Test
  void generatedFileOpensWithItsPassword() throws Exception {
    Path p12 = dir.resolve("alice.p12");

    assertThat(KeyGenerator.generate("Alice Martin", "analyst", "CHU de Rouen", p12, PASSWORD))
        .isEqualTo(p12);
    Identity alice = Pkcs12Identity.open(p12, PASSWORD);

    assertThat(alice.name()).isEqualTo("Alice Martin");
    assertThat(alice.role()).isEqualTo("analyst");
    assertThat(alice.organisation()).isEqualTo("CHU de Rouen");
    assertThat(alice.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
    assertThat(alice.fingerprint()).matches("[0-9a-f]{64}");
    assertThat(alice.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=Alice Martin,OU=analyst,O=CHU de Rouen");
    assertThat(alice.certificate().getPublicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(((ECPublicKey) alice.certificate().getPublicKey()).getParams().toString())
        .contains("secp256r1");
    // no leftover temporary file
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(p12);
    }
  }

  @Test
  void certificateHasTheAgreedProfile() throws Exception {
    Path p12 = KeyGenerator.generate("Alice", "analyst", null, dir.resolve("a.p12"), PASSWORD);
    X509Certificate cert = Pkcs12Identity.open(p12, PASSWORD).certificate();

    assertThat(cert.getVersion()).isEqualTo(3);
    assertThat(cert.getIssuerX500Principal()).isEqualTo(cert.getSubjectX500Principal());
    cert.verify(cert.getPublicKey());
    assertThat(cert.getSerialNumber().signum()).isPositive();
    assertThat(cert.getSerialNumber().bitLength()).isLessThanOrEqualTo(128);
    Instant notBefore = cert.getNotBefore().toInstant();
    assertThat(Duration.between(notBefore, Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    assertThat(cert.getNotAfter().toInstant())
        .isEqualTo(notBefore.atOffset(ZoneOffset.UTC).plusYears(10).toInstant());
    // digitalSignature (0) and nonRepudiation (1) only, critical
    assertThat(cert.getKeyUsage()).startsWith(true, true, false, false, false, false);
    assertThat(cert.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
    assertThat(cert.getBasicConstraints()).isEqualTo(-1);
    byte[] ski = cert.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    assertThat(ski).isNotNull();
    assertThat(ASN1OctetString.getInstance(ski).getOctets()).hasSizeGreaterThan(2);
  }

  @Test
  void serialsDiffer() throws Exception {
    BigInteger a = serialOf(KeyGenerator.generate("A", "x", null, dir.resolve("a.p12"), PASSWORD));
    BigInteger b = serialOf(KeyGenerator.generate("A", "x", null, dir.resolve("b.p12"), PASSWORD));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void namesWithCommasAccentsAndEqualsSignsSurvive() throws Exception {
    String name = "Dupont, Hélène";
    String role = "analyste+forensique";
    String org = "CHU de Rouen; \"Charles-Nicolle\" = Normandie";
    Path p12 = KeyGenerator.generate(name, role, org, dir.resolve("helene.p12"), PASSWORD);

    Identity helene = Pkcs12Identity.open(p12, PASSWORD);

    assertThat(helene.name()).isEqualTo(name);
    assertThat(helene.role()).isEqualTo(role);
    assertThat(helene.organisation()).isEqualTo(org);
    X500Principal subject = helene.certificate().getSubjectX500Principal();
    assertThat(subject.getName(X500Principal.RFC2253))
        .isEqualTo(
            "CN=Dupont\\, Hélène,OU=analyste\\+forensique,"
                + "O=CHU de Rouen\\; \\\"Charles-Nicolle\\\" \\= Normandie");
    // exactly three RDNs: the comma did not split the name
    assertThat(X500Name.getInstance(subject.getEncoded()).getRDNs()).hasSize(3);
  }

  @Test
  void organisationIsOptional() throws Exception {
    Path p12 = KeyGenerator.generate("Bob", "investigator", null, dir.resolve("bob.p12"), PASSWORD);

    Identity bob = Pkcs12Identity.open(p12, PASSWORD);

    assertThat(bob.organisation()).isEmpty();
    assertThat(bob.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=Bob,OU=investigator");
  }

  @Test
  void rsa3072() throws Exception {
    Path p12 =
        KeyGenerator.generate(
            "Carol", "analyst", "ANSSI", KeyAlgorithm.RSA_3072, dir.resolve("carol.p12"), PASSWORD);

    Identity carol = Pkcs12Identity.open(p12, PASSWORD);

    assertThat(carol.signatureAlgorithm()).isEqualTo("SHA256withRSA");
    assertThat(((RSAPublicKey) carol.certificate().getPublicKey()).getModulus().bitLength())
        .isEqualTo(3072);
    byte[] data = "ledger entry 1".getBytes(StandardCharsets.UTF_8);
    assertThat(Certificates.verify(carol.certificate(), "SHA256withRSA", data, carol.sign(data)))
        .isTrue();
  }

  @Test
  void refusesToOverwrite() throws Exception {
    Path p12 = dir.resolve("alice.p12");
    Files.writeString(p12, "precious");

    assertThatThrownBy(() -> KeyGenerator.generate("Alice", "analyst", null, p12, PASSWORD))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining(p12.toString())
        .hasMessageContaining("already exists");
    assertThat(Files.readString(p12)).isEqualTo("precious");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(p12);
    }
  }

  @Test
  void missingDirectoryIsNamed() {
    Path p12 = dir.resolve("nowhere").resolve("alice.p12");

    assertThatThrownBy(() -> KeyGenerator.generate("Alice", "analyst", null, p12, PASSWORD))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(dir.resolve("nowhere").toString());
  }

  @Test
  void fileIsReadableByOwnerOnly() throws Exception {
    Path p12 = KeyGenerator.generate("Alice", "analyst", null, dir.resolve("a.p12"), PASSWORD);

    if (p12.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p12)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void rejectsBlankNameRoleAndEmptyPassword() {
    Path p12 = dir.resolve("x.p12");
    assertThatThrownBy(() -> KeyGenerator.generate(" ", "analyst", null, p12, PASSWORD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> KeyGenerator.generate("Alice", "", null, p12, PASSWORD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role");
    assertThatThrownBy(() -> KeyGenerator.generate("Alice", "analyst", null, p12, new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
    assertThat(p12).doesNotExist();
  }

  private static BigInteger serialOf(Path p12) throws Exception {
    return Pkcs12Identity.open(p12, PASSWORD).certificate().getSerialNumber();
  }
}
