package org.scelle.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.index.CaseIndex;
import org.scelle.indexer.index.CaseSearcher;
import org.scelle.indexer.index.IndexSummary;
import org.scelle.indexer.index.Indexer;
import org.scelle.indexer.index.ItemEventSource;
import org.scelle.indexer.index.Sources;
import org.scelle.indexer.ioc.Enrichment;

/**
 * Hostile inputs through the real indexer over a real vault, all in one run beside ordinary items:
 * the run completes, every hostile item has its recorded outcome, the ordinary items are indexed as
 * usual, and the workers lost to a looping or memory-hungry parser are replaced.
 *
 * <p>The inputs are generated here, streaming (the zip bomb's gibibyte and the 200 MB line never
 * sit in memory). No real input is known to make Tika 3.3.1 loop or exhaust its heap (the known
 * ones, such as CVE-2021-28657 in the MP3 parser, are fixed), so {@link HostileParser}, a test
 * parser, plays that part: it spins forever, or allocates until the heap is gone, inside the worker
 * exactly as a parser bug would.
 *
 * <p>Surefire runs this class on its own, in a JVM limited to {@code -Xmx256m} (see the indexer's
 * pom): the indexer's memory stays bounded whatever the items, or this test fails.
 */
class HostileInputsTest {
  @TempDir Path tmp;

  @Test
  void theIndexCompletesAndEveryHostileItemHasItsOutcome() throws Exception {
    TestVault v = new TestVault(tmp);
    ItemRecord syslog =
        v.add(
            "messages",
            "<38>Nov 15 19:58:41 vpn-gw01 sshd[812]: Accepted password for svc_sauvegarde from 198.51.100.23 port 50122 ssh2\n"
                .getBytes(StandardCharsets.UTF_8),
            "text/plain",
            "clean");
    ItemRecord bomb =
        v.add("archive.zip", zipBomb(v.newFile("archive.zip")), "application/zip", "clean");
    ItemRecord nested = v.add("nested.zip", nestedZip(20), "application/zip", "clean");
    ItemRecord pdf = v.add("report.pdf", truncatedPdf(), "application/pdf", "clean");
    ItemRecord line =
        v.add("one-line.log", oneLine(v.newFile("one-line.log")), "text/plain", "clean");
    ItemRecord utf8 = v.add("broken.txt", invalidUtf8(), "text/plain", "clean");
    ItemRecord loop =
        v.add(
            "loop.bin",
            "SCELLE-HOSTILE\0LOOP".getBytes(StandardCharsets.ISO_8859_1),
            "application/octet-stream",
            "clean");
    ItemRecord oom =
        v.add(
            "oom.bin",
            "SCELLE-HOSTILE\0OOM".getBytes(StandardCharsets.ISO_8859_1),
            "application/octet-stream",
            "clean");
    ItemRecord html =
        v.add(
            "avis.html",
            "<html><head><title>Avis</title></head><body><p>Payez sur http://clop-pay.example.net/x</p></body></html>"
                .getBytes(StandardCharsets.UTF_8),
            "text/html",
            "clean");

    ExtractLimits limits =
        ExtractLimits.DEFAULTS.withTimeout(Duration.ofSeconds(10)).withHeapBytes(128L << 20);
    List<ItemEventSource> sources = Sources.builtIn(limits);
    FileTextSource files = (FileTextSource) sources.get(sources.size() - 1);
    IndexSummary s =
        new Indexer(sources, Enrichment::iocFields, Clock.systemUTC()).index(v.vault, 2, null);

    assertThat(s.items()).isEqualTo(9);
    Map<String, CaseIndex.Marker> m = CaseIndex.markers(v.vault);
    assertThat(m).hasSize(9);
    assertThat(m.get(syslog.id()).status()).isEqualTo("indexed");
    // every item that failed or met a limit is listed with its note, the others only counted
    assertThat(s.failures())
        .extracting(IndexSummary.Failure::itemId)
        .containsExactlyInAnyOrderElementsOf(
            m.entrySet().stream()
                .filter(e -> IndexSummary.FAILURES.contains(e.getValue().status()))
                .map(Map.Entry::getKey)
                .toList())
        .contains(bomb.id(), nested.id());
    s.failures().forEach(f -> assertThat(f.note()).isEqualTo(m.get(f.itemId()).note()));
    assertThat(m.get(html.id()).status()).isEqualTo("indexed");
    assertThat(m.get(bomb.id()).note())
        .isEqualTo(
            "zip-bomb: embedded document bomb.txt declares 1073741825 bytes, over the unpack"
                + " limit of 268435456 bytes (0 already unpacked)");
    assertThat(m.get(nested.id()).note())
        .isEqualTo(
            "nested-too-deep: embedded document level-18.zip!/level-17.zip!/level-16.zip!/"
                + "level-15.zip!/level-14.zip!/level-13.zip is deeper than the depth limit of 5");
    assertThat(m.get(pdf.id()).note()).startsWith("error: ");
    assertThat(m.get(line.id()).status()).isEqualTo("indexed");
    assertThat(m.get(line.id()).note()).isEqualTo("format:text, 1 lines cut");
    assertThat(m.get(utf8.id()).status()).isEqualTo("indexed");
    assertThat(m.get(loop.id()).note()).isEqualTo("timeout: no result within 10 s, worker killed");
    assertThat(m.get(oom.id()).note())
        .startsWith("out-of-memory: the worker ran out of its 128 MiB heap");
    assertThat(s.byStatus())
        .containsEntry("indexed", 4L)
        .containsEntry("zip-bomb", 1L)
        .containsEntry("nested-too-deep", 1L)
        .containsEntry("error", 1L)
        .containsEntry("timeout", 1L)
        .containsEntry("out-of-memory", 1L);
    // the looping and the memory-hungry parser each cost a worker, replaced for the next item
    assertThat(files.workersStarted()).isGreaterThanOrEqualTo(3);

    try (CaseSearcher searcher = CaseSearcher.open(v.vault)) {
      assertThat(searcher.count(CaseSearcher.parse("ioc.ipv4:198.51.100.23"))).isEqualTo(2);
      assertThat(searcher.count(CaseSearcher.parse("ioc.domain:clop-pay.example.net")))
          .isEqualTo(1);
      // the line of 200 MB is one event, cut
      assertThat(searcher.count(CaseSearcher.parse("scelle.item.id:\"" + line.id() + "\"")))
          .isEqualTo(1);
    }
  }

  /** A zip of one entry of 1 GiB + 1 byte of zeros, about 1 MB on disk. */
  static Path zipBomb(Path out) throws Exception {
    byte[] zeros = new byte[1 << 20];
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      zip.putNextEntry(new ZipEntry("bomb.txt"));
      for (int i = 0; i < 1024; i++) {
        zip.write(zeros);
      }
      zip.write(0);
      zip.closeEntry();
    }
    return out;
  }

  /** {@code depth} zips, each holding the next: the outermost holds level-18.zip... level-0.txt. */
  static byte[] nestedZip(int depth) throws Exception {
    byte[] inner = "the innermost text".getBytes(StandardCharsets.UTF_8);
    String name = "level-0.txt";
    for (int level = 0; level < depth; level++) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(buf)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(inner);
        zip.closeEntry();
      }
      inner = buf.toByteArray();
      name = "level-" + level + ".zip";
    }
    return inner;
  }

  /** A valid PDF of three pages of text, cut in half. */
  static byte[] truncatedPdf() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= 3; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          cs.newLineAtOffset(72, 700);
          cs.showText("Page " + p + ": rapport d'incident, serveur 203.0.113.45");
          cs.endText();
        }
      }
      doc.save(buf);
    }
    byte[] whole = buf.toByteArray();
    return Arrays.copyOf(whole, whole.length / 2);
  }

  /** 200 MiB without a line break, written in 1 MiB blocks. */
  static Path oneLine(Path out) throws Exception {
    byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream o = Files.newOutputStream(out)) {
      for (int i = 0; i < 200; i++) {
        o.write(block);
      }
    }
    return out;
  }

  /** Lines with bytes that are not UTF-8: a Latin-1 é, a lone continuation, an overlong form. */
  static byte[] invalidUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("caf".getBytes(StandardCharsets.US_ASCII));
    b.write(0xE9);
    b.writeBytes(" connexion depuis 198.51.100.23\n".getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, '\n'});
    return b.toByteArray();
  }
}
