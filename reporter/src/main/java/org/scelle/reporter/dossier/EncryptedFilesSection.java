package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.element.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.vault.Vault;

/**
 * The encrypted-file analysis: every acquired item whose triage verdict is {@code encrypted} or
 * {@code ransom-note} (entropy, reasons such as a magic mismatch, the clean original it is paired
 * with), then an excerpt of each distinct ransom note read from the vault: the first {@value
 * #EXCERPT_CHARS} characters of at most {@value #EXCERPT_BYTES} bytes, decoded as UTF-8 with
 * replacement, pseudonymised, in the monospace font.
 *
 * <p>Three streaming passes over the items: the ids of the originals referenced, their paths, then
 * the table.
 */
final class EncryptedFilesSection {
  static final int EXCERPT_CHARS = 1500;
  static final int EXCERPT_BYTES = 6 * 1024;
  static final float[] WIDTHS = {100, 50, 190, 40, 36, 52, 150, 140};

  private EncryptedFilesSection() {}

  static void write(DossierLayout l, Vault vault, CaseFacts facts) throws IOException {
    Messages m = l.msg();
    l.section(m.get("encrypted.title"), PageSize.A4.rotate());
    ItemStore store = new ItemStore(vault);
    Set<String> pairIds = new HashSet<>();
    store.forEach(
        r -> {
          if (analysed(r) && r.pair() != null) {
            pairIds.add(r.pair());
          }
        });
    Map<String, String> pairPaths = new HashMap<>();
    if (!pairIds.isEmpty()) {
      store.forEach(
          r -> {
            if (pairIds.contains(r.id())) {
              pairPaths.put(r.id(), r.sourcePath());
            }
          });
    }
    ItemFacts items = facts.items();
    l.para(
        m.get(
            "encrypted.intro",
            items.byVerdict().getOrDefault(ItemFacts.ENCRYPTED, 0L),
            items.byVerdict().getOrDefault(ItemFacts.RANSOM_NOTE, 0L)));
    LargeTable t =
        new LargeTable(
            l,
            WIDTHS,
            m.get("col.item"),
            m.get("col.host"),
            m.get("inventory.path"),
            m.get("inventory.size"),
            m.get("encrypted.entropy"),
            m.get("encrypted.verdict"),
            m.get("encrypted.reasons"),
            m.get("encrypted.pair"));
    store.forEach(
        r -> {
          if (!analysed(r)) {
            return;
          }
          String pair =
              r.pair() == null
                  ? ""
                  : r.pair() + "\n" + l.pseudo(pairPaths.getOrDefault(r.pair(), "?"));
          t.row(
              l.monoCell(r.id()),
              l.cell(r.host()),
              l.cell(l.pseudo(r.sourcePath())),
              l.cell(r.size() == null ? "" : Long.toString(r.size())),
              l.cell(r.entropy() == null ? "" : String.format(Locale.ROOT, "%.2f", r.entropy())),
              l.cell(r.triage().verdict()),
              l.cell(String.join("\n", r.triage().reasons())),
              l.monoCell(pair));
        });
    t.complete();

    l.subsection(m.get("encrypted.notes"));
    if (items.ransomNotes().isEmpty()) {
      l.para(m.get("encrypted.noNotes"));
      return;
    }
    l.para(m.get("encrypted.notesIntro", EXCERPT_CHARS));
    for (ItemRecord note : items.ransomNotes()) {
      Paragraph head = new Paragraph().setFontSize(DossierLayout.SMALL).setMarginTop(6);
      head.add(l.bold(note.id()))
          .add(" \u2014 " + note.host() + " \u2014 " + l.pseudo(note.sourcePath()) + "\n")
          .add("SHA-256 ")
          .add(l.mono(note.sha256()))
          .add(" \u2014 " + m.get("encrypted.noteSize", note.size()));
      head.setKeepWithNext(true);
      l.doc().add(head);
      String excerpt = l.pseudo(excerpt(vault, note));
      l.doc()
          .add(
              l.monoPara(excerpt, 7f)
                  .setBackgroundColor(DossierLayout.HEADER_GREY)
                  .setPadding(4)
                  .setMarginBottom(4));
    }
  }

  static boolean analysed(ItemRecord r) {
    if (r.status() != ItemStatus.ACQUIRED || r.triage() == null) {
      return false;
    }
    String v = r.triage().verdict();
    return ItemFacts.ENCRYPTED.equals(v) || ItemFacts.RANSOM_NOTE.equals(v);
  }

  /**
   * The start of a note's bytes in the vault as text: at most {@value #EXCERPT_BYTES} bytes read,
   * malformed UTF-8 replaced, control characters other than line breaks and tabs replaced, cut to
   * {@value #EXCERPT_CHARS} characters (an ellipsis marks a cut).
   */
  static String excerpt(Vault vault, ItemRecord note) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(vault.resolve(note.vaultPath()))) {
      bytes = in.readNBytes(EXCERPT_BYTES);
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String s = d.decode(ByteBuffer.wrap(bytes)).toString();
    if (!s.isEmpty() && s.charAt(0) == '\ufeff') {
      s = s.substring(1);
    }
    boolean cut = s.length() > EXCERPT_CHARS || (note.size() != null && note.size() > bytes.length);
    if (s.length() > EXCERPT_CHARS) {
      s = s.substring(0, EXCERPT_CHARS);
    }
    List<String> lines = new ArrayList<>();
    for (String line : s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      StringBuilder sb = new StringBuilder(line.length());
      line.codePoints()
          .forEach(
              cp -> {
                if (cp == '\t') {
                  sb.append("    ");
                } else if (Character.isISOControl(cp) || cp == 0xFFFD) {
                  sb.append('\u00b7');
                } else {
                  sb.appendCodePoint(cp);
                }
              });
      lines.add(sb.toString());
    }
    return String.join("\n", lines) + (cut ? "\n\u2026" : "");
  }
}
