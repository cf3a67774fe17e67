package org.scelle.reporter.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.Pkcs11Identity;
import org.scelle.custody.testing.LoopbackTimestampAuthority;
import org.scelle.custody.testing.References;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.reporter.check.DossierChecker;
import org.scelle.reporter.check.DossierVerdict;
import org.scelle.reporter.fixtures.CaseFixture;
import org.scelle.reporter.fixtures.DossierFixture;
import org.scelle.reporter.fixtures.Dss;
import org.scelle.reporter.fixtures.TestCa;
import org.scelle.reporter.fixtures.Tool;

/**
 * A dossier signed with a key that never leaves a SoftHSM2 token. SoftHSM2 reads {@code
 * SOFTHSM2_CONF} when the library loads; surefire sets it (reporter/pom.xml) and this test writes
 * the file and a fresh token, as custody's {@code Pkcs11IdentityTest} does.
 */
class Pkcs11DossierSigningTest {

  private static final char[] PIN = "4321".toCharArray();

  @TempDir Path dir;

  @Test
  void tokenKeySignsADossierThatDssAccepts() throws Exception {
    Path config = token();
    TestCa ca = TestCa.create("scelle token CA");
    Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
    KeyStore store = KeyStore.getInstance("PKCS11", provider);
    store.load(null, PIN);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    X509Certificate certificate = ca.issue("Marc Petit", "investigator", keys.getPublic());
    store.setKeyEntry(
        "dossier", keys.getPrivate(), null, new Certificate[] {certificate, ca.root()});

    Identity identity = Pkcs11Identity.open(config, "dossier", PIN);
    assertThat(identity.chain()).containsExactly(certificate, ca.root());

    Path unsigned =
        DossierFixture.of(CaseFixture.create(dir.resolve("vault"))).write(dir.resolve("d.pdf"));
    Path signed = dir.resolve("signed.pdf");
    try (LoopbackTimestampAuthority tsa = new LoopbackTimestampAuthority()) {
      SignatureResult result =
          new DossierSigner(
                  identity,
                  DossierSigner.Options.basic()
                      .withTimestamp(new TimestampClient(tsa.url(), Duration.ofSeconds(20))))
              .sign(unsigned, signed);

      assertThat(result.level()).isEqualTo(PadesLevel.B_T);
      Dss.Result dss = Dss.validate(signed, List.of(ca.crl()), ca.root(), tsa.tsaCertificate());
      assertThat(dss.level()).as(dss.errors()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
      assertThat(dss.indication()).as(dss.errors()).isEqualTo(Indication.TOTAL_PASSED);
      DossierVerdict verdict =
          DossierChecker.check(signed, Optional.empty(), List.of(ca.root(), tsa.rootCertificate()));
      assertThat(verdict.valid()).as("%s", verdict.failures()).isTrue();
    }
  }

  /** Initialises a fresh SoftHSM2 token and returns its SunPKCS11 configuration. */
  private static Path token() throws Exception {
    Path util = References.tool("softhsm2-util", "softhsm2");
    Path library = References.file("/usr/lib/softhsm/libsofthsm2.so", "softhsm2");
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null) {
      String reason = "SOFTHSM2_CONF is not set; run through Maven (reporter/pom.xml sets it)";
      if (References.required()) {
        fail(reason);
      }
      abort("skipped: " + reason);
    }
    Path confFile = Path.of(conf).toAbsolutePath();
    Path tokens = confFile.resolveSibling("tokens");
    if (Files.exists(tokens)) {
      try (Stream<Path> paths = Files.walk(tokens)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(tokens);
    Files.writeString(
        confFile,
        "directories.tokendir = "
            + tokens
            + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
    Tool init =
        Tool.run(
            confFile.getParent(),
            List.of(
                util.toString(),
                "--init-token",
                "--free",
                "--label",
                "scelle-reporter-test",
                "--pin",
                new String(PIN),
                "--so-pin",
                "8765"));
    assertThat(init.exitCode()).as(init.out() + init.err()).isZero();
    Path config = confFile.resolveSibling("pkcs11.cfg");
    Files.writeString(config, "name = SoftHSM\nlibrary = " + library + "\nslotListIndex = 0\n");
    return config;
  }
}
