package org.scelle.reporter.sign;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.IssuingCertificateRetriever;
import com.itextpdf.signatures.LtvVerification;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.timestamp.TimestampToken;
import org.scelle.reporter.pdf.StructureBlindDocument;

/**
 * Signs a finished dossier as PAdES (ETSI.CAdES.detached, SHA-256) with iText's {@link PdfSigner},
 * in append mode: the output is the input's bytes unchanged followed by one incremental update
 * holding an invisible signature (two for B-LT: the signature, then the document security store).
 * The steps are those of iText's {@code PdfPadesSigner}, but the document is opened without its
 * structure tree ({@link StructureBlindDocument}) and the signed file is written to a file beside
 * the output, never held in memory: signing costs memory independent of the dossier's size.
 *
 * <p>The level is the highest the options allow: B-B without a time-stamp authority, B-T with one,
 * B-LT with one when revocation data exists for every certificate of the signer's chain (given
 * CRLs, or online from the certificates' OCSP responder and CRL distribution points). A level below
 * B-LT is explained in {@link SignatureResult#notes()}; it is never a silent downgrade.
 *
 * <p>The private key never reaches iText: the signature value comes from {@link Identity#sign}. The
 * signer's chain is {@link Identity#chain()}.
 *
 * <p>Instances are immutable; use one from one thread at a time, since identities are.
 */
public final class DossierSigner {

  /** The name of the signature field the signer adds. */
  public static final String FIELD_NAME = "scelle-dossier-signature";

  /** The default reason written in the signature dictionary. */
  public static final String DEFAULT_REASON = "scelle complaint dossier";

  /**
   * How to sign.
   *
   * @param tsa the RFC 3161 time-stamp authority, or null for B-B
   * @param crls CRLs to embed for B-LT, for example issued by an offline CA; never null
   * @param onlineRevocation whether B-LT may fetch OCSP responses and CRLs from the addresses in
   *     the certificates
   * @param reason the signature's {@code /Reason}
   * @param location the signature's {@code /Location}, or the empty string
   */
  public record Options(
      TimestampClient tsa,
      List<X509CRL> crls,
      boolean onlineRevocation,
      String reason,
      String location) {

    public Options {
      crls = List.copyOf(crls);
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(location, "location");
    }

    /** B-B: no time-stamp, no revocation data, the default reason. */
    public static Options basic() {
      return new Options(null, List.of(), false, DEFAULT_REASON, "");
    }

    /** These options with the time-stamp authority {@code tsa} (B-T, or B-LT with revocation). */
    public Options withTimestamp(TimestampClient tsa) {
      return new Options(
          Objects.requireNonNull(tsa, "tsa"), crls, onlineRevocation, reason, location);
    }

    /** These options with {@code crls} to embed for B-LT. */
    public Options withCrls(List<X509CRL> crls) {
      return new Options(tsa, crls, onlineRevocation, reason, location);
    }

    /** These options with online revocation allowed or not. */
    public Options withOnlineRevocation(boolean online) {
      return new Options(tsa, crls, online, reason, location);
    }

    /** These options with another reason and location. */
    public Options withReason(String reason, String location) {
      return new Options(tsa, crls, onlineRevocation, reason, location);
    }
  }

  private final Identity identity;
  private final Options options;
  private final Clock clock;

  /** A signer for {@code identity} with {@code options}, using the system clock. */
  public DossierSigner(Identity identity, Options options) {
    this(identity, options, Clock.systemUTC());
  }

  /**
   * A signer whose claimed signing time comes from {@code clock}.
   *
   * @throws IllegalArgumentException when the identity signs with an algorithm other than SHA-256
   *     with ECDSA or RSA
   */
  public DossierSigner(Identity identity, Options options, Clock clock) {
    this.identity = Objects.requireNonNull(identity, "identity");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    new IdentitySignature(identity); // fails early on an unsupported key
  }

  /**
   * Signs {@code unsigned} into {@code signed}. The input is only read. The output is written to a
   * temporary file beside it and moved into place at the end, so that a failure leaves no partial
   * {@code signed} file.
   *
   * @return the level reached, the times and the SHA-256 of the output
   * @throws NoSuchFileException when {@code unsigned} does not exist
   * @throws FileAlreadyExistsException when {@code signed} exists
   * @throws IllegalArgumentException when {@code signed} and {@code unsigned} are the same path
   * @throws IOException naming the input when iText cannot read or sign the document, or the
   *     time-stamp authority is unreachable, refuses or answers wrongly (the message names its URL)
   * @throws GeneralSecurityException when the identity's key or token refuses to sign
   */
  public SignatureResult sign(Path unsigned, Path signed)
      throws IOException, GeneralSecurityException {
    if (unsigned.toAbsolutePath().normalize().equals(signed.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("will not sign in place: " + unsigned);
    }
    if (!Files.isRegularFile(unsigned)) {
      throw new NoSuchFileException(unsigned.toString(), null, "no such dossier to sign");
    }
    if (Files.exists(signed)) {
      throw new FileAlreadyExistsException(signed.toString(), null, "signed dossier exists");
    }
    List<X509Certificate> chain = identity.chain();
    List<String> notes = new ArrayList<>();
    TimestampClientTsa tsa = options.tsa() == null ? null : new TimestampClientTsa(options.tsa());
    RevocationPlan revocation =
        RevocationPlan.of(chain, options.crls(), options.onlineRevocation());
    PadesLevel level;
    if (tsa == null) {
      level = PadesLevel.B_B;
      notes.add("B-T not reached: no time-stamp authority given, the signing time is only claimed");
    } else if (revocation.missing().isPresent()) {
      level = PadesLevel.B_T;
      notes.add("B-LT not reached: " + revocation.missing().get());
    } else {
      level = PadesLevel.B_LT;
    }

    Instant signingTime = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Calendar claimed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    claimed.setTimeInMillis(signingTime.toEpochMilli());
    SignerProperties properties =
        new SignerProperties()
            .setFieldName(FIELD_NAME)
            .setClaimedSignDate(claimed)
            .setReason(options.reason())
            .setLocation(options.location());
    X509Certificate[] certificates = chain.toArray(new X509Certificate[0]);
    IdentitySignature signature = new IdentitySignature(identity);

    Path dir = signed.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(dir, ".signing-", ".pdf");
    Path beforeLtv = null;
    try {
      try {
        Certificate[] full =
            new IssuingCertificateRetriever().retrieveMissingCertificates(certificates);
        if (level == PadesLevel.B_LT) {
          beforeLtv = Files.createTempFile(dir, ".signing-", ".pdf");
          signDetached(unsigned, beforeLtv, properties, full, signature, tsa);
          addRevocationData(beforeLtv, temporary, revocation);
        } else {
          signDetached(unsigned, temporary, properties, full, signature, tsa);
        }
      } catch (ITextException e) {
        throw failure(unsigned, e);
      }
      Files.move(temporary, signed);
    } finally {
      Files.deleteIfExists(temporary);
      if (beforeLtv != null) {
        Files.deleteIfExists(beforeLtv);
      }
    }
    return new SignatureResult(
        signed,
        level,
        identity.name(),
        identity.fingerprint(),
        signingTime,
        tsa == null ? Optional.empty() : tsa.last().map(TimestampToken::genTime),
        sha256(signed),
        notes);
  }

  /**
   * Signs {@code in} into {@code out} as ETSI.CAdES.detached (B-B, or B-T with {@code tsa}), in
   * append mode, without loading the document's structure tree ({@link AppendSigner}).
   */
  private static void signDetached(
      Path in,
      Path out,
      SignerProperties properties,
      Certificate[] chain,
      IdentitySignature signature,
      TimestampClientTsa tsa)
      throws IOException, GeneralSecurityException {
    try (PdfReader reader = new PdfReader(in.toFile())) {
      new AppendSigner(reader, out, properties)
          .signDetached(
              new BouncyCastleDigest(),
              signature,
              chain,
              null,
              null,
              tsa,
              0,
              PdfSigner.CryptoStandard.CADES);
    }
  }

  /**
   * Appends to signed {@code in}, into {@code out}, a document security store with the revocation
   * data of every certificate of the signature's chain (B-LT), as iText's {@code PdfPadesSigner}
   * does, without loading the structure tree.
   */
  private static void addRevocationData(Path in, Path out, RevocationPlan revocation)
      throws IOException, GeneralSecurityException {
    try (PdfReader reader = new PdfReader(in.toFile());
        PdfDocument document =
            new StructureBlindDocument(
                reader, new PdfWriter(out.toFile()), new StampingProperties().useAppendMode())) {
      LtvVerification ltv =
          new LtvVerification(document)
              .setRevocationDataNecessity(
                  LtvVerification.RevocationDataNecessity.REQUIRED_FOR_SIGNING_CERTIFICATE)
              .setIssuingCertificateRetriever(new IssuingCertificateRetriever());
      ltv.addVerification(
          FIELD_NAME,
          revocation.ocspClient(),
          revocation.crlClient(),
          LtvVerification.CertificateOption.ALL_CERTIFICATES,
          LtvVerification.Level.OCSP_OPTIONAL_CRL,
          LtvVerification.CertificateInclusion.YES);
      ltv.merge();
    }
  }

  /** An iText failure as an I/O error naming the dossier and, when there is one, the TSA. */
  private IOException failure(Path unsigned, ITextException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String where = unsigned + ": cannot sign";
    if (cause instanceof IOException io && options.tsa() != null) {
      return new IOException(where + ": time-stamp authority: " + io.getMessage(), e);
    }
    if (cause instanceof org.scelle.custody.timestamp.TimestampException ts) {
      return new IOException(where + ": time-stamp authority: " + ts.getMessage(), e);
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return new IOException(where + ": " + message, e);
  }

  /** Lower-case hex SHA-256 of {@code file}, streamed. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java runtime", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
