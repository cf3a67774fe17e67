package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scelle.custody.item.ItemStatus;
import org.scelle.reporter.complaint.Complaint;

/**
 * The cover: case, plaintiff, addressee, dates, the vault seal in full (Merkle root of the acquired
 * items and their number), the ledger head and its verification, tool version and generation time,
 * and the notice that penalties must be checked on the filing date.
 */
final class CoverSection {
  private CoverSection() {}

  static void write(
      DossierLayout l,
      CaseFacts facts,
      Complaint c,
      Instant generated,
      String tool,
      List<String> notes) {
    Messages m = l.msg();
    l.section(m.get("cover.title", c.kind() == null ? "" : c.kind()), PageSize.A4);
    l.strong(facts.info().caseId() + " \u2014 " + facts.info().title());
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {m.get("cover.case"), facts.info().caseId()});
    rows.add(new Object[] {m.get("cover.caseTitle"), facts.info().title()});
    rows.add(new Object[] {m.get("cover.plaintiff"), Parties.plaintiffLine(c.plaintiff())});
    rows.add(new Object[] {m.get("cover.addressee"), Parties.addresseeLine(c.addressee())});
    rows.add(
        new Object[] {
          m.get("cover.complaintDate"),
          Parties.placeAndDate(m, c.place(), c.date() == null ? null : c.date())
        });
    rows.add(new Object[] {m.get("cover.discovery"), l.time().utcAndOffset(c.discoveryTime())});
    ItemFacts items = facts.items();
    rows.add(
        new Object[] {
          m.get("cover.seal"), l.monoPara(items.merkleRoot(), DossierLayout.BODY - 1.5f)
        });
    rows.add(
        new Object[] {
          m.get("cover.sealCount"),
          m.get(
              "cover.sealCountValue",
              items.acquiredCount(),
              items.count(ItemStatus.SKIPPED),
              items.count(ItemStatus.ERROR))
        });
    LedgerFacts ledger = facts.ledger();
    rows.add(
        new Object[] {
          m.get("cover.ledgerHead"),
          l.monoPara(ledger.report().headSha256(), DossierLayout.BODY - 1.5f)
        });
    rows.add(
        new Object[] {
          m.get("cover.ledgerState"),
          ledger.intact()
              ? m.get("cover.ledgerIntact", ledger.report().entries())
              : m.get(
                  "cover.ledgerBroken",
                  ledger.report().entries(),
                  ledger.report().problems().size())
        });
    rows.add(new Object[] {m.get("cover.findings"), findingCounts(facts.findings().byKind())});
    rows.add(new Object[] {m.get("cover.tool"), tool});
    rows.add(new Object[] {m.get("cover.generated"), l.time().utc(generated)});
    rows.add(new Object[] {m.get("cover.times"), m.get("cover.timesValue", l.time().site())});
    l.doc().add(l.keyValues(rows));
    for (String note : notes) {
      l.notice(note);
    }
    l.notice(m.get("cover.verifyNotice"));
    l.para(m.get("cover.contents"));
  }

  private static String findingCounts(Map<String, Long> byKind) {
    if (byKind.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    byKind.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" ").append(v));
    return sb.toString();
  }
}
