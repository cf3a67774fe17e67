package org.scelle.reporter.sign;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What signing a dossier produced. Immutable.
 *
 * @param file the signed dossier written
 * @param level the PAdES level reached
 * @param signer the signer's name (certificate common name)
 * @param signerFingerprint lower-case hex SHA-256 of the signer's certificate
 * @param signingTime the signing time the signer claims (the signature's {@code /M} and CMS signing
 *     time), to the second
 * @param timestampTime the time-stamp authority's time ({@code genTime}) for level B-T and above,
 *     empty for B-B
 * @param sha256 lower-case hex SHA-256 of the whole signed file
 * @param notes why a higher level was not reached, for example "B-LT not reached: the signer's
 *     certificate is self-signed, so there is no revocation data to embed"; empty when the level
 *     asked for was reached
 */
public record SignatureResult(
    Path file,
    PadesLevel level,
    String signer,
    String signerFingerprint,
    Instant signingTime,
    Optional<Instant> timestampTime,
    String sha256,
    List<String> notes) {

  public SignatureResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(signingTime, "signingTime");
    Objects.requireNonNull(timestampTime, "timestampTime");
    Objects.requireNonNull(sha256, "sha256");
    notes = List.copyOf(notes);
  }
}
