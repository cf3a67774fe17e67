package org.scelle.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClopCipherTest {

  private final ClopCipher cipher = new ClopCipher(new Derivation(Scenario.DEFAULT_SEED));
  private final byte[] plain =
      "Budget 2019, version du directoire\n".repeat(40).getBytes(StandardCharsets.UTF_8);

  @Test
  void roundTripsAndAppendsTheFooter() {
    byte[] enc = cipher.encrypt("SRV-FILE01:D/a.txt", plain);
    assertThat(enc).hasSize(plain.length + ClopCipher.FOOTER_LENGTH);
    assertThat(ClopCipher.hasFooter(enc)).isTrue();
    assertThat(Arrays.copyOf(enc, plain.length)).isNotEqualTo(plain);
    assertThat(cipher.decrypt("SRV-FILE01:D/a.txt", enc)).isEqualTo(plain);
  }

  @Test
  void eachFileGetsItsOwnKeystreamAndKeyBlob() {
    byte[] a = cipher.encrypt("SRV-FILE01:D/a.txt", plain);
    byte[] b = cipher.encrypt("SRV-FILE01:D/b.txt", plain);
    assertThat(Arrays.copyOf(a, plain.length)).isNotEqualTo(Arrays.copyOf(b, plain.length));
    assertThat(Arrays.copyOfRange(a, a.length - ClopCipher.KEY_BLOB_LENGTH, a.length))
        .isNotEqualTo(Arrays.copyOfRange(b, b.length - ClopCipher.KEY_BLOB_LENGTH, b.length));
    assertThat(cipher.decrypt("SRV-FILE01:D/b.txt", a)).isNotEqualTo(plain);
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    ClopCipher same = new ClopCipher(new Derivation(Scenario.DEFAULT_SEED));
    ClopCipher other = new ClopCipher(new Derivation(Scenario.DEFAULT_SEED + 1));
    assertThat(same.encrypt("X:a", plain)).isEqualTo(cipher.encrypt("X:a", plain));
    assertThat(other.encrypt("X:a", plain)).isNotEqualTo(cipher.encrypt("X:a", plain));
  }

  @Test
  void refusesDataWithoutFooter() {
    assertThatThrownBy(() -> cipher.decrypt("X:a", plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X:a")
        .hasMessageContaining("Clop^_-");
    assertThat(ClopCipher.hasFooter(new byte[3])).isFalse();
  }
}
