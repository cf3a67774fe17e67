package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.scelle.custody.json.CanonicalJson;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.ledger.LedgerProblem;
import org.scelle.custody.vault.Vault;

/**
 * The chain of custody: the verification result at report time (every problem listed), the actors
 * with their certificate fingerprints, the last seal compared with the current Merkle root, and
 * every ledger entry, streamed (sequence, UTC time, actor, action, subject, short details).
 */
final class CustodySection {
  static final int DETAILS_CHARS = 220;

  private CustodySection() {}

  static void write(DossierLayout l, Vault vault, CaseFacts facts) throws IOException {
    Messages m = l.msg();
    l.section(m.get("custody.title"), PageSize.A4);
    LedgerFacts ledger = facts.ledger();
    if (ledger.intact()) {
      l.strong(m.get("custody.intact", ledger.report().entries()));
    } else {
      l.notice(m.get("custody.broken", ledger.report().problems().size()));
      for (LedgerProblem p : ledger.problems()) {
        l.para("\u2013 " + p.what()).setFontSize(DossierLayout.SMALL);
      }
    }
    l.para(m.get("custody.head")).add(l.mono(ledger.report().headSha256()).setFontSize(7.5f));
    LedgerFacts.Seal seal = ledger.lastSeal();
    ItemFacts items = facts.items();
    if (seal == null) {
      l.para(m.get("custody.noSeal"));
    } else {
      boolean same =
          seal.merkleRoot().equals(items.merkleRoot()) && seal.itemCount() == items.acquiredCount();
      l.para(
          m.get(
              same ? "custody.sealMatches" : "custody.sealDiffers",
              seal.seq(),
              seal.time(),
              seal.itemCount(),
              items.acquiredCount()));
    }
    l.subsection(m.get("custody.actors"));
    LargeTable actors =
        new LargeTable(
            l,
            new float[] {120, 70, 261, 60},
            m.get("custody.name"),
            m.get("custody.role"),
            m.get("custody.cert"),
            m.get("custody.entries"));
    for (Map.Entry<String, LedgerFacts.Actor> a : ledger.actors().entrySet()) {
      actors.row(
          l.proseCell(a.getValue().name()),
          l.proseCell(a.getValue().role()),
          l.monoCell(a.getKey()),
          l.cell(Long.toString(a.getValue().entries())));
    }
    actors.complete();

    l.subsection(m.get("custody.entriesTitle"));
    l.para(m.get("custody.entriesIntro", DETAILS_CHARS)).setFontSize(DossierLayout.SMALL);
    LargeTable t =
        new LargeTable(
            l,
            // The action column holds "case-created" and "transferred" without breaking them.
            new float[] {26, 62, 72, 64, 110, 177},
            "#",
            m.get("custody.time"),
            m.get("custody.actor"),
            m.get("custody.action"),
            m.get("custody.subject"),
            m.get("custody.details"));
    try (Stream<JsonLines.Line> lines = JsonLines.read(vault.ledgerFile())) {
      Iterator<JsonLines.Line> it = lines.iterator();
      long n = 0;
      while (true) {
        JsonLines.Line line;
        try {
          if (!it.hasNext()) {
            break;
          }
          line = it.next();
        } catch (UncheckedIOException e) {
          // The verification result above already names the line; say where the listing stops.
          t.row(unreadable(l, n + 1, m.get("custody.unreadable", e.getCause().getMessage())));
          break;
        }
        n = line.number();
        LedgerEntry e;
        try {
          e = LedgerEntry.fromJson(line.node());
        } catch (IllegalArgumentException ex) {
          t.row(unreadable(l, n, m.get("custody.unreadable", ex.getMessage())));
          continue;
        }
        t.row(
            List.of(
                l.gridText(Long.toString(e.seq())),
                l.gridProse(l.utc(TimeText.parse(e.time())).replace(' ', '\n')),
                l.gridProse(e.actorName() + "\n(" + e.actorRole() + ")"),
                l.gridText(e.action().label()),
                l.gridMono(e.subject()),
                l.gridMono(l.pseudo(shortDetails(e)))));
      }
    }
    t.complete();
  }

  /** The row of a ledger line that cannot be read: its number and why. */
  private static List<List<GridText>> unreadable(DossierLayout l, long line, String why) {
    List<GridText> empty = l.gridText("");
    return List.of(l.gridText(Long.toString(line)), empty, empty, empty, empty, l.gridText(why));
  }

  /** The entry's details as canonical JSON, cut to {@value #DETAILS_CHARS} characters. */
  static String shortDetails(LedgerEntry e) {
    String s = CanonicalJson.string(e.details());
    return s.length() <= DETAILS_CHARS ? s : s.substring(0, DETAILS_CHARS - 1) + "\u2026";
  }
}
