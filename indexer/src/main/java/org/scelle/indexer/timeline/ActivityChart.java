package org.scelle.indexer.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the activity chart of a timeline: one heat strip per host, one column per UTC hour over the
 * window (darker: more events, on a log scale), red ticks above the strip for indicator and Sigma
 * findings, orange ticks below it for encrypted files and ransom notes, a black triangle at each
 * host's detonation time, dated axis labels and a legend. {@value #WIDTH} pixels wide, {@code 200 +
 * 60 × hosts} high.
 *
 * <p>Deterministic: only the JDK's logical fonts, no time or other metadata in the PNG, so the same
 * counts and window give the same bytes on the same JDK. Runs headless (sets {@code
 * java.awt.headless=true} unless it is already set). Stateless.
 */
public final class ActivityChart {
  public static final int WIDTH = 1600;
  public static final int ROW = 60;
  private static final int TOP = 70;
  private static final int BOTTOM = 130;
  private static final int LEFT = 200;
  private static final int RIGHT = 30;
  private static final long[] STEPS = {1, 2, 3, 6, 12, 24, 48, 168, 336, 720, 2160, 8760};
  private static final Color ALERT = new Color(0xD0, 0x10, 0x10);
  private static final Color TRIAGE = new Color(0xF0, 0x8C, 0x00);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ActivityChart() {}

  /** The height of a chart of {@code hosts} hosts. */
  public static int height(int hosts) {
    return TOP + BOTTOM + ROW * Math.max(1, hosts);
  }

  /**
   * Renders the chart.
   *
   * @param from first instant of the window, or null for the first hour with events
   * @param to end of the window (exclusive), or null for the end of the last hour with events
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public static BufferedImage render(ActivityCounts counts, Instant from, Instant to) {
    long[] window = window(counts, from, to);
    long h0 = window[0];
    long hours = window[1] - h0 + 1;
    List<String> hosts = counts.hosts();
    BufferedImage img = new BufferedImage(WIDTH, height(hosts.size()), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      int plotW = WIDTH - LEFT - RIGHT;
      int plotBottom = TOP + ROW * Math.max(1, hosts.size());
      axis(g, h0, hours, plotW, plotBottom);
      long max = 1;
      for (String h : hosts) {
        for (long c : counts.hourly(h).values()) {
          max = Math.max(max, c);
        }
      }
      for (int i = 0; i < hosts.size(); i++) {
        row(g, counts, hosts.get(i), TOP + i * ROW, h0, hours, plotW, max);
      }
      if (hosts.isEmpty()) {
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 14));
        g.drawString("no timed events", LEFT + 10, TOP + ROW / 2);
      }
      legend(g, counts, h0, hours, max, img.getHeight());
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Writes {@code image} to {@code file} as PNG, replacing it. */
  public static void write(BufferedImage image, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException(file + ": no PNG writer in this JDK");
      }
    }
  }

  private static long[] window(ActivityCounts counts, Instant from, Instant to) {
    Long first = from != null ? (Long) ActivityCounts.hour(from) : counts.firstHour();
    Long last = to != null ? (Long) ActivityCounts.hour(to.minusNanos(1)) : counts.lastHour();
    if (first == null) {
      first = last != null ? last : 0L;
    }
    if (last == null) {
      last = first;
    }
    if (last < first) {
      throw new IllegalArgumentException(
          "chart window ends before it starts: from " + from + " to " + to);
    }
    return new long[] {first, last};
  }

  private static int x(long hour, long h0, long hours, int plotW) {
    return LEFT + (int) ((hour - h0) * plotW / hours);
  }

  private static void row(
      Graphics2D g,
      ActivityCounts counts,
      String host,
      int y,
      long h0,
      long hours,
      int plotW,
      long max) {
    g.setColor(new Color(0xF4, 0xF4, 0xF4));
    g.fillRect(LEFT, y + 12, plotW, 36);
    for (Map.Entry<Long, Long> e : counts.hourly(host).entrySet()) {
      long h = e.getKey();
      if (h < h0 || h >= h0 + hours) {
        continue;
      }
      int x0 = x(h, h0, hours, plotW);
      int x1 = Math.max(x0 + 1, x(h + 1, h0, hours, plotW));
      g.setColor(heat(e.getValue(), max));
      g.fillRect(x0, y + 12, x1 - x0, 36);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(host, 10, y + 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (ActivityCounts.Mark m : counts.marks()) {
      if (!m.host().equals(host)) {
        continue;
      }
      long ms = m.time().toEpochMilli() - h0 * 3_600_000L;
      boolean inside = ms >= 0 && ms < hours * 3_600_000L;
      int x =
          LEFT
              + (int)
                  (Math.max(0, Math.min(ms, hours * 3_600_000L - 1))
                      * plotW
                      / (hours * 3_600_000L));
      switch (m.kind()) {
        case ALERT -> tick(g, inside, ALERT, x, y + 2, y + 12);
        case TRIAGE -> tick(g, inside, TRIAGE, x, y + 48, y + 58);
        case DETONATION -> {
          g.setColor(Color.BLACK);
          g.drawString("detonation " + STAMP.format(m.time()), 10, y + 44);
          if (inside) {
            g.fillPolygon(new int[] {x - 6, x + 6, x}, new int[] {y, y, y + 12}, 3);
            g.drawLine(x, y + 12, x, y + 48);
          }
        }
      }
    }
  }

  private static void tick(Graphics2D g, boolean inside, Color c, int x, int y0, int y1) {
    if (inside) {
      g.setColor(c);
      g.setStroke(new BasicStroke(2f));
      g.drawLine(x, y0, x, y1);
      g.setStroke(new BasicStroke(1f));
    }
  }

  /** White to dark blue on a log scale. */
  private static Color heat(long count, long max) {
    double f = Math.log1p(count) / Math.log1p(max);
    f = 0.15 + 0.85 * f;
    int r = (int) Math.round(235 - f * (235 - 8));
    int gr = (int) Math.round(243 - f * (243 - 48));
    int b = (int) Math.round(255 - f * (255 - 107));
    return new Color(r, gr, b);
  }

  private static void axis(Graphics2D g, long h0, long hours, int plotW, int plotBottom) {
    long step = STEPS[STEPS.length - 1];
    for (long s : STEPS) {
      if (s * plotW / hours >= 110) {
        step = s;
        break;
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    long first = Math.floorDiv(h0 + step - 1, step) * step;
    for (long h = first; h <= h0 + hours; h += step) {
      int x = x(h, h0, hours, plotW);
      g.setColor(GRID);
      g.drawLine(x, TOP, x, plotBottom);
      g.setColor(Color.BLACK);
      g.drawLine(x, plotBottom, x, plotBottom + 5);
      if (x + 36 > WIDTH) {
        continue;
      }
      Instant t = Instant.ofEpochSecond(h * 3600);
      if (step < 24) {
        g.drawString(HOUR.format(t), x - 15, plotBottom + 20);
      }
      if (step >= 24 || h == first || Math.floorMod(h, 24) == 0) {
        g.drawString(DAY.format(t), x - 30, plotBottom + (step >= 24 ? 20 : 36));
      }
    }
    g.setColor(Color.BLACK);
    g.drawLine(LEFT, plotBottom, LEFT + plotW, plotBottom);
  }

  private static void legend(
      Graphics2D g, ActivityCounts counts, long h0, long hours, long max, int height) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Activity per hour and host (UTC)", 10, 26);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int y = 50;
    int x = 10;
    for (int i = 0; i < 5; i++) {
      g.setColor(heat(Math.round(Math.expm1(Math.log1p(max) * i / 4.0)), max));
      g.fillRect(x + i * 14, y - 11, 14, 14);
    }
    g.setColor(Color.BLACK);
    g.drawString("events per hour, 1 to " + max + " (log scale)", x + 76, y);
    x += 330;
    tick(g, true, ALERT, x, y - 12, y + 2);
    g.setColor(Color.BLACK);
    g.drawString("indicator or Sigma finding", x + 8, y);
    x += 200;
    tick(g, true, TRIAGE, x, y - 12, y + 2);
    g.setColor(Color.BLACK);
    g.drawString("encrypted file or ransom note", x + 8, y);
    x += 220;
    g.fillPolygon(new int[] {x - 6, x + 6, x}, new int[] {y - 12, y - 12, y}, 3);
    g.drawString("detonation (first encrypted file's modification time)", x + 10, y);
    g.drawString(
        "window "
            + STAMP.format(Instant.ofEpochSecond(h0 * 3600))
            + " to "
            + STAMP.format(Instant.ofEpochSecond((h0 + hours) * 3600))
            + " ("
            + hours
            + " h); "
            + counts.events()
            + " timed events; marks outside the window are not drawn",
        10,
        height - 20);
  }
}
