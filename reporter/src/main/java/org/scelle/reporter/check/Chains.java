package org.scelle.reporter.check;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PKIX path building from a certificate to one of the given trust anchors, at a given time, without
 * revocation checking (revocation is the relying party's policy: see the documentation).
 */
final class Chains {

  private Chains() {}

  /**
   * Why {@code target} does not chain to any of {@code anchors} at {@code at} using {@code others}
   * as intermediates, or empty when it does.
   *
   * @param anchors not empty
   */
  static Optional<String> problem(
      X509Certificate target,
      Collection<X509Certificate> others,
      List<X509Certificate> anchors,
      Date at) {
    if (anchors.contains(target)) {
      try {
        target.checkValidity(at);
        return Optional.empty();
      } catch (GeneralSecurityException e) {
        return Optional.of(
            "the certificate, itself a trust anchor, is not valid at " + at.toInstant());
      }
    }
    Set<TrustAnchor> trust = new HashSet<>();
    for (X509Certificate anchor : anchors) {
      trust.add(new TrustAnchor(anchor, null));
    }
    X509CertSelector selector = new X509CertSelector();
    selector.setCertificate(target);
    try {
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust, selector);
      parameters.setRevocationEnabled(false);
      parameters.setDate(at);
      List<X509Certificate> pool = new ArrayList<>(others);
      pool.add(target);
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
      CertPathBuilder.getInstance("PKIX").build(parameters);
      return Optional.empty();
    } catch (CertPathBuilderException e) {
      return Optional.of(
          "no path to a trust anchor at "
              + at.toInstant()
              + " ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")");
    } catch (InvalidAlgorithmParameterException e) {
      throw new IllegalArgumentException("unusable trust anchors: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no PKIX support in this Java runtime", e);
    }
  }

  /** The subject of {@code certificate}, RFC 2253. */
  static String subject(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName();
  }
}
