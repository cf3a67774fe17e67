package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ByteCursor#utf16le}: the JDK's UTF-16LE decoding, malformed input included. */
class Utf16Test {
  private static final long SEED = Long.getLong("scelle.seed", 20191115L);

  private static void assertSameAsJdk(byte[] b, int off, int len) {
    assertThat(ByteCursor.utf16le(b, off, len))
        .as("seed %d, %d bytes at %d", SEED, len, off)
        .isEqualTo(new String(b, off, len, StandardCharsets.UTF_16LE));
  }

  @Test
  void decodesLikeTheJdkWhateverTheBytes() {
    Random random = new Random(SEED);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[2 + random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // Mostly text; often surrogate halves (0xD8-0xDF high bytes), reversed marks, NULs.
        int kind = random.nextInt(10);
        b[i] =
            (byte)
                switch (kind) {
                  case 0 -> 0xD8 + random.nextInt(8);
                  case 1 -> 0xFE + random.nextInt(2);
                  case 2 -> 0;
                  default -> 0x20 + random.nextInt(0x60);
                };
      }
      int off = random.nextInt(2);
      assertSameAsJdk(b, off, b.length - off - random.nextInt(2));
    }
  }

  @Test
  void textWithAccentsAndAValidPairIsDecoded() {
    byte[] b = "Évènement été \uD83D\uDD12 fin".getBytes(StandardCharsets.UTF_16LE);
    assertThat(ByteCursor.utf16le(b, 0, b.length)).isEqualTo("Évènement été \uD83D\uDD12 fin");
    byte[] lone = {0x41, 0, 0x00, (byte) 0xD8, 0x42, 0};
    assertSameAsJdk(lone, 0, lone.length);
  }
}
