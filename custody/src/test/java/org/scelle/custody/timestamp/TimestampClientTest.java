package org.scelle.custody.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.LoopbackTimestampAuthority;
import org.scelle.custody.testing.LoopbackTimestampAuthority.Mode;
import org.scelle.custody.testing.References;

class TimestampClientTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static LoopbackTimestampAuthority tsa;

  @BeforeAll
  static void startAuthority() throws Exception {
    tsa = new LoopbackTimestampAuthority();
  }

  @AfterAll
  static void stopAuthority() {
    tsa.close();
  }

  @BeforeEach
  void grantByDefault() {
    tsa.mode(Mode.GRANT);
  }

  @Test
  void stampsAndTheTokenVerifies() throws Exception {
    byte[] imprint = sha256("merkle root of the CHU case, 2019-11-16");
    Instant before = Instant.now().minusSeconds(2);

    TimestampToken token = new TimestampClient(tsa.url(), TIMEOUT).stamp(imprint);

    assertThat(token.genTime()).isBetween(before, Instant.now().plusSeconds(2));
    assertThat(token.tsaName()).isEqualTo("CN=scelle loopback TSA,O=scelle tests");
    assertThat(token.policy()).isEqualTo(LoopbackTimestampAuthority.POLICY);
    assertThat(token.hashAlgorithm()).isEqualTo("SHA-256");
    assertThat(token.serial()).isPositive();
    assertThat(Base64.getDecoder().decode(token.base64())).isEqualTo(token.der());
    assertThat(TimestampVerifier.verify(token.der(), imprint)).isEqualTo(token);
  }

  @Test
  void eachStampHasItsOwnSerial() throws Exception {
    TimestampClient client = new TimestampClient(tsa.url(), TIMEOUT);
    TimestampToken first = client.stamp(sha256("a"));
    TimestampToken second = client.stamp(sha256("a"));
    assertThat(first.serial()).isNotEqualTo(second.serial());
  }

  @Test
  void opensslVerifiesTheToken(@TempDir Path dir) throws Exception {
    Path openssl = References.tool("openssl", "openssl");
    byte[] imprint = sha256("sealed: 1342 items from srv-dpi-01");
    TimestampToken token = new TimestampClient(tsa.url(), TIMEOUT).stamp(imprint);
    Path der = Files.write(dir.resolve("token.der"), token.der());
    Path ca = tsa.writeCaPem(dir);

    Result ok =
        run(
            openssl,
            "ts",
            "-verify",
            "-digest",
            HexFormat.of().formatHex(imprint),
            "-token_in",
            "-in",
            der.toString(),
            "-CAfile",
            ca.toString());
    assertThat(ok.exit()).as("openssl exit status; stderr: %s", ok.stderr()).isZero();
    assertThat(ok.stdout()).contains("Verification: OK");

    Result wrong =
        run(
            openssl,
            "ts",
            "-verify",
            "-digest",
            HexFormat.of().formatHex(sha256("other")),
            "-token_in",
            "-in",
            der.toString(),
            "-CAfile",
            ca.toString());
    assertThat(wrong.exit()).as("openssl exit status for a wrong digest").isNotZero();
    assertThat(wrong.stdout()).doesNotContain("Verification: OK");
  }

  @Test
  void rejectionGivesTheStatusAndFailureInfo() {
    tsa.mode(Mode.REJECT);
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), TIMEOUT).stamp(sha256("x")))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining(tsa.url().toString())
        .hasMessageContaining("status rejection")
        .hasMessageContaining("unacceptedPolicy")
        .hasMessageContaining("policy not accepted by the loopback authority");
  }

  @Test
  void wrongNonceIsRefused() {
    tsa.mode(Mode.WRONG_NONCE);
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), TIMEOUT).stamp(sha256("x")))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining(tsa.url().toString())
        .hasMessageContaining("nonce");
  }

  @Test
  void somethingElseThanATsaIsRefused() {
    tsa.mode(Mode.NOT_A_TSA);
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), TIMEOUT).stamp(sha256("x")))
        .isInstanceOf(TimestampException.class)
        .hasMessageContaining(tsa.url().toString())
        .hasMessageContaining("text/html");
  }

  @Test
  void oversizedReplyIsCutOff() {
    tsa.mode(Mode.OVERSIZED);
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), TIMEOUT).stamp(sha256("x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(tsa.url().toString())
        .hasMessageContaining("exceeds " + TimestampClient.MAX_REPLY_BYTES + " bytes");
  }

  @Test
  void silentAuthorityTimesOut() {
    tsa.mode(Mode.STALL);
    long start = System.nanoTime();
    assertThatThrownBy(
            () -> new TimestampClient(tsa.url(), Duration.ofMillis(500)).stamp(sha256("x")))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessageContaining(tsa.url().toString());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void followsARedirectOnTheSameHost() throws Exception {
    tsa.mode(Mode.REDIRECT_SAME_HOST);
    byte[] imprint = sha256("x");
    TimestampToken token = new TimestampClient(tsa.url(), TIMEOUT).stamp(imprint);
    assertThat(TimestampVerifier.verify(token.der(), imprint)).isEqualTo(token);
  }

  @Test
  void refusesARedirectToAnotherHost() {
    tsa.mode(Mode.REDIRECT_OTHER_HOST);
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), TIMEOUT).stamp(sha256("x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(tsa.url().toString())
        .hasMessageContaining(LoopbackTimestampAuthority.OTHER_HOST);
  }

  @Test
  void unreachableAuthorityIsAnIOExceptionNamingTheUrl() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/tsa");
    assertThatThrownBy(() -> new TimestampClient(closed, TIMEOUT).stamp(sha256("x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(closed.toString());
  }

  @Test
  void rejectsProgrammerErrors() {
    assertThatThrownBy(() -> new TimestampClient(URI.create("ftp://tsa.example/"), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://tsa.example/");
    assertThatThrownBy(() -> new TimestampClient(URI.create("/tsa"), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> new TimestampClient(tsa.url(), TIMEOUT).stamp(new byte[20]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20 bytes");
  }

  // ---- helpers ----

  record Result(int exit, String stdout, String stderr) {}

  static Result run(Path tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    // The outputs are small: read them after exit would risk nothing, but read concurrently anyway.
    var stderr = new java.util.concurrent.CompletableFuture<String>();
    Thread errReader =
        new Thread(
            () -> {
              try {
                stderr.complete(
                    new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                stderr.completeExceptionally(e);
              }
            });
    errReader.start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within 30 s");
    }
    return new Result(process.exitValue(), stdout, stderr.join());
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
