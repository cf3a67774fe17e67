package org.scelle.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {

  @Test
  void writesWhatInstantToStringWrites() {
    for (String s :
        new String[] {
          "2019-11-01T08:22:00Z",
          "2019-11-01T08:22:01Z",
          "2019-11-01T08:22:01.677Z",
          "2019-11-01T08:22:01.000001Z",
          "2019-11-01T08:22:01.100Z",
          "2019-11-01T08:22:01.120Z",
          "2019-11-01T08:22:01.123400Z",
          "2019-11-01T08:22:01.000000001Z",
          "2019-11-01T08:22:01.999999999Z",
          "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59.5Z",
          "1000-01-01T00:00:00Z",
          "0999-12-31T23:59:59.999Z",
          "9999-12-31T23:59:59.999999999Z",
          "+10000-01-01T00:00:00Z",
          "2024-02-29T12:00:00Z"
        }) {
      Instant t = Instant.parse(s);
      assertThat(InstantText.of(t)).as(s).isEqualTo(t.toString());
    }
    assertThat(InstantText.of(Instant.MIN)).isEqualTo(Instant.MIN.toString());
    assertThat(InstantText.of(Instant.MAX)).isEqualTo(Instant.MAX.toString());
  }

  @Test
  void agreesWithInstantToStringOnRandomInstants() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long from = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
    int[] nanoSteps = {1, 1000, 1_000_000, 1_000_000_000};
    for (int i = 0; i < 200_000; i++) {
      long secs = from + Math.floorMod(random.nextLong(), to - from);
      int step = nanoSteps[random.nextInt(nanoSteps.length)];
      int nano = random.nextInt(1_000_000_000 / step) * step;
      Instant t = Instant.ofEpochSecond(secs, nano);
      assertThat(InstantText.of(t)).as("seed %d, %s", seed, t).isEqualTo(t.toString());
    }
  }
}
