package org.scelle.reporter.sign;

import com.itextpdf.signatures.CrlClientOnline;
import com.itextpdf.signatures.ICrlClient;
import com.itextpdf.signatures.IOcspClient;
import com.itextpdf.signatures.OcspClientBouncyCastle;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether revocation data can be gathered for every certificate of a signer's chain, and the iText
 * clients that gather it: given CRLs first, then (when allowed) the OCSP responder and the CRL
 * distribution points named in the certificates. The root (a self-signed last certificate) needs
 * none. Immutable.
 */
final class RevocationPlan {

  private static final String AIA_OID = "1.3.6.1.5.5.7.1.1";
  private static final String CRL_DP_OID = "2.5.29.31";

  private final List<X509CRL> crls;
  private final boolean online;
  private final String missing;

  private RevocationPlan(List<X509CRL> crls, boolean online, String missing) {
    this.crls = crls;
    this.online = online;
    this.missing = missing;
  }

  /**
   * Plans revocation data for {@code chain} (signer first) from {@code crls} and, when {@code
   * online}, from the certificates' own AIA and CRL distribution points.
   */
  static RevocationPlan of(List<X509Certificate> chain, List<X509CRL> crls, boolean online) {
    X509Certificate signer = chain.get(0);
    if (chain.size() == 1 && isSelfSigned(signer)) {
      return new RevocationPlan(
          crls,
          online,
          "the signer's certificate is self-signed, so there is no revocation data to embed");
    }
    for (int i = 0; i < chain.size(); i++) {
      X509Certificate certificate = chain.get(i);
      if (i == chain.size() - 1 && isSelfSigned(certificate)) {
        break;
      }
      X509Certificate issuer = i + 1 < chain.size() ? chain.get(i + 1) : null;
      boolean given = issuer != null && crlFor(certificate, issuer, crls).isPresent();
      boolean named =
          certificate.getExtensionValue(AIA_OID) != null
              || certificate.getExtensionValue(CRL_DP_OID) != null;
      if (!given && !(online && named)) {
        return new RevocationPlan(
            crls,
            online,
            "no revocation data for certificate '"
                + certificate.getSubjectX500Principal().getName()
                + "': "
                + (issuer == null ? "its issuer is not in the chain, " : "")
                + (named
                    ? "it names an OCSP responder or CRL distribution point but online"
                        + " revocation is off"
                    : "no CRL was given for it and it names no OCSP responder (AIA) nor CRL"
                        + " distribution point"));
      }
    }
    return new RevocationPlan(crls, online, null);
  }

  /** Why B-LT cannot be reached, or empty when every certificate has revocation data. */
  Optional<String> missing() {
    return Optional.ofNullable(missing);
  }

  /** The CRL client: the given CRL issued for the certificate's issuer, else online if allowed. */
  ICrlClient crlClient() {
    ICrlClient onlineClient = online ? new CrlClientOnline() : null;
    return (certificate, url) -> {
      Collection<byte[]> out = new ArrayList<>();
      for (X509CRL crl : crls) {
        if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
          try {
            out.add(crl.getEncoded());
          } catch (CRLException e) {
            throw new IllegalStateException(
                "cannot encode the CRL of " + crl.getIssuerX500Principal().getName(), e);
          }
        }
      }
      if (out.isEmpty() && onlineClient != null) {
        return onlineClient.getEncoded(certificate, url);
      }
      return out.isEmpty() ? null : out;
    };
  }

  /** The OCSP client: the certificate's responder when online, else none. */
  IOcspClient ocspClient() {
    return online ? new OcspClientBouncyCastle() : (certificate, issuer, url) -> null;
  }

  private static Optional<X509CRL> crlFor(
      X509Certificate certificate, X509Certificate issuer, List<X509CRL> crls) {
    for (X509CRL crl : crls) {
      if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
        try {
          crl.verify(issuer.getPublicKey());
          return Optional.of(crl);
        } catch (GeneralSecurityException e) {
          // not this issuer's CRL: try the next one
        }
      }
    }
    return Optional.empty();
  }

  static boolean isSelfSigned(X509Certificate certificate) {
    if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
      return false;
    }
    try {
      certificate.verify(certificate.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
