package org.scelle.custody.timestamp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange with a time-stamp authority: POST the query, follow at most a few redirects
 * that stay on the same host (never downgrading https to http), and read a bounded reply within a
 * time limit per request. Thread-safe; holds no resource that needs closing.
 */
final class TimestampTransport {

  /** What came back: from which URL, with which content type, and the body. */
  record Reply(URI from, String contentType, byte[] body) {}

  static final String QUERY_TYPE = "application/timestamp-query";
  static final String REPLY_TYPE = "application/timestamp-reply";

  private static final int MAX_REDIRECTS = 3;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 307, 308);

  private final URI url;
  private final Duration timeout;
  private final int maxReplyBytes;
  private final HttpClient http;

  TimestampTransport(URI url, Duration timeout, int maxReplyBytes) {
    this.url = url;
    this.timeout = timeout;
    this.maxReplyBytes = maxReplyBytes;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Posts {@code query} and returns the reply of HTTP status 200.
   *
   * @throws IOException naming the URL when the authority is unreachable, does not answer in time,
   *     answers another HTTP status, redirects elsewhere or too often, or sends more than the limit
   */
  Reply post(byte[] query) throws IOException {
    URI target = url;
    for (int redirects = 0; ; redirects++) {
      HttpResponse<byte[]> response = send(target, query);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        if (redirects == MAX_REDIRECTS) {
          throw new IOException(
              "time-stamp authority " + url + ": more than " + MAX_REDIRECTS + " redirects");
        }
        target = redirectTarget(target, response);
        continue;
      }
      if (status != 200) {
        throw new IOException("time-stamp authority " + target + " answered HTTP " + status);
      }
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      return new Reply(target, contentType, response.body());
    }
  }

  /** The media type of a Content-Type value, without parameters, in lower case. */
  static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  private HttpResponse<byte[]> send(URI target, byte[] query) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .header("Content-Type", QUERY_TYPE)
            .header("Accept", REPLY_TYPE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(query))
            .build();
    HttpResponse.BodyHandler<byte[]> handler =
        info ->
            info.statusCode() == 200
                ? new BoundedBody(target, maxReplyBytes)
                : HttpResponse.BodySubscribers.replacing(new byte[0]);
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, handler);
    try {
      // The request timeout covers the headers; this one covers the body as well.
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpTimeoutException(
          "time-stamp authority " + target + " did not answer within " + timeout);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(
          "interrupted while waiting for time-stamp authority " + target);
    } catch (ExecutionException e) {
      throw failure(target, e.getCause());
    }
  }

  private static IOException failure(URI target, Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      HttpTimeoutException timedOut =
          new HttpTimeoutException("time-stamp authority " + target + ": " + cause.getMessage());
      timedOut.initCause(cause);
      return timedOut;
    }
    if (cause instanceof ConnectException) {
      ConnectException unreachable =
          new ConnectException("time-stamp authority " + target + " is unreachable: " + cause);
      unreachable.initCause(cause);
      return unreachable;
    }
    if (cause instanceof IOException io
        && io.getMessage() != null
        && io.getMessage().startsWith("time-stamp authority ")) {
      return io;
    }
    return new IOException("time-stamp authority " + target + ": " + cause, cause);
  }

  private URI redirectTarget(URI from, HttpResponse<byte[]> response) throws IOException {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new IOException(
                        "time-stamp authority "
                            + from
                            + " answered HTTP "
                            + response.statusCode()
                            + " without a Location"));
    URI next;
    try {
      next = from.resolve(location);
    } catch (IllegalArgumentException e) {
      throw new IOException(
          "time-stamp authority " + from + " redirected to a malformed URL '" + location + "'", e);
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    boolean sameHost = next.getHost() != null && next.getHost().equalsIgnoreCase(url.getHost());
    boolean downgrade = "https".equalsIgnoreCase(from.getScheme()) && !"https".equals(scheme);
    if (!sameHost || downgrade || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IOException(
          "time-stamp authority "
              + from
              + " redirected to "
              + next
              + "; only redirects to the same host, never from https to http, are followed");
    }
    return next;
  }
}
