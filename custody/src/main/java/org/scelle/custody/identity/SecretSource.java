package org.scelle.custody.identity;

import java.io.Console;
import java.util.Map;

/**
 * Obtains the secrets that unlock keys: a PKCS#12 key password or a PKCS#11 PIN, first from an
 * environment variable, then from an interactive prompt that does not echo. Never from the command
 * line, where other users could read them in the process list.
 *
 * <p>Nothing here logs or prints a secret; the prompt text is the only output. The returned arrays
 * belong to the caller, who should clear them ({@code Arrays.fill(secret, '\0')}) after use; a
 * value taken from the environment also lives on in the process's environment, which cannot be
 * cleared.
 *
 * <p>The environment and the terminal are parameters, so that tests inject them. Stateless and safe
 * for concurrent use (concurrent prompts on one terminal would of course interleave).
 */
public final class SecretSource {

  /** The environment variable holding the PKCS#12 key password. */
  public static final String KEY_PASSWORD_ENV = "SCELLE_KEY_PASSWORD";

  /** The environment variable holding the PKCS#11 token PIN. */
  public static final String PIN_ENV = "SCELLE_PKCS11_PIN";

  /** A way to ask the person at the terminal for a secret without echoing it. */
  @FunctionalInterface
  public interface Prompt {
    /**
     * Shows {@code prompt} and reads one line without echo.
     *
     * @return the line without its line end, or {@code null} at end of input
     */
    char[] readSecret(String prompt);

    /** The prompt of {@code console}, or {@code null} when there is no console. */
    static Prompt of(Console console) {
      return console == null ? null : prompt -> console.readPassword("%s", prompt);
    }
  }

  private SecretSource() {}

  /**
   * The key password from {@value #KEY_PASSWORD_ENV}, else asked on the process's console.
   *
   * @throws MissingSecretException when the variable is unset (or empty) and there is no console,
   *     or the prompt gets no answer
   */
  public static char[] keyPassword() throws MissingSecretException {
    return keyPassword(System.getenv(), Prompt.of(System.console()));
  }

  /** {@link #keyPassword()} with the given environment and prompt ({@code null}: no terminal). */
  public static char[] keyPassword(Map<String, String> env, Prompt prompt)
      throws MissingSecretException {
    return secret("key password", KEY_PASSWORD_ENV, "Key password: ", env, prompt);
  }

  /**
   * The PKCS#11 PIN from {@value #PIN_ENV}, else asked on the process's console.
   *
   * @throws MissingSecretException when the variable is unset (or empty) and there is no console,
   *     or the prompt gets no answer
   */
  public static char[] pin() throws MissingSecretException {
    return pin(System.getenv(), Prompt.of(System.console()));
  }

  /** {@link #pin()} with the given environment and prompt ({@code null}: no terminal). */
  public static char[] pin(Map<String, String> env, Prompt prompt) throws MissingSecretException {
    return secret("PKCS#11 PIN", PIN_ENV, "PKCS#11 PIN: ", env, prompt);
  }

  /**
   * A password from {@code env.get(envVar)} when set and not empty, else read from {@code console}
   * after showing {@code prompt}.
   *
   * @param console the terminal, or {@code null} when there is none
   * @throws MissingSecretException when neither gives a non-empty answer; the message names {@code
   *     envVar}
   */
  public static char[] password(
      String envVar, String prompt, Map<String, String> env, Console console)
      throws MissingSecretException {
    return secret("password", envVar, prompt, env, Prompt.of(console));
  }

  private static char[] secret(
      String what, String envVar, String promptText, Map<String, String> env, Prompt prompt)
      throws MissingSecretException {
    String value = env.get(envVar);
    if (value != null && !value.isEmpty()) {
      return value.toCharArray();
    }
    if (prompt == null) {
      throw new MissingSecretException("no " + what + ": set " + envVar + " or run in a terminal");
    }
    char[] answer = prompt.readSecret(promptText);
    if (answer == null) {
      throw new MissingSecretException(
          "no " + what + ": end of input at the prompt (or set " + envVar + ")");
    }
    if (answer.length == 0) {
      throw new MissingSecretException(
          "no " + what + ": empty answer at the prompt (or set " + envVar + ")");
    }
    return answer;
  }
}
