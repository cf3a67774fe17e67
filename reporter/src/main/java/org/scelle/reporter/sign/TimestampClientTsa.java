package org.scelle.reporter.sign;

import com.itextpdf.signatures.ITSAClient;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.timestamp.TimestampToken;

/**
 * iText's view of custody's RFC 3161 {@link TimestampClient}: SHA-256 imprints, tokens verified by
 * the client (nonce, imprint, the TSA's certificate and signature) before iText embeds them. Keeps
 * the last token for the signing result. One signature at a time.
 */
final class TimestampClientTsa implements ITSAClient {

  /** Room for a token with the TSA's certificate and one issuer. */
  private static final int TOKEN_SIZE_ESTIMATE = 8192;

  private final TimestampClient client;
  private TimestampToken last;

  TimestampClientTsa(TimestampClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public int getTokenSizeEstimate() {
    return TOKEN_SIZE_ESTIMATE;
  }

  @Override
  public MessageDigest getMessageDigest() throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256");
  }

  /**
   * {@inheritDoc}
   *
   * @throws java.io.IOException when the authority cannot be reached
   * @throws org.scelle.custody.timestamp.TimestampException when it refuses or answers wrongly
   */
  @Override
  public byte[] getTimeStampToken(byte[] imprint) throws Exception {
    last = client.stamp(imprint);
    return last.der();
  }

  /** The last token obtained, if any. */
  Optional<TimestampToken> last() {
    return Optional.ofNullable(last);
  }
}
