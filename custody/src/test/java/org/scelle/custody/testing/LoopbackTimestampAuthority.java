package org.scelle.custody.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority for tests, served over HTTP on 127.0.0.1 at an ephemeral
 * port, and never on any other interface.
 *
 * <p>It has its own root CA and a TSA certificate issued by it (EC P-256, SHA-256 with ECDSA; the
 * TSA certificate has the critical extended key usage {@code id-kp-timeStamping} only and a
 * critical key usage {@code digitalSignature, nonRepudiation}). Tokens are made by Bouncy Castle's
 * {@link TimeStampTokenGenerator} with an ESS {@code signing-certificate-v2} attribute, policy
 * {@value #POLICY} and the TSA's name; the TSA certificate is included when the request asks for
 * it.
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
  public static final String POLICY = "2.999.3161.1";

  /** The host that {@link Mode#REDIRECT_OTHER_HOST} redirects to. */
  public static final String OTHER_HOST = "tsa.example.invalid";

  private static final String PATH = "/tsa";
  private static final String MOVED_PATH = "/tsa/moved";
  private static final int MAX_QUERY_BYTES = 64 * 1024;

  private final KeyPair rootKeys;
  private final X509Certificate rootCertificate;
  private final X509Certificate tsaCertificate;
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serial = new AtomicLong(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final ExecutorService executor;
  private final HttpServer server;
  private volatile Mode mode = Mode.GRANT;

  /**
   * Creates the keys and certificates and starts serving on 127.0.0.1.
   *
   * @throws IOException when the server cannot bind
   * @throws GeneralSecurityException when key generation or certificate signing fails
   */
  public LoopbackTimestampAuthority() throws IOException, GeneralSecurityException {
    rootKeys = ecKeyPair();
    KeyPair tsaKeys = ecKeyPair();
    Instant now = Instant.now();
    rootCertificate = rootCertificate(now);
    tsaCertificate = tsaCertificate(tsaKeys, now);
    responses = responseGenerator(tsaKeys.getPrivate());

    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "loopback-tsa");
              thread.setDaemon(true);
              return thread;
            });
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The URL to post time-stamp queries to: {@code http://127.0.0.1:<port>/tsa}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  /** The self-signed root CA that issued {@link #tsaCertificate()}. */
  public X509Certificate rootCertificate() {
    return rootCertificate;
  }

  /** The certificate whose key signs the tokens. */
  public X509Certificate tsaCertificate() {
    return tsaCertificate;
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
      pem.writeObject(rootCertificate);
    }
    return file;
  }

  /** Stops the server at once, releasing stalled exchanges. Idempotent. */
  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
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
    byte[] query = in.readNBytes(MAX_QUERY_BYTES + 1);
    if (query.length > MAX_QUERY_BYTES) {
      throw new IOException("time-stamp query exceeds " + MAX_QUERY_BYTES + " bytes");
    }
    return query;
  }

  private byte[] grant(byte[] query, boolean wrongNonce) throws IOException {
    try {
      TimeStampRequest request = new TimeStampRequest(query);
      if (wrongNonce) {
        TimeStampRequestGenerator other = new TimeStampRequestGenerator();
        other.setCertReq(request.getCertReq());
        BigInteger nonce =
            request.getNonce() == null ? BigInteger.ONE : request.getNonce().add(BigInteger.ONE);
        request =
            other.generate(
                request.getMessageImprintAlgOID(), request.getMessageImprintDigest(), nonce);
      }
      BigInteger number = BigInteger.valueOf(serial.getAndIncrement());
      synchronized (responses) {
        return responses.generate(request, number, new Date()).getEncoded();
      }
    } catch (IOException | IllegalArgumentException e) {
      return failure(PKIFailureInfo.badDataFormat, "malformed time-stamp query: " + e.getMessage());
    } catch (TSPException e) {
      return failure(PKIFailureInfo.systemFailure, e.getMessage());
    }
  }

  private byte[] reject() throws IOException {
    return failure(
        PKIFailureInfo.unacceptedPolicy, "policy not accepted by the loopback authority");
  }

  private byte[] failure(int failInfo, String text) throws IOException {
    try {
      TimeStampResponse response;
      synchronized (responses) {
        response = responses.generateFailResponse(PKIStatus.REJECTION, failInfo, text);
      }
      return response.getEncoded();
    } catch (TSPException e) {
      throw new IOException(
          "loopback authority cannot encode a failure reply: " + e.getMessage(), e);
    }
  }

  private static void reply(HttpExchange exchange, byte[] body) throws IOException {
    send(exchange, "application/timestamp-reply", body);
  }

  private static void send(HttpExchange exchange, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
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

  // ---- keys and certificates ----

  private static KeyPair ecKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private X509Certificate rootCertificate(Instant now) throws GeneralSecurityException {
    X500Name name = new X500Name("CN=scelle loopback test root CA,O=scelle tests");
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.ONE,
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(30))),
                  name,
                  rootKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
      return sign(builder);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot build the loopback root certificate", e);
    }
  }

  private X509Certificate tsaCertificate(KeyPair tsaKeys, Instant now)
      throws GeneralSecurityException {
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  rootCertificate,
                  BigInteger.TWO,
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(30))),
                  new X500Name("CN=scelle loopback TSA,O=scelle tests"),
                  tsaKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.extendedKeyUsage,
                  true,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  utils.createSubjectKeyIdentifier(tsaKeys.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  utils.createAuthorityKeyIdentifier(rootCertificate));
      return sign(builder);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot build the loopback TSA certificate", e);
    }
  }

  private X509Certificate sign(X509v3CertificateBuilder builder) throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate())));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign a loopback certificate", e);
    }
  }

  private TimeStampResponseGenerator responseGenerator(PrivateKey tsaKey)
      throws GeneralSecurityException {
    try {
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder()
                  .build("SHA256withECDSA", tsaKey, tsaCertificate),
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
              new ASN1ObjectIdentifier(POLICY));
      tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate)));
      tokens.setTSA(
          new GeneralName(
              X500Name.getInstance(tsaCertificate.getSubjectX500Principal().getEncoded())));
      tokens.setAccuracySeconds(1);
      return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    } catch (OperatorCreationException | TSPException e) {
      throw new GeneralSecurityException("cannot set up the loopback token generator", e);
    }
  }
}
