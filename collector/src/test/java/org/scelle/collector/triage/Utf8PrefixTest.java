package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Prefix} against the JDK's strict UTF-8 decoder itself, on every sequence of up to four
 * bytes drawn from the bytes where UTF-8's rules change, and on random longer mixes.
 */
class Utf8PrefixTest {
  /** Bytes at the edges of UTF-8's ranges: ASCII, continuation, lead bytes, never-valid bytes. */
  private static final int[] EDGES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
    0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF
  };

  /** What the JDK decodes, as the length of the bytes it consumed, or -1 on malformed input. */
  private static int jdk(byte[] b) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    if (d.decode(in, CharBuffer.allocate(b.length + 1), false).isError()) {
      return -1;
    }
    return in.position();
  }

  private static void agree(byte[] b) {
    assertThat(Utf8Prefix.validLength(b, 0, b.length))
        .as("%s", HexFormat.of().formatHex(b))
        .isEqualTo(jdk(b));
  }

  @Test
  void agreesWithTheJdkOnEverySequenceOfUpToFourEdgeBytes() {
    agree(new byte[0]);
    for (int a : EDGES) {
      agree(new byte[] {(byte) a});
      for (int b : EDGES) {
        agree(new byte[] {(byte) a, (byte) b});
        for (int c : EDGES) {
          agree(new byte[] {(byte) a, (byte) b, (byte) c});
          for (int e : EDGES) {
            agree(new byte[] {(byte) a, (byte) b, (byte) c, (byte) e});
          }
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkOnEveryTwoBytesAndOnRandomMixes() {
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        agree(new byte[] {(byte) a, (byte) b});
      }
    }
    Random r = new Random(20191115);
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[1 + r.nextInt(12)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : EDGES[r.nextInt(EDGES.length)]);
      }
      agree(b);
    }
  }

  @Test
  void checksOnlyTheGivenRange() {
    byte[] b = {(byte) 0xFF, 'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82, (byte) 0xFF};
    assertThat(Utf8Prefix.validLength(b, 1, 3)).isEqualTo(3);
    assertThat(Utf8Prefix.validLength(b, 1, 5)).isEqualTo(3);
    assertThat(Utf8Prefix.validLength(b, 1, 6)).isEqualTo(-1);
  }
}
