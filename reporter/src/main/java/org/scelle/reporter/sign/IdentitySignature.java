package org.scelle.reporter.sign;

import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ISignatureMechanismParams;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.scelle.custody.identity.Identity;

/**
 * iText's view of a custody {@link Identity}: the private key operation goes through {@link
 * Identity#sign}, so that a key in a PKCS#12 file and a key on a PKCS#11 token sign alike. SHA-256
 * with ECDSA (P-256) or RSA PKCS#1 v1.5. Thread safety is the identity's.
 */
final class IdentitySignature implements IExternalSignature {

  private final Identity identity;
  private final String mechanism;

  /**
   * @throws IllegalArgumentException when the identity signs with another algorithm than {@code
   *     SHA256withECDSA} or {@code SHA256withRSA}
   */
  IdentitySignature(Identity identity) {
    this.identity = Objects.requireNonNull(identity, "identity");
    this.mechanism =
        switch (identity.signatureAlgorithm()) {
          case "SHA256withECDSA" -> "ECDSA";
          case "SHA256withRSA" -> "RSA";
          default ->
              throw new IllegalArgumentException(
                  "cannot sign a dossier with "
                      + identity.signatureAlgorithm()
                      + " (identity "
                      + identity.name()
                      + "); expected SHA256withECDSA or SHA256withRSA");
        };
  }

  @Override
  public String getDigestAlgorithmName() {
    return "SHA-256";
  }

  @Override
  public String getSignatureAlgorithmName() {
    return mechanism;
  }

  @Override
  public ISignatureMechanismParams getSignatureMechanismParameters() {
    return null;
  }

  @Override
  public byte[] sign(byte[] message) throws GeneralSecurityException {
    return identity.sign(message);
  }
}
