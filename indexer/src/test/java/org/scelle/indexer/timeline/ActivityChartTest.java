package org.scelle.indexer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityChartTest {
  @TempDir Path tmp;

  static ActivityCounts counts() {
    ActivityCounts c = new ActivityCounts();
    Instant base = Instant.parse("2019-11-14T18:00:00Z");
    for (int i = 0; i < 500; i++) {
      String host = i % 3 == 0 ? "SRV-FILE01" : "FW-EDGE01";
      c.add(
          new TimelineRow(
              TimelineRow.Origin.EVENT,
              base.plusSeconds(i * 97L),
              "m",
              "d",
              host,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    c.add(finding("FW-EDGE01", base.plusSeconds(3600), "ioc", "iocs.csv:3"));
    c.add(finding("SRV-FILE01", base.plusSeconds(40_000), "triage", "triage:encrypted"));
    c.add(finding("SRV-FILE01", base.plusSeconds(39_000), "triage", "triage:detonation"));
    return c;
  }

  static TimelineRow finding(String host, Instant t, String kind, String rule) {
    return new TimelineRow(
        TimelineRow.Origin.FINDING, t, "f", "d", host, null, null, null, null, kind, rule, null);
  }

  @Test
  void sameInputSameBytesAtTheDocumentedSize() throws Exception {
    Path a = tmp.resolve("a.png");
    Path b = tmp.resolve("b.png");
    ActivityChart.write(ActivityChart.render(counts(), null, null), a);
    ActivityChart.write(ActivityChart.render(counts(), null, null), b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    BufferedImage img = ImageIO.read(a.toFile());
    assertThat(img.getWidth()).isEqualTo(ActivityChart.WIDTH);
    assertThat(img.getHeight()).isEqualTo(200 + 60 * 2).isEqualTo(ActivityChart.height(2));
    assertThat(counts().hosts()).containsExactly("FW-EDGE01", "SRV-FILE01");
    assertThat(counts().marks()).hasSize(3);
  }

  @Test
  void aWindowCanBeGivenAndAnEmptyChartStillRenders() throws Exception {
    BufferedImage w =
        ActivityChart.render(
            counts(), Instant.parse("2019-11-14T00:00:00Z"), Instant.parse("2019-11-16T00:00:00Z"));
    assertThat(w.getWidth()).isEqualTo(ActivityChart.WIDTH);
    BufferedImage empty = ActivityChart.render(new ActivityCounts(), null, null);
    assertThat(empty.getHeight()).isEqualTo(ActivityChart.height(0));
    assertThatThrownBy(
            () ->
                ActivityChart.render(
                    counts(),
                    Instant.parse("2019-11-16T00:00:00Z"),
                    Instant.parse("2019-11-14T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
  }
}
