package org.scelle.custody.identity;

import java.io.IOException;

/**
 * Opens the identity that will sign, when a command needs it: reads the key and asks for its
 * secret. Lets a command do other work (on another thread) while the key's password derivation
 * runs, and open the key only after the checks that need no key.
 */
@FunctionalInterface
public interface IdentityOpener {
  /**
   * Opens the identity.
   *
   * @throws MissingSecretException when the password or PIN cannot be obtained
   */
  Identity open() throws IOException, MissingSecretException;
}
