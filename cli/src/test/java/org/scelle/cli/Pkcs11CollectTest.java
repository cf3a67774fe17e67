package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.identity.Certificates;
import org.scelle.custody.testing.References;

/**
 * {@code collect}, {@code verify} and {@code custody note} signed by a key on a SoftHSM2 token.
 *
 * <p>SoftHSM2 reads {@code SOFTHSM2_CONF} from the environment when its library loads, and this JVM
 * cannot set its own environment, so everything touching the token runs in a child process: {@code
 * softhsm2-util} initialises it, {@code keytool} generates the key and self-signed certificate on
 * it, and scelle signs with it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11CollectTest {
  private static final long SEED = 20230704L;
  private static final int FILES = 8;
  private static final String PIN = "1234";
  private static final String ALIAS = "investigator";

  @TempDir static Path shared;
  @TempDir Path tmp;

  static Map<String, String> tokenEnv;
  static Path p11;
  static X509Certificate tokenCertificate;

  @BeforeAll
  static void tokenWithAKey() throws Exception {
    Path util = References.tool("softhsm2-util", "softhsm2");
    Path library = References.file("/usr/lib/softhsm/libsofthsm2.so", "softhsm2");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    assertThat(keytool).as("keytool of this JDK").isExecutable();

    Path tokens = Files.createDirectories(shared.resolve("tokens"));
    Path conf = shared.resolve("softhsm2.conf");
    Files.writeString(
        conf,
        "directories.tokendir = "
            + tokens
            + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
    tokenEnv = Map.of("SOFTHSM2_CONF", conf.toString());
    ok(
        ScelleProcess.tool(
            shared,
            tokenEnv,
            util.toString(),
            "--init-token",
            "--free",
            "--label",
            "scelle-cli",
            "--pin",
            PIN,
            "--so-pin",
            "5678"));
    p11 = shared.resolve("p11.cfg");
    Files.writeString(p11, "name = SoftHSM\nlibrary = " + library + "\nslotListIndex = 0\n");
    ok(
        ScelleProcess.tool(
            shared,
            tokenEnv,
            keytool(
                keytool,
                "-genkeypair",
                "-alias",
                ALIAS,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-validity",
                "30",
                "-dname",
                "CN=Claire Petit, OU=investigator, O=PJ")));
    ScelleProcess.Result pem =
        ok(
            ScelleProcess.tool(
                shared, tokenEnv, keytool(keytool, "-exportcert", "-rfc", "-alias", ALIAS)));
    tokenCertificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(pem.out().getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  @Order(1)
  void collectVerifyAndNoteAreSignedByTheToken() throws Exception {
    Path src = tmp.resolve("src");
    TestFiles.smallTree(src, new Random(SEED), FILES, 10, 2048);
    Path caseDir = tmp.resolve("case");

    ScelleProcess.Result c =
        scelle(
            PIN,
            "collect",
            caseDir.toString(),
            "--host",
            "H",
            "--pkcs11",
            p11.toString(),
            src.toString());
    assertThat(c.exit()).as("seed %d: %s", SEED, c).isZero();
    assertThat(c.out()).as("%s", c).contains("sealed     " + FILES + " items");
    ScelleProcess.Result n =
        scelle(
            PIN,
            "custody",
            caseDir.toString(),
            "note",
            "sealed bag 42 handed to the lab",
            "--pkcs11",
            p11.toString());
    assertThat(n.exit()).as("%s", n).isZero();
    assertThat(n.out()).as("%s", n).contains("note by Claire Petit (investigator)");
    ScelleProcess.Result v = ScelleProcess.inProcess("verify", caseDir.toString());
    assertThat(v.exit()).as("%s", v).isZero();

    String fingerprint = Certificates.fingerprint(tokenCertificate);
    List<JsonNode> ledger = TestFiles.ledger(caseDir);
    assertThat(ledger).isNotEmpty();
    for (JsonNode e : ledger) {
      JsonNode actor = e.path("actor");
      assertThat(actor.path("name").asText()).as("%s", e).isEqualTo("Claire Petit");
      assertThat(actor.path("role").asText()).as("%s", e).isEqualTo("investigator");
      assertThat(actor.path("cert_sha256").asText()).as("%s", e).isEqualTo(fingerprint);
    }
    assertThat(TestFiles.ledger(caseDir, "sealed")).hasSize(1);
    List<JsonNode> notes = TestFiles.ledger(caseDir, "note");
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).toString()).contains("sealed bag 42 handed to the lab");

    List<Path> certs = TestFiles.regularFiles(caseDir.resolve("scelle").resolve("certs"));
    assertThat(certs).hasSize(1);
    assertThat(certs.get(0).getFileName()).hasToString(fingerprint + ".pem");
    try (var in = Files.newInputStream(certs.get(0))) {
      assertThat(CertificateFactory.getInstance("X.509").generateCertificate(in))
          .isEqualTo(tokenCertificate);
    }
  }

  @Test
  @Order(2)
  void wrongPinIsBadInputOnOneLine() throws Exception {
    String wrongPin = "9876-wrong";
    Path caseDir = tmp.resolve("case");
    Files.createDirectories(tmp.resolve("src"));
    Files.writeString(tmp.resolve("src").resolve("a.txt"), "a");

    ScelleProcess.Result r =
        scelle(
            wrongPin,
            "collect",
            caseDir.toString(),
            "--host",
            "H",
            "--pkcs11",
            p11.toString(),
            tmp.resolve("src").toString());
    assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().strip().lines()).as("%s", r).hasSize(1);
    assertThat(r.err())
        .as("%s", r)
        .contains(p11.toString())
        .contains("wrong PIN")
        .doesNotContain(wrongPin)
        .doesNotContain("\tat ");
    assertThat(caseDir).as("nothing is created without a key").doesNotExist();
  }

  private ScelleProcess.Result scelle(String pin, String... args) throws Exception {
    Map<String, String> env = new HashMap<>(tokenEnv);
    env.put("SCELLE_PKCS11_PIN", pin);
    return ScelleProcess.run(tmp, env, args);
  }

  private static String[] keytool(Path keytool, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(keytool.toString());
    cmd.addAll(List.of(args));
    cmd.addAll(
        List.of(
            "-keystore",
            "NONE",
            "-storetype",
            "PKCS11",
            "-providerclass",
            "sun.security.pkcs11.SunPKCS11",
            "-providerarg",
            p11.toString(),
            "-storepass",
            PIN));
    return cmd.toArray(String[]::new);
  }

  private static ScelleProcess.Result ok(ScelleProcess.Result r) {
    assertThat(r.exit()).as("%s", r).isZero();
    return r;
  }
}
