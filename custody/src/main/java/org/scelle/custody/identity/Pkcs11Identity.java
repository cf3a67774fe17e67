package org.scelle.custody.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * An identity whose private key stays on a PKCS#11 token (smart card, HSM), reached through the
 * JDK's SunPKCS11 provider. Signing happens on the token.
 *
 * <p>Each {@link #open} configures a new SunPKCS11 provider instance from the configuration file;
 * the instance is used directly and not registered with {@link Security}. PKCS#11 login state
 * belongs to the whole process: while one identity on a token is open and logged in, opening
 * another one on the same token does not check the PIN again.
 *
 * <p>{@link #chain()} holds the certificate and the issuers that SunPKCS11 finds on the token.
 *
 * <p>Use from one thread at a time, as {@link Identity} says.
 */
public final class Pkcs11Identity extends KeyIdentity {

  private final Path config;
  private final String alias;
  private final Provider provider;

  private Pkcs11Identity(
      Path config, String alias, Provider provider, List<X509Certificate> chain, PrivateKey key) {
    super(chain, key, provider);
    this.config = config;
    this.alias = alias;
    this.provider = provider;
  }

  /**
   * Logs in to the token described by the SunPKCS11 configuration file {@code pkcs11Config} (lines
   * such as {@code name=...}, {@code library=...}, {@code slotListIndex=0}) and opens a key entry.
   * The caller keeps {@code pin} and may clear it afterwards.
   *
   * @param alias the key entry's label, or {@code null} for the only key entry on the token
   * @throws NoSuchFileException when {@code pkcs11Config} does not exist
   * @throws IOException with a message naming the configuration file when the provider cannot load
   *     the library or find the token, the login fails (wrong PIN), there is no such key entry (or,
   *     without an alias, none or several), or the entry has no usable X.509 certificate
   */
  public static Identity open(Path pkcs11Config, String alias, char[] pin) throws IOException {
    Objects.requireNonNull(pin, "pin");
    if (!Files.isRegularFile(pkcs11Config)) {
      throw new NoSuchFileException(pkcs11Config.toString(), null, "no such PKCS#11 configuration");
    }
    Provider provider = configure(pkcs11Config);
    KeyStore keyStore;
    try {
      keyStore = KeyStore.getInstance("PKCS11", provider);
    } catch (GeneralSecurityException | ProviderException e) {
      throw new IOException(pkcs11Config + ": no PKCS#11 token: " + rootMessage(e), e);
    }
    try {
      keyStore.load(null, pin);
    } catch (IOException | GeneralSecurityException e) {
      throw new IOException(
          pkcs11Config + ": PKCS#11 login failed (wrong PIN?): " + rootMessage(e), e);
    }
    try {
      String chosen = keyAlias(keyStore, alias);
      Key key = keyStore.getKey(chosen, null);
      if (!(key instanceof PrivateKey privateKey)) {
        throw new IOException(pkcs11Config + ": entry '" + chosen + "' holds no private key");
      }
      Certificate certificate = keyStore.getCertificate(chosen);
      if (!(certificate instanceof X509Certificate x509)) {
        throw new IOException(
            pkcs11Config + ": key entry '" + chosen + "' has no X.509 certificate");
      }
      return new Pkcs11Identity(
          pkcs11Config, chosen, provider, chainOf(keyStore, chosen, x509), privateKey);
    } catch (KeyIdentity.NoKeyEntry | IllegalArgumentException e) {
      throw new IOException(pkcs11Config + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IOException(pkcs11Config + ": cannot read key entry: " + rootMessage(e), e);
    }
  }

  /** The SunPKCS11 configuration file this identity was opened with. */
  public Path config() {
    return config;
  }

  /** The label of the key entry on the token. */
  public String alias() {
    return alias;
  }

  /** The SunPKCS11 provider instance that holds this identity's session. */
  public Provider provider() {
    return provider;
  }

  @Override
  String location() {
    return "token " + config + " key '" + alias + "'";
  }

  private static Provider configure(Path pkcs11Config) throws IOException {
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new IOException(pkcs11Config + ": this Java runtime has no SunPKCS11 provider");
    }
    try {
      return base.configure(pkcs11Config.toString());
    } catch (ProviderException | IllegalArgumentException e) {
      // InvalidParameterException (a bad file) is an IllegalArgumentException.
      throw new IOException(pkcs11Config + ": cannot load PKCS#11 provider: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
