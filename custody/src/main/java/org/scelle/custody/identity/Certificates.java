package org.scelle.custody.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * X.509 certificate helpers: PEM encoding, SHA-256 fingerprints and signature verification.
 *
 * <p>Stateless and safe for concurrent use.
 */
public final class Certificates {

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final String END = "-----END CERTIFICATE-----";

  private Certificates() {}

  /**
   * Lower-case hex SHA-256 of the certificate's DER encoding (64 characters).
   *
   * @throws IllegalArgumentException when the certificate cannot be encoded
   */
  public static String fingerprint(X509Certificate certificate) {
    return HexFormat.of().formatHex(sha256(der(certificate)));
  }

  /**
   * Encodes {@code certificate} as one PEM block ({@code BEGIN CERTIFICATE}, base64 in lines of 64
   * characters, {@code \n} line ends, a final line end).
   *
   * @throws IllegalArgumentException when the certificate cannot be encoded
   */
  public static String toPem(X509Certificate certificate) {
    String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der(certificate));
    return BEGIN + "\n" + base64 + "\n" + END + "\n";
  }

  /**
   * Decodes the first {@code CERTIFICATE} PEM block in {@code pem}; text around it is ignored.
   *
   * @throws CertificateException when there is no such block or it is not a valid certificate
   */
  public static X509Certificate fromPem(String pem) throws CertificateException {
    int begin = pem.indexOf(BEGIN);
    int end = begin < 0 ? -1 : pem.indexOf(END, begin);
    if (end < 0) {
      throw new CertificateException("no PEM CERTIFICATE block (" + BEGIN + " ... " + END + ")");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
    } catch (IllegalArgumentException e) {
      throw new CertificateException("bad base64 in PEM CERTIFICATE block: " + e.getMessage(), e);
    }
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  /**
   * Writes {@code certificate} as PEM to {@code file}, creating or replacing it.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writePem(X509Certificate certificate, Path file) throws IOException {
    Files.writeString(file, toPem(certificate), StandardCharsets.US_ASCII);
  }

  /**
   * Reads the first PEM certificate in {@code file}.
   *
   * @throws IOException when the file cannot be read or holds no valid PEM certificate; the message
   *     names the file
   */
  public static X509Certificate readPem(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    try {
      return fromPem(text);
    } catch (CertificateException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code signature} is a valid {@code algorithm} signature of {@code data} by the key of
   * {@code certificate}. Only the signature is checked, not the certificate's validity period or
   * issuer.
   *
   * @return false when the signature does not verify, is malformed, or {@code algorithm} does not
   *     fit the certificate's key
   * @throws IllegalArgumentException when {@code algorithm} is not a JCA signature algorithm
   */
  public static boolean verify(
      X509Certificate certificate, String algorithm, byte[] data, byte[] signature) {
    Signature verifier;
    try {
      verifier = Signature.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("unknown signature algorithm " + algorithm, e);
    }
    try {
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(data);
      return verifier.verify(signature);
    } catch (InvalidKeyException | SignatureException e) {
      return false;
    }
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException(
          "cannot encode certificate " + certificate.getSubjectX500Principal(), e);
    }
  }
}
