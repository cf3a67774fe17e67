package org.scelle.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Base58CheckTest {

  /**
   * Public test vector: the address of the Bitcoin genesis block's coinbase output and its hash160.
   */
  private static final String GENESIS = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";

  private static final String GENESIS_HASH160 = "0062e907b15cbf27d5425399ebf6f0fb50ebb88f18";

  @Test
  void encodesAndDecodesTheGenesisAddress() {
    byte[] payload = HexFormat.of().parseHex(GENESIS_HASH160);
    assertThat(Base58Check.encode(payload)).isEqualTo(GENESIS);
    assertThat(Base58Check.decode(GENESIS)).isEqualTo(payload);
  }

  @Test
  void keepsLeadingZeroBytes() {
    byte[] payload = new byte[21];
    payload[20] = 1;
    String text = Base58Check.encode(payload);
    assertThat(text).startsWith("1".repeat(20));
    assertThat(Base58Check.decode(text)).isEqualTo(payload);
  }

  @Test
  void rejectsBadChecksumsAndCharacters() {
    assertThat(Base58Check.isValid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isFalse();
    assertThatThrownBy(() -> Base58Check.decode("1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
  }
}
