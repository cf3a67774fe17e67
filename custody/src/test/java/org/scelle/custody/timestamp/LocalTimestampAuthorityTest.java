package org.scelle.custody.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scelle.custody.timestamp.TimestampClientTest.sha256;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/**
 * The demo's time-stamp authority: labelled as untrusted, answered only on loopback, verifiable.
 */
class LocalTimestampAuthorityTest {
  @TempDir Path dir;

  @Test
  void grantsTokensThatOpensslVerifiesAgainstItsRoot() throws Exception {
    Path openssl = References.tool("openssl", "openssl");
    byte[] imprint = sha256("dossier signature value");
    try (LocalTimestampAuthority tsa = LocalTimestampAuthority.start()) {
      assertThat(tsa.url().getHost()).isEqualTo("127.0.0.1");
      TimestampToken token = new TimestampClient(tsa.url(), Duration.ofSeconds(10)).stamp(imprint);
      assertThat(token.tsaName())
          .isEqualTo(LocalTimestampAuthority.TSA_NAME)
          .contains("NOT TRUSTED");
      assertThat(TimestampVerifier.verify(token.der(), imprint).der()).isEqualTo(token.der());

      Path root = dir.resolve("root.pem");
      tsa.writeRootPem(root);
      Path tst = Files.write(dir.resolve("token.tst"), token.der());
      TimestampClientTest.Result verified =
          TimestampClientTest.run(
              openssl,
              "ts",
              "-verify",
              "-digest",
              HexFormat.of().formatHex(imprint),
              "-token_in",
              "-in",
              tst.toString(),
              "-CAfile",
              root.toString());
      assertThat(verified.exit()).as("stderr: %s", verified.stderr()).isZero();
      assertThat(verified.stdout()).contains("Verification: OK");
    }
  }

  @Test
  void refusesAnythingButAPostedQuery() throws Exception {
    try (LocalTimestampAuthority tsa = LocalTimestampAuthority.start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<byte[]> get =
          http.send(
              HttpRequest.newBuilder(tsa.url()).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(get.statusCode()).isEqualTo(405);
      HttpResponse<byte[]> huge =
          http.send(
              HttpRequest.newBuilder(URI.create(tsa.url().toString()))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[70_000]))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(huge.statusCode()).isEqualTo(413);
    }
  }
}
