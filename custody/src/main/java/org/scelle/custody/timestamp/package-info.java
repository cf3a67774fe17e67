/**
 * RFC 3161 time-stamps for seals: a client that asks a time-stamp authority (TSA) to time-stamp the
 * SHA-256 imprint of a seal, and a verifier for the tokens it returns.
 *
 * <p>{@link org.scelle.custody.timestamp.TimestampClient} posts an {@code
 * application/timestamp-query} over HTTP(S), reads a bounded {@code application/timestamp-reply}
 * within a time limit, and accepts it only when the authority granted it, the nonce and the imprint
 * are those of the request, and the token passes {@link
 * org.scelle.custody.timestamp.TimestampVerifier}: its CMS signature verifies with the certificate
 * embedded in it, which the ESS signing-certificate attribute names and which carries the critical
 * extended key usage {@code id-kp-timeStamping}. The verified token is a {@link
 * org.scelle.custody.timestamp.TimestampToken} whose DER bytes go into the custody ledger.
 *
 * <p>Whether the TSA's certificate chains to an authority the court trusts is a separate question:
 * the verifier proves the token is intact and self-consistent, and {@code openssl ts -verify
 * -CAfile} (or any RFC 3161 verifier) answers the trust question from the stored DER.
 *
 * <p>Transport failures (unreachable host, timeout, HTTP error, oversized or redirected reply) are
 * {@link java.io.IOException}s; a reply that is refused, malformed or does not verify is a {@link
 * org.scelle.custody.timestamp.TimestampException}. Both name the TSA URL.
 */
package org.scelle.custody.timestamp;
