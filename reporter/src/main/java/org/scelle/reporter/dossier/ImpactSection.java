package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scelle.reporter.complaint.Complaint;

/**
 * Impact and losses as the complaint states them, the regulatory clocks that run beside the
 * complaint (rows computed elsewhere and passed in), and the notifications already made.
 */
final class ImpactSection {
  private ImpactSection() {}

  static void write(DossierLayout l, Complaint c, List<RegulatoryClockRow> clocks) {
    Messages m = l.msg();
    l.section(m.get("impact.title"), PageSize.A4);
    Complaint.Impact impact = c.impact();
    if (impact == null) {
      l.para(m.get("impact.none"));
    } else {
      List<Object[]> rows = new ArrayList<>();
      if (!impact.servicesDown().isEmpty()) {
        rows.add(
            new Object[] {m.get("impact.servicesDown"), String.join("; ", impact.servicesDown())});
      }
      Complaint.DegradedMode dm = impact.degradedMode();
      if (dm != null) {
        String span =
            m.get(
                "impact.degradedSpan",
                l.time().utcAndOffset(dm.start()),
                dm.end() == null ? m.get("impact.ongoing") : l.time().utcAndOffset(dm.end()));
        rows.add(
            new Object[] {
              m.get("impact.degraded"),
              dm.description() == null ? span : span + "\n" + l.pseudo(dm.description())
            });
      }
      rows.add(new Object[] {m.get("impact.transferred"), known(m, impact.patientsTransferred())});
      rows.add(new Object[] {m.get("impact.cancelled"), known(m, impact.appointmentsCancelled())});
      rows.add(
          new Object[] {
            m.get("impact.exfiltration"),
            impact.dataExfiltrationSuspected() == null
                ? m.get("impact.unknown")
                : m.get(impact.dataExfiltrationSuspected() ? "impact.yes" : "impact.no")
          });
      rows.add(
          new Object[] {
            m.get("impact.estimated"),
            impact.estimatedLossesEur() == null
                ? m.get("impact.unknown")
                : euros(m, impact.estimatedLossesEur())
          });
      l.doc().add(l.keyValues(rows));
      if (!impact.losses().isEmpty()) {
        l.subsection(m.get("impact.losses"));
        LargeTable t =
            new LargeTable(
                l, new float[] {381, 130}, m.get("impact.lossItem"), m.get("impact.amount"));
        BigDecimal sum = BigDecimal.ZERO;
        for (Complaint.Loss loss : impact.losses()) {
          t.row(l.proseCell(loss.item()), l.cell(euros(m, loss.amountEur())));
          sum = loss.amountEur() == null ? sum : sum.add(loss.amountEur());
        }
        t.row(l.proseCell(m.get("impact.total")).setFont(l.fonts().bold()), l.cell(euros(m, sum)));
        t.complete();
      }
    }
    l.subsection(m.get("clocks.title"));
    writeClocks(l, clocks);
    if (!c.notifications().isEmpty()) {
      l.subsection(m.get("letter.notifications"));
      LargeTable t =
          new LargeTable(
              l, new float[] {261, 250}, m.get("impact.notifiedTo"), m.get("impact.notifiedAt"));
      for (Complaint.Notification n : c.notifications()) {
        t.row(l.proseCell(n.to()), l.proseCell(l.time().utcAndOffset(n.time())));
      }
      t.complete();
    }
  }

  /**
   * Renders the regulatory clocks table: one row per clock (label, due time in UTC and site time,
   * status), or a sentence saying none were given.
   */
  static void writeClocks(DossierLayout l, List<RegulatoryClockRow> clocks) {
    Messages m = l.msg();
    if (clocks.isEmpty()) {
      l.para(m.get("clocks.none"));
      return;
    }
    l.para(m.get("clocks.intro"));
    LargeTable t =
        new LargeTable(
            l,
            new float[] {221, 170, 120},
            m.get("clocks.what"),
            m.get("clocks.due"),
            m.get("clocks.status"));
    for (RegulatoryClockRow r : clocks) {
      t.row(
          l.proseCell(r.label()),
          l.proseCell(r.due() == null ? m.get("clocks.noDue") : l.time().utcAndSite(r.due())),
          l.proseCell(r.status()));
    }
    t.complete();
  }

  private static String known(Messages m, Integer n) {
    return n == null
        ? m.get("impact.unknown")
        : NumberFormat.getIntegerInstance(locale(m)).format(n);
  }

  static String euros(Messages m, BigDecimal amount) {
    if (amount == null) {
      return m.get("impact.unknown");
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale(m));
    f.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
    f.setMaximumFractionDigits(2);
    // Narrow no-break spaces from the French locale are in DejaVu; keep them.
    return f.format(amount) + " \u20ac";
  }

  private static Locale locale(Messages m) {
    return Locale.forLanguageTag(m.language());
  }
}
