package org.scelle.custody.identity;

/**
 * No password or PIN could be obtained: the environment variable is unset and there is no terminal
 * to ask, or the prompt got no answer. Checked, because it is an expected condition of the
 * environment the command runs in (for example a script without the variable), not a programmer
 * error; the command line reports it as a usage error. The message names the variable to set and
 * never contains a secret.
 */
public final class MissingSecretException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is missing and how to provide it
   */
  public MissingSecretException(String message) {
    super(message);
  }
}
