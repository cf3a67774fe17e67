package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.vault.Vault;

/**
 * The findings, on landscape pages, grouped by kind (one streaming pass over the findings per
 * kind): time, host, rule (id, title, level, source, tags), value, and the evidence each cites
 * (item id, full SHA-256, locator).
 */
final class FindingsSection {
  static final float[] WIDTHS = {62, 55, 190, 150, 301};

  private FindingsSection() {}

  static void write(DossierLayout l, Vault vault, CaseFacts facts) throws IOException {
    Messages m = l.msg();
    l.section(m.get("findings.title"), PageSize.A4.rotate());
    Map<String, Long> byKind = facts.findings().byKind();
    if (byKind.isEmpty()) {
      l.para(m.get("findings.none"));
      return;
    }
    l.para(m.get("findings.intro"));
    for (Map.Entry<String, Long> kind : byKind.entrySet()) {
      String k = kind.getKey();
      l.subsection(m.get("findings.kind", k, kind.getValue()));
      if (m.has("findings.about." + k)) {
        l.para(m.get("findings.about." + k)).setFontSize(DossierLayout.SMALL);
      }
      LargeTable t =
          new LargeTable(
              l,
              WIDTHS,
              m.get("findings.time"),
              m.get("col.host"),
              m.get("findings.rule"),
              m.get("findings.value"),
              m.get("findings.evidence"));
      FindingReader.forEach(
          vault.findingsFile(),
          f -> {
            if (f.kind().equals(k)) {
              t.row(
                  List.of(
                      l.gridProse(l.utc(TimeText.parse(f.time())).replace(' ', '\n')),
                      l.gridText(f.host()),
                      rule(l, f.rule()),
                      l.gridText(l.pseudo(f.value())),
                      evidence(l, f)));
            }
          });
      t.complete();
    }
  }

  private static List<GridText> rule(DossierLayout l, Finding.Rule r) {
    StringBuilder sb = new StringBuilder();
    if (r.title() != null) {
      sb.append(r.title());
    }
    if (r.level() != null) {
      sb.append(" [").append(r.level()).append(']');
    }
    sb.append('\n').append(r.id() == null ? "" : r.id());
    if (r.source() != null) {
      sb.append(" \u2014 ").append(r.source());
    }
    if (r.tags() != null && !r.tags().isEmpty()) {
      sb.append('\n').append(String.join(", ", r.tags()));
    }
    return l.gridText(sb.toString());
  }

  private static List<GridText> evidence(DossierLayout l, Finding f) {
    List<GridText> c = new ArrayList<>();
    for (Finding.Evidence e : f.evidence()) {
      c.addAll(l.gridMono(e.item() + "  " + l.pseudo(e.locator())));
      c.addAll(l.gridMono(e.sha256()));
    }
    return c;
  }
}
