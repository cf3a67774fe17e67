package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretSourceTest {

  private final List<String> prompts = new ArrayList<>();

  private SecretSource.Prompt answering(String answer) {
    return prompt -> {
      prompts.add(prompt);
      return answer == null ? null : answer.toCharArray();
    };
  }

  @Test
  void environmentComesFirst() throws Exception {
    char[] password =
        SecretSource.keyPassword(Map.of("SCELLE_KEY_PASSWORD", "from-env"), answering("typed"));

    assertThat(password).containsExactly("from-env".toCharArray());
    assertThat(prompts).isEmpty();
  }

  @Test
  void promptsWhenTheVariableIsUnsetOrEmpty() throws Exception {
    assertThat(SecretSource.keyPassword(Map.of(), answering("typed")))
        .containsExactly("typed".toCharArray());
    assertThat(SecretSource.pin(Map.of("SCELLE_PKCS11_PIN", ""), answering("1234")))
        .containsExactly("1234".toCharArray());
    assertThat(prompts).containsExactly("Key password: ", "PKCS#11 PIN: ");
  }

  @Test
  void pinReadsItsOwnVariable() throws Exception {
    Map<String, String> env = Map.of("SCELLE_PKCS11_PIN", "1234", "SCELLE_KEY_PASSWORD", "pw");

    assertThat(SecretSource.pin(env, null)).containsExactly("1234".toCharArray());
    assertThat(SecretSource.keyPassword(env, null)).containsExactly("pw".toCharArray());
  }

  @Test
  void noVariableAndNoTerminalSaysWhatToSet() {
    assertThatThrownBy(() -> SecretSource.keyPassword(Map.of(), null))
        .isInstanceOf(MissingSecretException.class)
        .hasMessage("no key password: set SCELLE_KEY_PASSWORD or run in a terminal");
    assertThatThrownBy(() -> SecretSource.pin(Map.of(), null))
        .isInstanceOf(MissingSecretException.class)
        .hasMessage("no PKCS#11 PIN: set SCELLE_PKCS11_PIN or run in a terminal");
    assertThatThrownBy(() -> SecretSource.password("MY_VAR", "Password: ", Map.of(), null))
        .isInstanceOf(MissingSecretException.class)
        .hasMessage("no password: set MY_VAR or run in a terminal");
  }

  @Test
  void endOfInputOrEmptyAnswerIsMissing() {
    assertThatThrownBy(() -> SecretSource.keyPassword(Map.of(), answering(null)))
        .isInstanceOf(MissingSecretException.class)
        .hasMessageContaining("end of input");
    assertThatThrownBy(() -> SecretSource.keyPassword(Map.of(), answering("")))
        .isInstanceOf(MissingSecretException.class)
        .hasMessageContaining("empty answer");
  }

  @Test
  void genericPasswordReadsTheNamedVariable() throws Exception {
    assertThat(SecretSource.password("MY_VAR", "Password: ", Map.of("MY_VAR", "x"), null))
        .containsExactly('x');
  }

  @Test
  void messagesNeverContainTheSecret() {
    assertThatThrownBy(() -> SecretSource.pin(Map.of("SCELLE_KEY_PASSWORD", "hunter2"), null))
        .hasMessageNotContaining("hunter2");
  }
}
