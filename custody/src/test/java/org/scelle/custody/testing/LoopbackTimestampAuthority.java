package org.scelle.custody.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.scelle.custody.timestamp.LoopbackServer;
import org.scelle.custody.timestamp.TimestampSigner;

/**
 * A real RFC 3161 time-stamp authority for tests, served over HTTP on 127.0.0.1 at an ephemeral
 * port, and never on any other interface. Its keys, certificates and tokens are those of {@link
 * TimestampSigner}; the TSA certificate is included when the request asks for it.
 *
 * <p>{@link #mode(Mode)} switches it between granting and misbehaving in the ways a client must
 * survive. Thread-safe. {@link #close()} stops the server and releases any stalled exchange.
 */
public final class LoopbackTimestampAuthority implements AutoCloseable {

  /** How the authority answers the next requests. */
  public enum Mode {
    /** Grants every valid request. */
    GRANT,
    /** Answers status {@code rejection}, failure {@code unacceptedPolicy}, with a status text. */
    REJECT,
    /** Grants, but with a token for another nonce than the request's. */
    WRONG_NONCE,
    /** Answers HTTP 200 with an HTML page. */
    NOT_A_TSA,
    /** Answers HTTP 200 {@code application/timestamp-reply} with 2 MiB of zeros. */
    OVERSIZED,
    /** Never answers (until closed). */
    STALL,
    /** Redirects (307) to another path on this server, which grants. */
    REDIRECT_SAME_HOST,
    /** Redirects (307) to a host under the reserved {@code .invalid} domain. */
    REDIRECT_OTHER_HOST
  }

  /** The policy of this authority: an OID under the {@code 2.999} example arc. */
  public static final String POLICY = TimestampSigner.POLICY;

  /** The host that {@link Mode#REDIRECT_OTHER_HOST} redirects to. */
  public static final String OTHER_HOST = "tsa.example.invalid";

  private static final String PATH = "/tsa";
  private static final String MOVED_PATH = "/tsa/moved";
  private static final int MAX_QUERY_BYTES = 64 * 1024;

  private final TimestampSigner signer;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final LoopbackServer server;
  private volatile Mode mode = Mode.GRANT;

  /**
   * Creates the keys and certificates and starts serving on 127.0.0.1.
   *
   * @throws IOException when the server cannot bind
   * @throws GeneralSecurityException when key generation or certificate signing fails
   */
  public LoopbackTimestampAuthority() throws IOException, GeneralSecurityException {
    signer =
        TimestampSigner.create(
            "CN=scelle loopback test root CA,O=scelle tests",
            "CN=scelle loopback TSA,O=scelle tests");

    server = LoopbackServer.start(PATH, this::handle, "loopback-tsa", 0);
  }

  /** The URL to post time-stamp queries to: {@code http://127.0.0.1:<port>/tsa}. */
  public URI url() {
    return server.url(PATH);
  }

  /** The self-signed root CA that issued {@link #tsaCertificate()}. */
  public X509Certificate rootCertificate() {
    return signer.rootCertificate();
  }

  /** The certificate whose key signs the tokens. */
  public X509Certificate tsaCertificate() {
    return signer.tsaCertificate();
  }

  /** Sets how the following requests are answered; returns this authority. */
  public LoopbackTimestampAuthority mode(Mode mode) {
    this.mode = mode;
    return this;
  }

  /**
   * Writes the root certificate in PEM to {@code dir/loopback-tsa-root.pem} (for {@code openssl ts
   * -verify -CAfile}), replacing any file of that name.
   *
   * @return the file written
   * @throws IOException when the file cannot be written
   */
  public Path writeCaPem(Path dir) throws IOException {
    Path file = dir.resolve("loopback-tsa-root.pem");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(signer.rootCertificate());
    }
    return file;
  }

  /** Stops the server at once, releasing stalled exchanges. Idempotent. */
  @Override
  public void close() {
    closed.countDown();
    server.close();
  }

  // ---- serving ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] query = readQuery(exchange.getRequestBody());
      boolean moved = MOVED_PATH.equals(exchange.getRequestURI().getPath());
      switch (moved ? Mode.GRANT : mode) {
        case GRANT -> reply(exchange, grant(query, false));
        case WRONG_NONCE -> reply(exchange, grant(query, true));
        case REJECT -> reply(exchange, reject());
        case NOT_A_TSA ->
            send(
                exchange,
                "text/html; charset=utf-8",
                "<html><body>Not a time-stamp authority</body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        case OVERSIZED -> send(exchange, "application/timestamp-reply", new byte[2 << 20]);
        case STALL -> stall();
        case REDIRECT_SAME_HOST -> redirect(exchange, MOVED_PATH);
        case REDIRECT_OTHER_HOST -> redirect(exchange, "http://" + OTHER_HOST + PATH);
      }
    }
  }

  private static byte[] readQuery(InputStream in) throws IOException {
    byte[] query = LoopbackServer.readBody(in, MAX_QUERY_BYTES);
    if (query == null) {
      throw new IOException("time-stamp query exceeds " + MAX_QUERY_BYTES + " bytes");
    }
    return query;
  }

  private byte[] grant(byte[] query, boolean wrongNonce) throws IOException {
    if (!wrongNonce) {
      return signer.grant(query);
    }
    TimeStampRequest request;
    try {
      request = new TimeStampRequest(query);
    } catch (IOException | IllegalArgumentException e) {
      return signer.failure(
          PKIFailureInfo.badDataFormat, "malformed time-stamp query: " + e.getMessage());
    }
    TimeStampRequestGenerator other = new TimeStampRequestGenerator();
    other.setCertReq(request.getCertReq());
    BigInteger nonce =
        request.getNonce() == null ? BigInteger.ONE : request.getNonce().add(BigInteger.ONE);
    return signer.grant(
        other.generate(
            request.getMessageImprintAlgOID(), request.getMessageImprintDigest(), nonce));
  }

  private byte[] reject() throws IOException {
    return signer.failure(
        PKIFailureInfo.unacceptedPolicy, "policy not accepted by the loopback authority");
  }

  private static void reply(HttpExchange exchange, byte[] body) throws IOException {
    send(exchange, "application/timestamp-reply", body);
  }

  private static void send(HttpExchange exchange, String contentType, byte[] body)
      throws IOException {
    LoopbackServer.send(exchange, contentType, body);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(307, -1);
  }

  private void stall() {
    try {
      closed.await(Duration.ofMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
