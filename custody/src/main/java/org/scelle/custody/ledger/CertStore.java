package org.scelle.custody.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.scelle.custody.identity.Certificates;
import org.scelle.custody.vault.Vault;

/**
 * The actors' certificates of a vault, {@code scelle/certs/<sha256 of DER>.pem}. A certificate is
 * only ever added, never replaced. Callers hold the vault lock when adding.
 */
public final class CertStore {
  private final Path dir;

  public CertStore(Vault vault) {
    this.dir = vault.certsDir();
  }

  /** Lower-case hex SHA-256 of the certificate's DER encoding. */
  public static String fingerprint(X509Certificate cert) {
    return Certificates.fingerprint(cert);
  }

  /** Stores {@code cert} unless a file for its fingerprint exists; returns the fingerprint. */
  public String add(X509Certificate cert) throws IOException {
    String fp = fingerprint(cert);
    Path file = dir.resolve(fp + ".pem");
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(fp + ".pem.tmp");
      Files.writeString(tmp, pem(cert), StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
    return fp;
  }

  /**
   * Loads the certificate stored for {@code fingerprint} and checks that its DER hashes to it.
   *
   * @throws IOException naming the file when it is missing, unreadable, or does not match its name
   */
  public X509Certificate get(String fingerprint) throws IOException {
    Path file = dir.resolve(fingerprint + ".pem");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": certificate missing");
    }
    X509Certificate cert;
    try {
      cert = Certificates.fromPem(text);
    } catch (CertificateException e) {
      throw new IOException(file + ": not a valid X.509 certificate: " + e.getMessage());
    }
    String actual = fingerprint(cert);
    if (!actual.equals(fingerprint)) {
      throw new IOException(
          file + ": certificate does not match its fingerprint (holds " + actual + ")");
    }
    return cert;
  }

  static String pem(X509Certificate cert) {
    return Certificates.toPem(cert);
  }
}
