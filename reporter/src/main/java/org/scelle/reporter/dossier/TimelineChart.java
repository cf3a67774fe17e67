package org.scelle.reporter.dossier;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attack timeline as vector graphics: one lane per host, one tick per finding coloured by kind
 * (ticks closer than a quarter point are drawn once), a diamond at each host's detonation, a dashed
 * line at discovery and a dotted line at the first known activity, over a UTC axis. The window is
 * given; findings outside it are counted ({@link #outside()}), not drawn. Not thread-safe; draw
 * once.
 */
final class TimelineChart {
  static final float WIDTH = 511f;
  private static final float LABEL = 78f;
  private static final float LANE = 16f;
  private static final float AXIS = 26f;
  private static final float LEGEND = 16f;
  private static final float FONT = 6f;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY_HOUR =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final Map<String, Color> KIND_COLOURS =
      Map.of(
          "ioc", new DeviceRgb(0x1F, 0x5F, 0xBF),
          "sigma", new DeviceRgb(0xE0, 0x8A, 0x00),
          "triage", new DeviceRgb(0xC0, 0x1B, 0x1B),
          "query", new DeviceRgb(0x2E, 0x8B, 0x3A));
  private static final Color OTHER = new DeviceRgb(0x70, 0x70, 0x70);
  private static final Color GRID = new DeviceRgb(0xD8, 0xD8, 0xD8);

  private final DossierLayout l;
  private final long from;
  private final long to;
  private final Instant discovery;
  private final OffsetDateTime firstKnown;
  private long outside;

  TimelineChart(
      DossierLayout l, Instant from, Instant to, Instant discovery, OffsetDateTime firstKnown) {
    this.l = l;
    this.from = from.getEpochSecond();
    this.to = Math.max(to.getEpochSecond(), this.from + 60);
    this.discovery = discovery;
    this.firstKnown = firstKnown;
  }

  /** Findings that fell outside the window, known after {@link #draw}. */
  long outside() {
    return outside;
  }

  PdfFormXObject draw(FindingFacts f) {
    List<String> hosts = List.copyOf(f.marks().keySet());
    float height = AXIS + LANE * hosts.size() + LEGEND + 6;
    PdfFormXObject x = new PdfFormXObject(new Rectangle(0, 0, WIDTH, height));
    PdfCanvas c = new PdfCanvas(x, l.pdf());
    float top = height - 4;
    float bottom = top - LANE * hosts.size();
    // lanes
    for (int i = 0; i < hosts.size(); i++) {
      float y = top - LANE * i - LANE / 2;
      c.setStrokeColor(GRID).setLineWidth(0.5f).moveTo(LABEL, y).lineTo(WIDTH - 4, y).stroke();
      text(c, hosts.get(i), 2, y - 2, FONT + 1, l.fonts().regular());
    }
    // axis and ticks
    c.setStrokeColor(DossierLayout.black()).setLineWidth(0.6f);
    c.moveTo(LABEL, bottom).lineTo(WIDTH - 4, bottom).stroke();
    int ticks = 6;
    boolean short_ = to - from < 3 * 86400L;
    for (int i = 0; i <= ticks; i++) {
      long t = from + (to - from) * i / ticks;
      float xx = x(t);
      c.setStrokeColor(GRID).setLineWidth(0.3f).moveTo(xx, bottom).lineTo(xx, top).stroke();
      c.setStrokeColor(DossierLayout.black()).moveTo(xx, bottom).lineTo(xx, bottom - 3).stroke();
      String label = (short_ ? DAY_HOUR : DAY).format(Instant.ofEpochSecond(t));
      float w = l.fonts().regular().getWidth(label, FONT);
      text(
          c,
          label,
          Math.min(Math.max(xx - w / 2, LABEL - 10), WIDTH - w),
          bottom - 10,
          FONT,
          l.fonts().regular());
    }
    text(c, "UTC", WIDTH - 16, bottom - 18, FONT, l.fonts().regular());
    // findings
    for (int i = 0; i < hosts.size(); i++) {
      FindingFacts.Marks marks = f.marks().get(hosts.get(i));
      float y = top - LANE * i - LANE / 2;
      Set<Long> drawn = new HashSet<>();
      for (int j = 0; j < marks.size(); j++) {
        long t = marks.seconds(j);
        if (t < from || t > to) {
          outside++;
          continue;
        }
        float xx = x(t);
        String kind = marks.kind(j);
        int k = FindingFacts.KIND_ORDER.indexOf(kind);
        long key = ((long) Math.round(xx * 4)) * 8 + (k < 0 ? 7 : k);
        if (!drawn.add(key)) {
          continue;
        }
        float dy = k == 0 ? 0 : k == 1 ? 1.5f : -1.5f;
        c.setStrokeColor(KIND_COLOURS.getOrDefault(kind, OTHER)).setLineWidth(0.5f);
        c.moveTo(xx, y - 3.5f + dy).lineTo(xx, y + 3.5f + dy).stroke();
      }
      Instant det = f.detonations().get(hosts.get(i));
      if (det != null
          && !det.isBefore(Instant.ofEpochSecond(from))
          && !det.isAfter(Instant.ofEpochSecond(to))) {
        float xx = x(det.getEpochSecond());
        c.setFillColor(KIND_COLOURS.get("triage"))
            .moveTo(xx, y + 5)
            .lineTo(xx + 3.5f, y)
            .lineTo(xx, y - 5)
            .lineTo(xx - 3.5f, y)
            .closePath()
            .fill();
      }
    }
    vertical(c, discovery.getEpochSecond(), top, bottom, new float[] {3, 2});
    if (firstKnown != null) {
      vertical(c, firstKnown.toInstant().getEpochSecond(), top, bottom, new float[] {0.6f, 1.4f});
    }
    legend(c, bottom - 24);
    c.release();
    return x;
  }

  private void vertical(PdfCanvas c, long t, float top, float bottom, float[] dash) {
    if (t < from || t > to) {
      return;
    }
    float xx = x(t);
    c.saveState()
        .setStrokeColor(DossierLayout.black())
        .setLineWidth(0.7f)
        .setLineDash(dash, 0)
        .moveTo(xx, bottom)
        .lineTo(xx, top)
        .stroke()
        .restoreState();
  }

  private void legend(PdfCanvas c, float y) {
    Messages m = l.msg();
    float xx = LABEL;
    for (String kind : FindingFacts.KIND_ORDER.subList(0, 3)) {
      c.setStrokeColor(KIND_COLOURS.get(kind)).setLineWidth(0.8f);
      c.moveTo(xx, y - 3).lineTo(xx, y + 4).stroke();
      text(c, kind, xx + 4, y - 2, FONT + 0.5f, l.fonts().regular());
      xx += 48;
    }
    c.setFillColor(KIND_COLOURS.get("triage"))
        .moveTo(xx, y + 4)
        .lineTo(xx + 3, y)
        .lineTo(xx, y - 4)
        .lineTo(xx - 3, y)
        .closePath()
        .fill();
    String det = m.get("chart.detonation");
    text(c, det, xx + 6, y - 2, FONT + 0.5f, l.fonts().regular());
    xx += 10 + l.fonts().regular().getWidth(det, FONT + 0.5f) + 12;
    c.saveState()
        .setStrokeColor(DossierLayout.black())
        .setLineWidth(0.7f)
        .setLineDash(new float[] {3, 2}, 0)
        .moveTo(xx, y - 4)
        .lineTo(xx, y + 4)
        .stroke()
        .restoreState();
    String disc = m.get("chart.discovery");
    text(c, disc, xx + 4, y - 2, FONT + 0.5f, l.fonts().regular());
    xx += 8 + l.fonts().regular().getWidth(disc, FONT + 0.5f) + 12;
    if (firstKnown != null) {
      c.saveState()
          .setStrokeColor(DossierLayout.black())
          .setLineWidth(0.7f)
          .setLineDash(new float[] {0.6f, 1.4f}, 0)
          .moveTo(xx, y - 4)
          .lineTo(xx, y + 4)
          .stroke()
          .restoreState();
      text(c, m.get("chart.firstKnown"), xx + 4, y - 2, FONT + 0.5f, l.fonts().regular());
    }
  }

  private float x(long t) {
    return LABEL + (WIDTH - 4 - LABEL) * (float) (t - from) / (float) (to - from);
  }

  private static void text(
      PdfCanvas c, String s, float x, float y, float size, com.itextpdf.kernel.font.PdfFont font) {
    c.setFillColor(DossierLayout.black())
        .beginText()
        .setFontAndSize(font, size)
        .moveText(x, y)
        .showText(s)
        .endText();
  }
}
