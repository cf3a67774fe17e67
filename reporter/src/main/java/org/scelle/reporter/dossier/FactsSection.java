package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.element.Image;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.scelle.reporter.complaint.Complaint;

/**
 * The facts: the complaint's narrative (pseudonymised), then the attack timeline drawn from the
 * findings (first intrusion, detonation per host, discovery; earliest and latest finding per host
 * and kind) with the rules that define them, and a vector chart with one lane per host.
 */
final class FactsSection {
  private FactsSection() {}

  static void write(DossierLayout l, CaseFacts facts, Complaint c) {
    Messages m = l.msg();
    l.section(m.get("facts.title"), PageSize.A4);
    for (String para : c.narrative()) {
      l.para(l.pseudo(para));
    }
    FindingFacts f = facts.findings();
    l.subsection(m.get("facts.timeline"));
    l.para(m.get("facts.rules"));
    float[] widths = {150, 361};
    LargeTable key = new LargeTable(l, widths, m.get("facts.event"), m.get("facts.when"));
    if (c.firstKnownActivity() != null) {
      key.row(
          l.proseCell(m.get("facts.firstKnown")),
          l.proseCell(l.time().utcAndOffset(c.firstKnownActivity())));
    }
    if (f.firstIntrusion() != null) {
      FindingFacts.Mark fi = f.firstIntrusion();
      key.row(
          l.proseCell(m.get("facts.firstIntrusion")),
          l.cell(
              l.time().utcAndSite(fi.time())
                  + " \u2014 "
                  + m.get("facts.firstIntrusionWhat", fi.kind(), fi.host(), l.pseudo(fi.value()))));
    }
    for (Map.Entry<String, Instant> d : f.detonations().entrySet()) {
      key.row(
          l.proseCell(m.get("facts.detonation", d.getKey())),
          l.proseCell(l.time().utcAndSite(d.getValue())));
    }
    key.row(
        l.proseCell(m.get("facts.discovery")),
        l.proseCell(l.time().utcAndOffset(c.discoveryTime())));
    key.complete();
    if (f.spans().isEmpty()) {
      l.para(m.get("facts.noFindings"));
      return;
    }
    l.subsection(m.get("facts.spans"));
    LargeTable spans =
        new LargeTable(
            l,
            new float[] {90, 60, 150, 150, 61},
            m.get("col.host"),
            m.get("col.kind"),
            m.get("facts.earliest"),
            m.get("facts.latest"),
            m.get("col.count"));
    for (FindingFacts.Span s : f.spans()) {
      spans.row(
          l.cell(s.host()),
          l.cell(s.kind()),
          l.proseCell(l.time().utcAndSite(s.first())),
          l.proseCell(l.time().utcAndSite(s.last())),
          l.cell(Long.toString(s.count())));
    }
    spans.complete();

    l.subsection(m.get("facts.chart"));
    Instant from = f.earliest();
    if (c.firstKnownActivity() != null && c.firstKnownActivity().toInstant().isBefore(from)) {
      from = c.firstKnownActivity().toInstant();
    }
    Instant to = c.discoveryTime().toInstant().plus(Duration.ofDays(1));
    Instant latest = f.latest();
    if (latest.isBefore(to) && latest.isAfter(c.discoveryTime().toInstant())) {
      to = latest;
    } else if (latest.isBefore(to)) {
      to = c.discoveryTime().toInstant();
    }
    TimelineChart chart =
        new TimelineChart(l, from, to, c.discoveryTime().toInstant(), c.firstKnownActivity());
    Image img = new Image(chart.draw(f)).setMarginBottom(4);
    img.getAccessibilityProperties()
        .setAlternateDescription(m.get("facts.chartAlt", l.utc(from), l.utc(to)));
    l.doc().add(img);
    l.para(m.get("facts.chartNote", l.utc(from), l.utc(to), chart.outside()))
        .setFontSize(DossierLayout.SMALL);
  }
}
