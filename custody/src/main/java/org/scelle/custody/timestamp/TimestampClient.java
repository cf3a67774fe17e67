package org.scelle.custody.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Asks one RFC 3161 time-stamp authority for tokens over SHA-256 imprints, and verifies each reply
 * before returning it.
 *
 * <p>Each request carries the SHA-256 imprint, a fresh 64-bit random nonce and {@code
 * certReq=true}, and is sent by HTTP POST as {@code application/timestamp-query}. The reply must be
 * HTTP 200 {@code application/timestamp-reply}, of at most {@value #MAX_REPLY_BYTES} bytes, and
 * arrive within the timeout (which bounds the connection and each request). Redirects are followed
 * only to the same host, at most three, never from https to http. A reply is accepted when its
 * status is {@code granted} or {@code grantedWithMods}, its nonce and imprint are those sent, and
 * its token passes {@link TimestampVerifier#verify}.
 *
 * <p>Thread-safe: one instance may serve concurrent callers. It holds no resource to close.
 */
public final class TimestampClient {

  /** The largest reply read, in bytes (1 MiB). */
  public static final int MAX_REPLY_BYTES = 1 << 20;

  private final URI tsaUrl;
  private final Duration timeout;
  private final TimestampTransport transport;
  private final SecureRandom random = new SecureRandom();

  /**
   * A client for the authority at {@code tsaUrl}.
   *
   * @param tsaUrl an absolute {@code http} or {@code https} URL with a host
   * @param timeout the limit for connecting and for each request and its reply; positive
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host, or
   *     the timeout is not positive; the message names the value
   */
  public TimestampClient(URI tsaUrl, Duration timeout) {
    Objects.requireNonNull(tsaUrl, "tsaUrl");
    Objects.requireNonNull(timeout, "timeout");
    String scheme = tsaUrl.getScheme() == null ? "" : tsaUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || tsaUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "tsaUrl must be an absolute http or https URL with a host; got: " + tsaUrl);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive; got: " + timeout);
    }
    this.tsaUrl = tsaUrl;
    this.timeout = timeout;
    this.transport = new TimestampTransport(tsaUrl, timeout, MAX_REPLY_BYTES);
  }

  /** The authority's URL, as given. */
  public URI tsaUrl() {
    return tsaUrl;
  }

  /** The timeout, as given. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Asks for a token over the SHA-256 imprint of the data; verifies the response before returning
   * it.
   *
   * @param sha256Imprint the SHA-256 digest to time-stamp (32 bytes), for example a seal's Merkle
   *     root; not modified
   * @return the verified token
   * @throws IOException naming the URL when the authority is unreachable, does not answer within
   *     the timeout, answers an HTTP status other than 200, redirects to another host, sends more
   *     than {@value #MAX_REPLY_BYTES} bytes, or the thread is interrupted ({@link
   *     java.io.InterruptedIOException}, with the interrupt flag set again)
   * @throws TimestampException naming the URL when the reply is not an RFC 3161 reply, the
   *     authority refused (the message gives the status, the failure information and the status
   *     text), or the token does not match the request or does not verify
   * @throws NullPointerException when {@code sha256Imprint} is null
   * @throws IllegalArgumentException when {@code sha256Imprint} is not 32 bytes long
   */
  public TimestampToken stamp(byte[] sha256Imprint) throws IOException, TimestampException {
    TimestampVerifier.checkImprint(sha256Imprint);
    byte[] imprint = sha256Imprint.clone();
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    TimeStampRequest request =
        generator.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(64, random));
    TimestampTransport.Reply reply = transport.post(request.getEncoded());
    String where = "time-stamp authority " + reply.from();
    String type = TimestampTransport.mediaType(reply.contentType());
    if (!type.equals(TimestampTransport.REPLY_TYPE)) {
      throw new TimestampException(
          where
              + " answered content type '"
              + reply.contentType()
              + "', not "
              + TimestampTransport.REPLY_TYPE);
    }
    TimeStampToken token = grantedToken(where, reply.body(), request);
    byte[] der;
    try {
      der = token.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new TimestampException(where + ": cannot DER-encode the token: " + e.getMessage(), e);
    }
    try {
      return TimestampVerifier.verify(der, imprint);
    } catch (TimestampException e) {
      throw new TimestampException(where + ": " + e.getMessage(), e);
    }
  }

  private static TimeStampToken grantedToken(String where, byte[] body, TimeStampRequest request)
      throws TimestampException {
    TimeStampResponse response;
    try {
      response = new TimeStampResponse(body);
    } catch (TSPException | IOException | IllegalArgumentException e) {
      throw new TimestampException(
          where
              + " sent a malformed time-stamp reply of "
              + body.length
              + " bytes: "
              + e.getMessage(),
          e);
    }
    int status = response.getStatus();
    if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
      throw new TimestampException(
          where
              + " refused the time-stamp request: status "
              + PkiStatusText.status(status)
              + ", failure "
              + PkiStatusText.failures(response.getFailInfo())
              + (response.getStatusString() == null
                  ? ""
                  : ", text '" + response.getStatusString() + "'"));
    }
    TimeStampToken token = response.getTimeStampToken();
    if (token == null) {
      throw new TimestampException(
          where + " answered status " + PkiStatusText.status(status) + " without a token");
    }
    BigInteger nonce = token.getTimeStampInfo().getNonce();
    if (!request.getNonce().equals(nonce)) {
      throw new TimestampException(
          where + ": reply nonce " + nonce + " is not the request nonce " + request.getNonce());
    }
    try {
      response.validate(request);
    } catch (TSPException e) {
      throw new TimestampException(
          where + ": reply does not match the request: " + e.getMessage(), e);
    }
    return token;
  }
}
