package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.vault.Vault;

/**
 * The evidence inventory, on landscape pages: every item record (acquired, skipped, error) in file
 * order, streamed, with id, host, original path (or the reason it was not acquired), size, full
 * SHA-256, acquisition start, examiner and status. The SHA-256 column is wide enough for 64
 * monospace characters, so a hash is never broken across lines. The records are parsed on a second
 * thread ({@link ReadAhead}) while the table is laid out.
 */
final class InventorySection {
  /**
   * Landscape A4 content width (842 - 2 x 42). The examiner column holds the bold header
   * "Examinateur" on one line, the status column the word "acquired".
   */
  static final float[] WIDTHS = {100, 52, 139, 40, 258, 62, 64, 43};

  private InventorySection() {}

  static void write(DossierLayout l, Vault vault, CaseFacts facts) throws IOException {
    Messages m = l.msg();
    l.section(m.get("inventory.title"), PageSize.A4.rotate());
    ItemFacts items = facts.items();
    l.para(
        m.get(
            "inventory.intro",
            items.count(ItemStatus.ACQUIRED),
            items.count(ItemStatus.SKIPPED),
            items.count(ItemStatus.ERROR),
            items.acquiredBytes()));
    LargeTable t =
        new LargeTable(
            l,
            WIDTHS,
            m.get("col.item"),
            m.get("col.host"),
            m.get("inventory.path"),
            m.get("inventory.size"),
            "SHA-256",
            m.get("inventory.acquired"),
            m.get("inventory.examiner"),
            m.get("inventory.status"));
    LedgerFacts ledger = facts.ledger();
    // The records are parsed on a second thread while this one lays them out.
    ReadAhead.forEach(
        "dossier-inventory",
        new ItemStore(vault)::forEach,
        r ->
            t.row(
                List.of(
                    l.gridMono(r.id()),
                    l.gridText(r.host()),
                    pathCell(l, r),
                    l.gridText(r.size() == null ? "" : Long.toString(r.size())),
                    l.gridMono(r.sha256() == null ? "" : r.sha256()),
                    l.gridProse(
                        r.acquired() == null
                            ? ""
                            : l.utc(TimeText.parse(r.acquired().start())).replace(' ', '\n')),
                    l.gridProse(ledger.examiner(r.id(), r.acquisition())),
                    l.gridProse(status(m, r.status())))));
    t.complete();
  }

  private static List<GridText> pathCell(DossierLayout l, ItemRecord r) {
    List<GridText> c = new ArrayList<>(l.gridText(l.pseudo(r.sourcePath())));
    if (r.reason() != null) {
      c.addAll(l.gridProse("\u2192 " + r.reason()));
    }
    if (r.warnings() != null) {
      c.addAll(l.gridProse("! " + String.join("; ", r.warnings())));
    }
    return c;
  }

  static String status(Messages m, ItemStatus s) {
    return m.get("status." + s.label());
  }
}
