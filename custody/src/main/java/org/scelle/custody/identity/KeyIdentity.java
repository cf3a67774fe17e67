package org.scelle.custody.identity;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An identity backed by a private key and its certificate, whatever holds the key. The name, role
 * and organisation come from the certificate subject (CN, OU, O); the signature algorithm from the
 * certificate's key type.
 */
abstract sealed class KeyIdentity implements Identity permits Pkcs12Identity, Pkcs11Identity {

  private final CertificateSubject subject;
  private final X509Certificate certificate;
  private final List<X509Certificate> chain;
  private final String fingerprint;
  private final String signatureAlgorithm;
  private final PrivateKey privateKey;
  private final Provider provider;

  /**
   * @param chain the certificate (first) and its issuers, as the key store holds them
   * @param provider the provider that signs with {@code privateKey}, or {@code null} for the JDK's
   *     default providers
   * @throws IllegalArgumentException when the chain is empty, or the certificate has no CN or a key
   *     that is neither EC nor RSA
   */
  KeyIdentity(List<X509Certificate> chain, PrivateKey privateKey, Provider provider) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("empty certificate chain");
    }
    X509Certificate certificate = chain.get(0);
    this.subject = CertificateSubject.of(certificate);
    this.certificate = certificate;
    this.chain = List.copyOf(chain);
    this.fingerprint = Certificates.fingerprint(certificate);
    this.signatureAlgorithm =
        KeyAlgorithm.signatureAlgorithmFor(certificate.getPublicKey().getAlgorithm());
    this.privateKey = privateKey;
    this.provider = provider;
  }

  @Override
  public String name() {
    return subject.name();
  }

  /** {@inheritDoc} The empty string when the certificate subject has no OU. */
  @Override
  public String role() {
    return subject.role();
  }

  @Override
  public String organisation() {
    return subject.organisation();
  }

  @Override
  public X509Certificate certificate() {
    return certificate;
  }

  @Override
  public List<X509Certificate> chain() {
    return chain;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  @Override
  public byte[] sign(byte[] data) throws GeneralSecurityException {
    Signature signer =
        provider == null
            ? Signature.getInstance(signatureAlgorithm)
            : Signature.getInstance(signatureAlgorithm, provider);
    signer.initSign(privateKey);
    signer.update(data);
    return signer.sign();
  }

  /** Where the key is, for {@link #toString}: a file or a token configuration and alias. */
  abstract String location();

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + name()
        + (role().isEmpty() ? "" : " (" + role() + ")")
        + ", sha256 "
        + fingerprint
        + ", "
        + location()
        + "]";
  }

  /**
   * The X.509 chain of key entry {@code alias}: {@code first} followed by the X.509 issuers the
   * store holds for it, in order (non-X.509 certificates end the chain).
   */
  static List<X509Certificate> chainOf(KeyStore keyStore, String alias, X509Certificate first)
      throws KeyStoreException {
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(first);
    java.security.cert.Certificate[] stored = keyStore.getCertificateChain(alias);
    if (stored != null && stored.length > 1 && first.equals(stored[0])) {
      for (int i = 1; i < stored.length && stored[i] instanceof X509Certificate x509; i++) {
        chain.add(x509);
      }
    }
    return chain;
  }

  /**
   * Chooses the private key entry of {@code keyStore}: {@code alias} when given, else the only one.
   *
   * @throws NoKeyEntry when there is no such entry, none at all, or several and no alias; the
   *     message does not name the key store, for the caller to prefix with its location
   */
  static String keyAlias(KeyStore keyStore, String alias) throws KeyStoreException, NoKeyEntry {
    List<String> keys = new ArrayList<>();
    for (String a : Collections.list(keyStore.aliases())) {
      if (keyStore.isKeyEntry(a)) {
        keys.add(a);
      }
    }
    if (alias != null) {
      if (!keyStore.isKeyEntry(alias)) {
        throw new NoKeyEntry("no private key entry '" + alias + "' (key entries: " + keys + ")");
      }
      return alias;
    }
    if (keys.isEmpty()) {
      throw new NoKeyEntry("no private key entry");
    }
    if (keys.size() > 1) {
      throw new NoKeyEntry(keys.size() + " private key entries " + keys + "; name the one to use");
    }
    return keys.get(0);
  }

  /** The key store has no suitable private key entry; the message says why, without location. */
  static final class NoKeyEntry extends Exception {
    NoKeyEntry(String message) {
      super(message);
    }
  }
}
