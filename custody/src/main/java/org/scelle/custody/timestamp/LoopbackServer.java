package org.scelle.custody.timestamp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.scelle.custody.concurrent.DaemonThreads;

/**
 * An HTTP server on 127.0.0.1 at an ephemeral port, never on any other interface, answering one
 * path prefix with a handler on daemon threads: what a time-stamp authority for demonstrations
 * ({@link LocalTimestampAuthority}) or tests needs, and nothing more.
 *
 * <p>Thread-safe. {@link #close()} stops it.
 */
public final class LoopbackServer implements AutoCloseable {
  private final ExecutorService executor;
  private final HttpServer server;

  private LoopbackServer(ExecutorService executor, HttpServer server) {
    this.executor = executor;
    this.server = server;
  }

  /**
   * Starts serving {@code path} (and the paths below it) with {@code handler}.
   *
   * @param threadName the name of the handler threads
   * @param threads how many requests are handled at once; 0 for as many as arrive
   * @throws IOException when the server cannot bind
   */
  public static LoopbackServer start(
      String path, HttpHandler handler, String threadName, int threads) throws IOException {
    ThreadFactory daemons = DaemonThreads.named(threadName);
    ExecutorService executor =
        threads == 0
            ? Executors.newCachedThreadPool(daemons)
            : Executors.newFixedThreadPool(threads, daemons);
    try {
      InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
      server.createContext(path, handler);
      server.setExecutor(executor);
      server.start();
      return new LoopbackServer(executor, server);
    } catch (IOException | RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
  }

  /** The URL of {@code path} on this server: {@code http://127.0.0.1:<port><path>}. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /**
   * Reads a request body of at most {@code max} bytes.
   *
   * @return the body, or null when it is longer than {@code max}
   * @throws IOException when the body cannot be read
   */
  public static byte[] readBody(InputStream in, int max) throws IOException {
    byte[] body = in.readNBytes(max + 1);
    return body.length > max ? null : body;
  }

  /**
   * Answers 200 with {@code body} of type {@code contentType}.
   *
   * @throws IOException when the answer cannot be sent
   */
  public static void send(HttpExchange exchange, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops the server at once and its threads. Idempotent. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
