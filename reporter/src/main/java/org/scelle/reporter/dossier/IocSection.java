package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import java.util.List;
import org.scelle.reporter.annex.AnnexManifest;

/**
 * The IOC annex: every distinct indicator value that matched (findings of kind {@code ioc}) with
 * its type, number of hits, hosts, first and last hit and the feeds that listed it; then the list
 * of embedded annexes with their size and SHA-256, and how to extract them.
 */
final class IocSection {
  private IocSection() {}

  static void write(DossierLayout l, CaseFacts facts, List<AnnexFile> annexes) {
    Messages m = l.msg();
    l.section(m.get("ioc.title"), PageSize.A4);
    List<FindingFacts.Indicator> indicators = facts.findings().indicators();
    if (indicators.isEmpty()) {
      l.para(m.get("ioc.none"));
    } else {
      l.para(m.get("ioc.intro", indicators.size()));
      LargeTable t =
          new LargeTable(
              l,
              new float[] {150, 48, 32, 85, 62, 62, 72},
              m.get("ioc.value"),
              m.get("ioc.type"),
              m.get("ioc.hits"),
              m.get("ioc.hosts"),
              m.get("ioc.first"),
              m.get("ioc.last"),
              m.get("ioc.sources"));
      for (FindingFacts.Indicator i : indicators) {
        t.row(
            l.monoCell(l.pseudo(i.value())),
            l.cell(m.get(i.type().key())),
            l.cell(Long.toString(i.hits())),
            l.proseCell(String.join(", ", i.hosts())),
            l.proseCell(l.utc(i.first()).replace(' ', '\n')),
            l.proseCell(l.utc(i.last()).replace(' ', '\n')),
            l.cell(String.join("\n", i.sources())));
      }
      t.complete();
    }
    l.subsection(m.get("annex.title"));
    l.para(m.get("annex.intro", AnnexManifest.FILE_NAME));
    LargeTable t =
        new LargeTable(
            l,
            new float[] {118, 80, 48, 265},
            m.get("annex.name"),
            m.get("annex.mime"),
            m.get("inventory.size"),
            "SHA-256");
    for (AnnexFile a : annexes) {
      t.row(
          l.cell(a.name() + "\n(" + a.vaultPath() + ")"),
          l.cell(a.mime()),
          l.cell(Long.toString(a.size())),
          l.monoCell(a.sha256()));
    }
    t.complete();
  }
}
