package org.scelle.custody.timestamp;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * A local RFC 3161 time-stamp authority for demonstrations, served over HTTP on 127.0.0.1 at an
 * ephemeral port and never on any other interface. Its certificates say what it is ({@code LOCAL
 * DEMO TSA - NOT TRUSTED}); its keys exist only while it runs, so its tokens prove nothing to
 * anyone else: a real case uses a real authority through {@code --tsa URL}.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class LocalTimestampAuthority implements AutoCloseable {
  /** The root CA's name. */
  public static final String ROOT_NAME = "CN=scelle LOCAL DEMO TSA root - NOT TRUSTED,O=scelle";

  /** The TSA certificate's name, which every token carries. */
  public static final String TSA_NAME = "CN=scelle LOCAL DEMO TSA - NOT TRUSTED,O=scelle";

  private static final String PATH = "/tsa";
  private static final int MAX_QUERY_BYTES = 64 * 1024;

  private final TimestampSigner signer;
  private final LoopbackServer server;

  private LocalTimestampAuthority(TimestampSigner signer) throws IOException {
    this.signer = signer;
    server = LoopbackServer.start(PATH, this::handle, "local-tsa", 2);
  }

  /**
   * Creates fresh keys and starts serving on 127.0.0.1.
   *
   * @throws IOException when the server cannot bind
   * @throws GeneralSecurityException when key generation or certificate signing fails
   */
  public static LocalTimestampAuthority start() throws IOException, GeneralSecurityException {
    return new LocalTimestampAuthority(TimestampSigner.create(ROOT_NAME, TSA_NAME));
  }

  /** The URL to post time-stamp queries to: {@code http://127.0.0.1:<port>/tsa}. */
  public URI url() {
    return server.url(PATH);
  }

  /** The keys and certificates answering the queries. */
  public TimestampSigner signer() {
    return signer;
  }

  /**
   * Writes the root certificate in PEM to {@code file} (for {@code openssl ts -verify -CAfile} or
   * {@code check-dossier --trust}), replacing it.
   *
   * @throws IOException when the file cannot be written
   */
  public void writeRootPem(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(signer.rootCertificate());
    }
  }

  /** Stops the server. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] query = LoopbackServer.readBody(exchange.getRequestBody(), MAX_QUERY_BYTES);
      if (query == null) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      LoopbackServer.send(exchange, "application/timestamp-reply", signer.grant(query));
    }
  }
}
