package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/** OpenSSL, which nobody here wrote, reads the files {@link KeyGenerator} writes. */
class OpensslInteropTest {

  private static final String PASSWORD = "Mot de passe 19h45";

  @TempDir Path dir;
  private Path openssl;

  @BeforeEach
  void findOpenssl() {
    openssl = References.tool("openssl", "openssl");
  }

  @Test
  void opensslReadsTheModernPkcs12File() throws Exception {
    Path p12 = generate(KeyAlgorithm.EC_P256);

    Command info = openssl("pkcs12", "-info", "-in", p12.toString(), "-nokeys", "-passin", "env:P");

    String all = info.out() + info.err();
    assertThat(all).contains("MAC: sha256").contains("PBES2, PBKDF2, AES-256-CBC");
    assertThat(all).doesNotContainIgnoringCase("RC2").doesNotContainIgnoringCase("3DES");
    assertThat(info.out()).contains("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void opensslRejectsAWrongPassword() throws Exception {
    Path p12 = generate(KeyAlgorithm.EC_P256);
    List<String> command =
        List.of(openssl.toString(), "pkcs12", "-in", p12.toString(), "-nokeys", "-passin", "env:P");

    Command result = Command.run(command, Map.of("P", "wrong"), dir);

    assertThat(result.exitCode()).isNotZero();
  }

  @Test
  void opensslSeesTheSubjectAndFingerprint() throws Exception {
    Path p12 =
        KeyGenerator.generate(
            "Dupont, Hélène",
            "analyst",
            "CHU de Rouen",
            dir.resolve("helene.p12"),
            PASSWORD.toCharArray());
    Identity helene = Pkcs12Identity.open(p12, PASSWORD.toCharArray());
    Path pem = dir.resolve("helene.pem");
    openssl(
        "pkcs12",
        "-in",
        p12.toString(),
        "-nokeys",
        "-clcerts",
        "-passin",
        "env:P",
        "-out",
        pem.toString());

    Command subject =
        openssl(
            "x509", "-in", pem.toString(), "-noout", "-subject", "-nameopt", "RFC2253,-esc_msb");
    Command fingerprint =
        openssl("x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha256");

    assertThat(subject.out().strip())
        .isEqualTo("subject=CN=Dupont\\, Hélène,OU=analyst,O=CHU de Rouen");
    assertThat(fingerprint.out().strip().replaceFirst("^.*=", "").replace(":", ""))
        .isEqualTo(helene.fingerprint().toUpperCase(Locale.ROOT));
  }

  @Test
  void opensslVerifiesEcAndRsaSignatures() throws Exception {
    for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
      Identity identity = Pkcs12Identity.open(generate(algorithm), PASSWORD.toCharArray());
      byte[] data = ("custody entry signed with " + algorithm).getBytes(StandardCharsets.UTF_8);
      Path cert = dir.resolve(algorithm + ".pem");
      Certificates.writePem(identity.certificate(), cert);
      Path publicKey = dir.resolve(algorithm + ".pub");
      Files.writeString(
          publicKey, openssl("x509", "-in", cert.toString(), "-noout", "-pubkey").out());
      Path dataFile = Files.write(dir.resolve(algorithm + ".data"), data);
      Path signature = Files.write(dir.resolve(algorithm + ".sig"), identity.sign(data));

      Command verified =
          openssl(
              "dgst",
              "-sha256",
              "-verify",
              publicKey.toString(),
              "-signature",
              signature.toString(),
              dataFile.toString());

      assertThat(verified.out()).contains("Verified OK");
    }
  }

  private Path generate(KeyAlgorithm algorithm) throws Exception {
    return KeyGenerator.generate(
        "Alice",
        "analyst",
        null,
        algorithm,
        dir.resolve(algorithm + ".p12"),
        PASSWORD.toCharArray());
  }

  private Command openssl(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(openssl.toString());
    command.addAll(List.of(args));
    return Command.run(command, Map.of("P", PASSWORD), dir).ok(command);
  }
}
