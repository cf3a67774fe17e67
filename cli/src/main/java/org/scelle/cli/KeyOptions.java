package org.scelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.MissingSecretException;
import org.scelle.custody.identity.Pkcs11Identity;
import org.scelle.custody.identity.Pkcs12Identity;
import org.scelle.custody.identity.SecretSource;
import picocli.CommandLine.Option;

/**
 * Whose key signs: a PKCS#12 file ({@code --key}, password from {@code SCELLE_KEY_PASSWORD} or a
 * prompt) or a PKCS#11 token ({@code --pkcs11}, PIN from {@code SCELLE_PKCS11_PIN} or a prompt).
 */
final class KeyOptions {
  @Option(
      names = "--key",
      paramLabel = "FILE.p12",
      description =
          "PKCS#12 key of the person acting (password from SCELLE_KEY_PASSWORD or a prompt).")
  Path p12;

  @Option(
      names = "--pkcs11",
      paramLabel = "CONFIG",
      description =
          "SunPKCS11 configuration of a token holding the key (PIN from SCELLE_PKCS11_PIN or a prompt).")
  Path pkcs11;

  @Option(
      names = "--key-alias",
      paramLabel = "ALIAS",
      description = "Alias of the key on the token (default: its only key).")
  String alias;

  /** Whether a key was given. */
  boolean present() {
    return p12 != null || pkcs11 != null;
  }

  /** Opens the identity, asking for the secret. */
  Identity open() throws IOException, MissingSecretException {
    if (p12 != null && pkcs11 != null) {
      throw new IllegalArgumentException("give either --key or --pkcs11, not both");
    }
    if (p12 == null && pkcs11 == null) {
      throw new IllegalArgumentException("a key is required: --key FILE.p12 or --pkcs11 CONFIG");
    }
    if (p12 != null) {
      char[] password = SecretSource.keyPassword();
      try {
        return Pkcs12Identity.open(p12, password);
      } finally {
        Arrays.fill(password, '\0');
      }
    }
    char[] pin = SecretSource.pin();
    try {
      return Pkcs11Identity.open(pkcs11, alias, pin);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }
}
