package org.scelle.custody.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * An identity whose private key and certificate are in a password-protected PKCS#12 file, as
 * written by {@link KeyGenerator}. When the file also holds the certificate's issuers (a CA-issued
 * certificate), {@link #chain()} returns them after the certificate.
 *
 * <p>Instances are immutable and safe for concurrent use: each {@link #sign} uses its own {@code
 * Signature}. The key is held in memory; the file is not kept open.
 */
public final class Pkcs12Identity extends KeyIdentity {

  private final Path file;

  private Pkcs12Identity(Path file, List<X509Certificate> chain, PrivateKey key) {
    super(chain, key, null);
    this.file = file;
  }

  /**
   * Opens the single private key entry of {@code p12}, unlocked with {@code password} (used for
   * both the file and the key). The caller keeps {@code password} and may clear it afterwards.
   *
   * @throws NullPointerException when {@code password} is null
   * @throws NoSuchFileException when {@code p12} does not exist (other read errors propagate as the
   *     file system reports them)
   * @throws IOException with a message naming the file: "wrong password or corrupt file", "no
   *     private key entry", several key entries, no X.509 certificate, a subject without CN, a key
   *     that is neither EC nor RSA, or a private key that does not match its certificate
   */
  public static Identity open(Path p12, char[] password) throws IOException {
    Objects.requireNonNull(password, "password");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p12);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(p12.toString(), null, "no such key file");
    }
    KeyStore keyStore;
    try {
      keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(new ByteArrayInputStream(bytes), password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IOException(p12 + ": wrong password or corrupt file", e);
    }
    try {
      String alias = keyAlias(keyStore, null);
      Key key = keyStore.getKey(alias, password);
      if (!(key instanceof PrivateKey privateKey)) {
        throw new IOException(p12 + ": entry '" + alias + "' holds no private key");
      }
      Certificate certificate = keyStore.getCertificate(alias);
      if (!(certificate instanceof X509Certificate x509)) {
        throw new IOException(p12 + ": key entry '" + alias + "' has no X.509 certificate");
      }
      Pkcs12Identity identity = new Pkcs12Identity(p12, chainOf(keyStore, alias, x509), privateKey);
      identity.checkKeyMatchesCertificate();
      return identity;
    } catch (NoKeyEntry | IllegalArgumentException e) {
      throw new IOException(p12 + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IOException(p12 + ": cannot read key entry: " + e.getMessage(), e);
    }
  }

  /** The PKCS#12 file this identity was read from. */
  public Path file() {
    return file;
  }

  @Override
  String location() {
    return "file " + file;
  }

  private void checkKeyMatchesCertificate() throws IOException {
    byte[] probe = new byte[32];
    new SecureRandom().nextBytes(probe);
    boolean matches;
    try {
      matches = Certificates.verify(certificate(), signatureAlgorithm(), probe, sign(probe));
    } catch (GeneralSecurityException e) {
      throw new IOException(file + ": private key cannot sign: " + e.getMessage(), e);
    }
    if (!matches) {
      throw new IOException(file + ": private key does not match its certificate");
    }
  }
}
