package org.scelle.reporter.check;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.PdfSignature;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.scelle.custody.timestamp.TimestampException;
import org.scelle.custody.timestamp.TimestampToken;
import org.scelle.custody.timestamp.TimestampVerifier;

/**
 * The checks of one PDF signature: {@code signature} (the CMS signature over the signed byte range,
 * with iText's {@link PdfPKCS7}), {@code timestamp} and {@code timestamp-chain} (the RFC 3161
 * signature time-stamp, with Bouncy Castle and custody's {@link TimestampVerifier}), {@code chain}
 * (the signer's certificate to a trust anchor). Stateless.
 */
final class SignatureChecks {

  private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

  private SignatureChecks() {}

  /** Runs the checks of signature field {@code name} into {@code out}. */
  static void check(
      SignatureUtil util, String name, List<X509Certificate> anchors, List<Check> out) {
    PdfSignature dictionary = util.getSignature(name);
    PdfName subFilter = dictionary.getSubFilter();
    PdfPKCS7 pkcs7;
    try {
      pkcs7 = util.readSignatureData(name);
    } catch (ITextException e) {
      out.add(Check.fail("signature", "signature '" + name + "' is unreadable: " + message(e)));
      return;
    }
    String padding = padding(dictionary.getContents().getValueBytes());
    if (padding != null) {
      out.add(Check.fail("signature", "signature '" + name + "': " + padding));
      return;
    }
    X509Certificate signer = pkcs7.getSigningCertificate();
    String who = signer == null ? "an unknown signer" : Chains.subject(signer);
    try {
      if (!pkcs7.verifySignatureIntegrityAndAuthenticity()) {
        out.add(
            Check.fail(
                "signature",
                "signature '"
                    + name
                    + "' by "
                    + who
                    + " does not verify: the signed bytes do not match the signed digest, or the"
                    + " signature value is wrong (the file was altered after signing)"));
        return;
      }
    } catch (GeneralSecurityException | ITextException e) {
      out.add(
          Check.fail("signature", "signature '" + name + "' cannot be verified: " + message(e)));
      return;
    }
    String format = subFilter == null ? "no /SubFilter" : subFilter.getValue();
    out.add(
        Check.pass(
            "signature",
            "signature '"
                + name
                + "' ("
                + format
                + ", "
                + pkcs7.getSignatureMechanismName()
                + ") by "
                + who
                + " verifies; claimed signing time "
                + pkcs7.getSignDate().toInstant()));

    Optional<Instant> stamped = timestamp(util, name, anchors, out);
    Date at = Date.from(stamped.orElse(Instant.now()));
    chain(pkcs7, signer, anchors, at, stamped.isPresent(), out);
  }

  /** The {@code timestamp} and {@code timestamp-chain} checks; the verified time when passed. */
  private static Optional<Instant> timestamp(
      SignatureUtil util, String name, List<X509Certificate> anchors, List<Check> out) {
    SignerInformation signer;
    try {
      byte[] contents = util.getSignature(name).getContents().getValueBytes();
      CMSSignedData cms = new CMSSignedData(contents);
      signer = cms.getSignerInfos().getSigners().iterator().next();
    } catch (CMSException | RuntimeException e) {
      out.add(
          Check.fail("timestamp", "the signature's CMS structure is unreadable: " + message(e)));
      return Optional.empty();
    }
    AttributeTable unsigned = signer.getUnsignedAttributes();
    Attribute attribute =
        unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (attribute == null || attribute.getAttrValues().size() == 0) {
      out.add(
          Check.warn(
              "timestamp",
              "no signature time-stamp (PAdES B-B): the signing time is only claimed by the"
                  + " signer"));
      return Optional.empty();
    }
    byte[] tokenDer;
    TimestampToken token;
    try {
      tokenDer = attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
      token = TimestampVerifier.verify(tokenDer, sha256(signer.getSignature()));
    } catch (IOException | TimestampException e) {
      out.add(
          Check.fail(
              "timestamp",
              "the signature time-stamp does not verify over the signature value: "
                  + e.getMessage()));
      return Optional.empty();
    }
    out.add(
        Check.pass(
            "timestamp",
            "RFC 3161 time-stamp by "
                + token.tsaName()
                + " at "
                + token.genTime()
                + " (serial "
                + token.serial()
                + ", policy "
                + token.policy()
                + ") covers the signature value"));
    timestampChain(tokenDer, token, anchors, out);
    return Optional.of(token.genTime());
  }

  private static void timestampChain(
      byte[] tokenDer, TimestampToken token, List<X509Certificate> anchors, List<Check> out) {
    if (anchors.isEmpty()) {
      out.add(
          Check.warn(
              "timestamp-chain",
              "not checked: no trust anchor given (the time-stamp authority "
                  + token.tsaName()
                  + " is not known to be trustworthy)"));
      return;
    }
    try {
      TimeStampToken parsed =
          new TimeStampToken(ContentInfo.getInstance(ASN1Primitive.fromByteArray(tokenDer)));
      List<X509Certificate> certificates = new ArrayList<>();
      X509Certificate tsa = null;
      for (X509CertificateHolder holder : parsed.getCertificates().getMatches(null)) {
        X509Certificate certificate = CONVERTER.getCertificate(holder);
        certificates.add(certificate);
        if (parsed.getSID().match(holder)) {
          tsa = certificate;
        }
      }
      if (tsa == null) {
        out.add(
            Check.fail("timestamp-chain", "the time-stamp token lacks its signer's certificate"));
        return;
      }
      Optional<String> problem =
          Chains.problem(tsa, certificates, anchors, Date.from(token.genTime()));
      out.add(
          problem.isEmpty()
              ? Check.pass(
                  "timestamp-chain",
                  "the time-stamp authority " + Chains.subject(tsa) + " chains to a trust anchor")
              : Check.fail(
                  "timestamp-chain",
                  "the time-stamp authority " + Chains.subject(tsa) + ": " + problem.get()));
    } catch (IOException | TSPException | CertificateException | RuntimeException e) {
      out.add(Check.fail("timestamp-chain", "the time-stamp token is unreadable: " + message(e)));
    }
  }

  private static void chain(
      PdfPKCS7 pkcs7,
      X509Certificate signer,
      List<X509Certificate> anchors,
      Date at,
      boolean stamped,
      List<Check> out) {
    if (signer == null) {
      out.add(Check.fail("chain", "the signature embeds no signing certificate"));
      return;
    }
    boolean[] usage = signer.getKeyUsage();
    if (usage != null && !usage[0] && !usage[1]) {
      out.add(
          Check.fail(
              "chain",
              "the signer's certificate "
                  + Chains.subject(signer)
                  + " is not for signing (key usage lacks digitalSignature and"
                  + " nonRepudiation)"));
      return;
    }
    if (anchors.isEmpty()) {
      out.add(Check.warn("chain", "not checked: no trust anchor given"));
      return;
    }
    List<X509Certificate> others = new ArrayList<>();
    for (Certificate certificate : pkcs7.getCertificates()) {
      if (certificate instanceof X509Certificate x509) {
        others.add(x509);
      }
    }
    Optional<String> problem = Chains.problem(signer, others, anchors, at);
    String when = stamped ? "at the time-stamp's time" : "now (no time-stamp)";
    out.add(
        problem.isEmpty()
            ? Check.pass(
                "chain",
                "the signer's certificate "
                    + Chains.subject(signer)
                    + " chains to a trust anchor, valid "
                    + when
                    + " (revocation not checked)")
            : Check.fail(
                "chain",
                "the signer's certificate " + Chains.subject(signer) + ": " + problem.get()));
  }

  /**
   * Null when {@code /Contents} is one DER object followed only by zero padding, else why not: the
   * padding is outside the signed range, so a changed padding byte is a change nobody signed.
   */
  private static String padding(byte[] contents) {
    ByteArrayInputStream bytes = new ByteArrayInputStream(contents);
    try (ASN1InputStream in = new ASN1InputStream(bytes)) {
      in.readObject();
    } catch (IOException | RuntimeException e) {
      return "/Contents is not a DER-encoded signature: " + message(e);
    }
    int used = contents.length - bytes.available();
    for (int i = used; i < contents.length; i++) {
      if (contents[i] != 0) {
        return "/Contents has a non-zero byte at offset "
            + i
            + ", after the "
            + used
            + "-byte signature value, in its unsigned padding (the file was altered)";
      }
    }
    return null;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java runtime", e);
    }
  }

  static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (root != e && root.getMessage() != null && !text.contains(root.getMessage())) {
      text += ": " + root.getMessage();
    }
    return text;
  }
}
