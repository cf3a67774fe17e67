package org.scelle.custody.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/**
 * Creates a person's signing identity: a new key pair and its self-signed certificate, in a
 * password-protected PKCS#12 file.
 *
 * <p>The file uses the JDK's PKCS#12 defaults since Java 12 / 11.0.12: the key and the certificate
 * encrypted with PBES2 (PBKDF2 with HmacSHA256, AES-256-CBC), a HmacSHA256 MAC, so that OpenSSL 3
 * and other PKCS#12 readers open it. The certificate subject is {@code CN=<name>, OU=<role>,
 * O=<organisation>} (RFC 2253 order), valid ten years from now; see {@link Pkcs12Identity} to open
 * it.
 *
 * <p>Stateless and safe for concurrent use (on different output files).
 */
public final class KeyGenerator {

  /** The PBES2 scheme protecting the private key, named explicitly rather than inherited. */
  private static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyGenerator() {}

  /**
   * Generates an EC P-256 identity in {@code out}. Same as {@link #generate(String, String, String,
   * KeyAlgorithm, Path, char[])} with {@link KeyAlgorithm#EC_P256}.
   */
  public static Path generate(
      String name, String role, String organisation, Path out, char[] password) throws IOException {
    return generate(name, role, organisation, KeyAlgorithm.EC_P256, out, password);
  }

  /**
   * Generates a key pair of type {@code algorithm} and its self-signed certificate, and writes them
   * to the new PKCS#12 file {@code out} protected by {@code password}.
   *
   * <p>The file appears atomically (written to a temporary file in the same directory, forced to
   * disk, then moved into place) with permissions {@code rw-------} where the file system is POSIX.
   * An existing {@code out} is never replaced; the check happens just before the move, so two
   * concurrent runs on the same name could still race. The caller keeps {@code password} and may
   * clear it afterwards.
   *
   * @param name the person's name, the certificate's CN; any characters (commas, accents) are
   *     encoded properly
   * @param role the person's role in the case, the certificate's OU
   * @param organisation the certificate's O, or {@code null} (or blank) for none
   * @return {@code out}
   * @throws IllegalArgumentException when {@code name} or {@code role} is blank or {@code password}
   *     is empty
   * @throws FileAlreadyExistsException when {@code out} exists
   * @throws NoSuchFileException when the directory of {@code out} does not exist
   * @throws IOException when the file cannot be written, or the JDK cannot generate the key
   */
  public static Path generate(
      String name,
      String role,
      String organisation,
      KeyAlgorithm algorithm,
      Path out,
      char[] password)
      throws IOException {
    CertificateSubject.requireText("name", name);
    CertificateSubject.requireText("role", role);
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("password must not be empty");
    }
    CertificateSubject subject =
        new CertificateSubject(
            name, role, organisation == null || organisation.isBlank() ? "" : organisation);
    refuseExisting(out);
    Path dir = out.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such directory for " + out);
    }
    KeyStore keyStore = keyStore(subject, algorithm, password, out);
    Path temp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".tmp", ownerOnly(dir));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream stream = Channels.newOutputStream(channel)) {
        keyStore.store(stream, password);
        stream.flush();
        channel.force(true);
      } catch (GeneralSecurityException e) {
        throw new IOException(out + ": cannot encode PKCS#12: " + e.getMessage(), e);
      }
      refuseExisting(out);
      Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return out;
  }

  private static KeyStore keyStore(
      CertificateSubject subject, KeyAlgorithm algorithm, char[] password, Path out)
      throws IOException {
    try {
      KeyPair keyPair = algorithm.generateKeyPair(RANDOM);
      X509Certificate certificate =
          SelfSignedCertificate.issue(
              subject,
              keyPair.getPublic(),
              keyPair.getPrivate(),
              algorithm.signatureAlgorithm(),
              null,
              RANDOM);
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setEntry(
          subject.name(),
          new KeyStore.PrivateKeyEntry(keyPair.getPrivate(), new Certificate[] {certificate}),
          new KeyStore.PasswordProtection(password, KEY_PROTECTION, null));
      return keyStore;
    } catch (GeneralSecurityException e) {
      throw new IOException(
          out + ": cannot generate " + algorithm + " identity: " + e.getMessage(), e);
    }
  }

  private static void refuseExisting(Path out) throws FileAlreadyExistsException {
    if (Files.exists(out) || Files.isSymbolicLink(out)) {
      throw new FileAlreadyExistsException(
          out.toString(), null, "already exists; refusing to overwrite a key file");
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    }
    return new FileAttribute<?>[0];
  }
}
