package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scelle.custody.testing.References;

/**
 * Signing with a key generated on a SoftHSM2 token, through SunPKCS11.
 *
 * <p>SoftHSM2 reads {@code SOFTHSM2_CONF} when the library loads, once per JVM; surefire sets it
 * (see custody/pom.xml). The token is initialised once per JVM, so that running these tests again
 * in the same JVM reuses it; every test uses its own key labels. The test of the only key runs
 * first, while the fresh token has no other key.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11IdentityTest {

  private static final char[] PIN = "1234".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The SunPKCS11 configuration of the test token, set once per JVM. */
  private static Path tokenConfig;

  @BeforeAll
  static synchronized void initialiseToken() throws Exception {
    if (tokenConfig != null) {
      return;
    }
    Path util = References.tool("softhsm2-util", "softhsm2");
    Path library = References.file("/usr/lib/softhsm/libsofthsm2.so", "softhsm2");
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null) {
      String reason = "SOFTHSM2_CONF is not set; run through Maven (custody/pom.xml sets it)";
      if (References.required()) {
        fail(reason);
      }
      abort("skipped: " + reason);
    }
    Path confFile = Path.of(conf).toAbsolutePath();
    Path tokens = confFile.resolveSibling("tokens");
    deleteRecursively(tokens);
    Files.createDirectories(tokens);
    Files.writeString(
        confFile,
        "directories.tokendir = "
            + tokens
            + "\n"
            + "objectstore.backend = file\n"
            + "log.level = ERROR\n"
            + "slots.removable = false\n");
    List<String> init =
        List.of(
            util.toString(),
            "--init-token",
            "--free",
            "--label",
            "scelle-test",
            "--pin",
            new String(PIN),
            "--so-pin",
            "5678");
    Command.run(init, Map.of("SOFTHSM2_CONF", confFile.toString()), confFile.getParent()).ok(init);
    Path config = confFile.resolveSibling("pkcs11.cfg");
    Files.writeString(config, "name = SoftHSM\nlibrary = " + library + "\nslotListIndex = 0\n");
    tokenConfig = config;
  }

  @Test
  void signsWithAKeyThatNeverLeavesTheToken() throws Exception {
    String alias = uniqueAlias("alice");
    X509Certificate certificate = keyOnToken(alias, "Dupont, Hélène", "analyst", "CHU de Rouen");

    Identity identity = Pkcs11Identity.open(tokenConfig, alias, PIN);
    byte[] data = "{\"seq\":7,\"action\":\"sealed\"}".getBytes(StandardCharsets.UTF_8);
    byte[] signature = identity.sign(data);

    assertThat(identity.name()).isEqualTo("Dupont, Hélène");
    assertThat(identity.role()).isEqualTo("analyst");
    assertThat(identity.organisation()).isEqualTo("CHU de Rouen");
    assertThat(identity.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
    assertThat(identity.certificate()).isEqualTo(certificate);
    assertThat(identity.chain()).containsExactly(certificate);
    assertThat(identity.fingerprint()).isEqualTo(Certificates.fingerprint(certificate));
    assertThat(((Pkcs11Identity) identity).alias()).isEqualTo(alias);
    assertThat(Certificates.verify(certificate, "SHA256withECDSA", data, signature)).isTrue();
    signature[signature.length - 1] ^= 0x01;
    assertThat(Certificates.verify(certificate, "SHA256withECDSA", data, signature)).isFalse();
  }

  @Test
  @Order(1)
  void withoutAliasUsesTheOnlyKeyOrNamesTheChoice() throws Exception {
    String alias = uniqueAlias("bob");
    keyOnToken(alias, "Bob", "investigator", "");

    if (keyCount() == 1) {
      // a fresh token (always, unless this class runs twice in one JVM): the only key is chosen
      assertThat(((Pkcs11Identity) Pkcs11Identity.open(tokenConfig, null, PIN)).alias())
          .isEqualTo(alias);
      keyOnToken(uniqueAlias("carol"), "Carol", "analyst", "");
    }
    assertThatThrownBy(() -> Pkcs11Identity.open(tokenConfig, null, PIN))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(tokenConfig + ": ")
        .hasMessageContaining("private key entries")
        .hasMessageContaining(alias);
  }

  @Test
  void unknownAliasIsNamed() throws Exception {
    assertThatThrownBy(() -> Pkcs11Identity.open(tokenConfig, "nobody", PIN))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(tokenConfig + ": no private key entry 'nobody'");
  }

  @Test
  void wrongPinIsAClearError() throws Exception {
    // Login state belongs to the process: log out first, or the PIN would not be checked.
    ((AuthProvider) provider()).logout();

    assertThatThrownBy(() -> Pkcs11Identity.open(tokenConfig, null, "0000".toCharArray()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(tokenConfig + ": PKCS#11 login failed (wrong PIN?)")
        .hasMessageNotContaining("0000");
  }

  @Test
  void missingConfigurationIsNamed() {
    Path missing = tokenConfig.resolveSibling("missing.cfg");

    assertThatThrownBy(() -> Pkcs11Identity.open(missing, null, PIN))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  /**
   * Generates an EC P-256 key pair on the token and stores it under {@code alias} with a
   * self-signed certificate that the token itself signs.
   */
  private static X509Certificate keyOnToken(
      String alias, String name, String role, String organisation) throws Exception {
    Provider provider = provider();
    KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
    keyStore.load(null, PIN);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keyPair = generator.generateKeyPair();
    assertThat(keyPair.getPrivate().getEncoded()).as("a token key is not extractable").isNull();
    X509Certificate certificate =
        SelfSignedCertificate.issue(
            new CertificateSubject(name, role, organisation),
            keyPair.getPublic(),
            keyPair.getPrivate(),
            "SHA256withECDSA",
            provider,
            RANDOM);
    keyStore.setKeyEntry(alias, keyPair.getPrivate(), null, new Certificate[] {certificate});
    return certificate;
  }

  private static int keyCount() throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS11", provider());
    keyStore.load(null, PIN);
    int keys = 0;
    for (String alias : Collections.list(keyStore.aliases())) {
      if (keyStore.isKeyEntry(alias)) {
        keys++;
      }
    }
    return keys;
  }

  /** A new SunPKCS11 instance for the test token; instances are per configuration and cheap. */
  private static Provider provider() {
    return Security.getProvider("SunPKCS11").configure(tokenConfig.toString());
  }

  private static String uniqueAlias(String prefix) {
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    return prefix + "-" + HexFormat.of().formatHex(suffix);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
