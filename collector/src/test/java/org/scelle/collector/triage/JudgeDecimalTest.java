package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JudgeDecimalTest {

  @Test
  void writesWhatTheFormatterWrites() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    double[] fixed = {
      0, 7.995, 7.985, 7.9949999, 8, 255.05, 255.15, 261.25, 1e-7, 123456.75, 0.005
    };
    for (double v : fixed) {
      assertFormatted(v, seed);
    }
    for (int i = 0; i < 100_000; i++) {
      double v = i % 2 == 0 ? r.nextDouble() * 8 : r.nextDouble() * 100_000;
      assertFormatted(v, seed);
      assertFormatted(Math.round(v * 1000) / 1000.0, seed);
    }
  }

  private static void assertFormatted(double v, long seed) {
    assertThat(Judge.decimal(v, 2))
        .as("%s, seed %d", v, seed)
        .isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    assertThat(Judge.decimal(v, 1))
        .as("%s, seed %d", v, seed)
        .isEqualTo(String.format(Locale.ROOT, "%.1f", v));
  }
}
