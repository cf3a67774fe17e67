package org.scelle.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.testing.TestItems;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;
import org.scelle.indexer.ioc.Enrichment;

class IndexerTest {
  @TempDir Path tmp;
  Vault vault;
  int seq;

  static final String SQUID =
      "1573843121.042    183 10.20.14.37 TCP_MISS/200 5120 GET http://update-check.example.net/api/v1/check - HIER_DIRECT/203.0.113.45 application/json\n"
          + "1573843181.100     95 10.20.14.37 TCP_MISS/200 812 GET http://www.has-sante.fr/ - HIER_DIRECT/192.0.2.10 text/html\n";
  static final String SYSLOG =
      "<38>Nov 15 19:58:41 vpn-gw01 sshd[812]: Accepted password for svc_sauvegarde from 198.51.100.23 port 50122 ssh2\n";

  @BeforeEach
  void vault() throws Exception {
    vault =
        Vault.create(
            tmp.resolve("case"),
            new CaseInfo("C", "t", "o", "Europe/Paris", "dev", "2019-11-15T18:45:00Z"),
            Clock.systemUTC());
  }

  ItemRecord add(String host, String name, String content, Instant mtime) throws Exception {
    Path src = Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    seq++;
    return TestItems.acquiredFile(host + "-A-" + seq, host, "A", mtime.toString())
        .sourcePath("/" + name)
        .contentType(name.endsWith(".bin") ? "application/octet-stream" : "text/plain")
        .copiedInto(vault, src, "data/" + host + "/A/" + name)
        .appendTo(vault);
  }

  Indexer indexer() {
    return new Indexer(Sources.builtIn(), Enrichment::iocFields, Clock.systemUTC());
  }

  @Test
  void indexesEventsWithProvenanceAndFindsThemByFieldIndicatorAndText() throws Exception {
    ItemRecord squid = add("SRV-PRX01", "access.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    add("VPN-GW01", "messages", SYSLOG, Instant.parse("2019-11-16T00:00:00Z"));
    add("SRV-FILE01", "blob.bin", "\u0000\u0001binary", Instant.parse("2019-11-16T00:00:00Z"));
    IndexSummary s = indexer().index(vault, 2, null);
    assertThat(s.items()).isEqualTo(3);
    assertThat(s.events()).isEqualTo(3);
    assertThat(s.byStatus()).containsEntry("indexed", 2L).containsEntry("unsupported", 1L);
    try (CaseSearcher searcher = CaseSearcher.open(vault)) {
      List<Hit> hits =
          searcher.search(
              CaseSearcher.parse("ioc.domain:update-check.example.net"), null, null, 10);
      assertThat(hits)
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.itemId()).isEqualTo(squid.id());
                assertThat(h.itemSha256()).isEqualTo(squid.sha256());
                assertThat(h.locator()).isEqualTo("line:1@offset:0");
                assertThat(h.timestamp()).isEqualTo("2019-11-15T18:38:41.042Z");
              });
      assertThat(searcher.count(CaseSearcher.parse("ioc.ipv4:198.51.100.23"))).isEqualTo(1);
      // Single-form fields have no .lc twin: a query of the twin means the field itself.
      assertThat(searcher.count(CaseSearcher.parse("ioc.domain.lc:update-check.example.net")))
          .isEqualTo(1);
      assertThat(searcher.count(CaseSearcher.parse("ioc.domain.lc:update-check.*"))).isEqualTo(1);
      // A locator matches whole, in any item; with its item, exactly one event.
      assertThat(searcher.count(CaseSearcher.parse("scelle.locator:\"line:1@offset:0\"")))
          .isEqualTo(2);
      assertThat(
              searcher.search(
                  CaseSearcher.parse(
                      "scelle.item.id:"
                          + squid.id()
                          + " AND scelle.locator.lc:line\\:1@offset\\:0"),
                  null,
                  null,
                  10))
          .singleElement()
          .satisfies(h -> assertThat(h.docId()).isEqualTo(squid.id() + "#line:1@offset:0"));
      assertThat(searcher.count(CaseSearcher.parse("scelle.locator:\"line:1@offset:1\""))).isZero();
      assertThat(searcher.count(CaseSearcher.parse("scelle.locator:\"not a locator\""))).isZero();
      assertThatThrownBy(() -> CaseSearcher.parse("scelle.locator.lc:line\\:1*"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("scelle.locator matches a whole locator only");
      // Other keywords keep their twin: the host matches in any case there, exactly without it.
      assertThat(searcher.count(CaseSearcher.parse("scelle.item.host.lc:vpn-gw01"))).isEqualTo(1);
      // RFC 3164 without a year: the item's modification year, read in the item's zone (UTC+1).
      List<Hit> vpn =
          searcher.search(CaseSearcher.parse("accepted AND svc_sauvegarde"), null, null, 5);
      assertThat(vpn)
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.timestamp()).isEqualTo("2019-11-15T18:58:41Z");
                assertThat(h.fields().get(Fields.TIME_NOTE)).contains("year-from-item-mtime:2019");
                assertThat(h.highlight()).contains("[[Accepted]]");
              });
      assertThat(
              searcher.search(
                  CaseSearcher.parse("*:*"), Instant.parse("2019-11-15T18:50:00Z"), null, 10))
          .hasSize(1);
    }
  }

  @Test
  void reindexingAddsOnlyNewItemsAndNeverDuplicates() throws Exception {
    add("SRV-PRX01", "access.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    indexer().index(vault, 1, null);
    IndexSummary again = indexer().index(vault, 1, null);
    assertThat(again.items()).isZero();
    assertThat(again.alreadyIndexed()).isEqualTo(1);
    add("VPN-GW01", "messages", SYSLOG, Instant.parse("2019-11-16T00:00:00Z"));
    IndexSummary third = indexer().index(vault, 2, null);
    assertThat(third.items()).isEqualTo(1);
    try (CaseSearcher searcher = CaseSearcher.open(vault)) {
      assertThat(searcher.count(CaseSearcher.parse("*:*"))).isEqualTo(3);
    }
  }

  @Test
  void eventsComeInTheirItemsOrderAndKeepTheirIds() throws Exception {
    StringBuilder log = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      log.append("<38>Nov 15 19:58:41 vpn-gw01 sshd[812]: session ").append(i).append('\n');
    }
    ItemRecord vpn =
        add("VPN-GW01", "messages", log.toString(), Instant.parse("2019-11-16T00:00:00Z"));
    ItemRecord proxy = add("SRV-PRX01", "access.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    indexer().index(vault, 2, null);
    try (CaseSearcher searcher = CaseSearcher.open(vault)) {
      // equal scores: by item id, then line by line (line 10 after line 9, not after line 1)
      List<String> ids =
          searcher.search(CaseSearcher.parse("*:*"), null, null, 20).stream()
              .map(Hit::docId)
              .toList();
      assertThat(proxy.id()).isLessThan(vpn.id());
      List<String> want = new ArrayList<>();
      want.add(proxy.id() + "#line:1@offset:0");
      want.add(proxy.id() + "#line:2@offset:" + (SQUID.indexOf('\n') + 1));
      long offset = 0;
      for (int i = 1; i <= 12; i++) {
        want.add(vpn.id() + "#line:" + i + "@offset:" + offset);
        offset += ("<38>Nov 15 19:58:41 vpn-gw01 sshd[812]: session " + i + "\n").length();
      }
      assertThat(ids).containsExactlyElementsOf(want);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2"})
  void anIndexOfAnEarlierFormatIsRefusedWithWhatToDo(String format) throws Exception {
    add("SRV-PRX01", "access.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    // format 1: no format in its commits (before the document order changed); format 2: the
    // locator indexed as a term, without its offset
    try (Directory dir = FSDirectory.open(CaseIndex.location(vault));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      Document d = new Document();
      d.add(new StringField(Fields.DOC_ID, "x#line:1", Field.Store.YES));
      w.addDocument(d);
      if (!format.equals("1")) {
        w.setLiveCommitData(Map.of(CaseIndex.FORMAT_KEY, format).entrySet());
      }
    }
    String message =
        CaseIndex.location(vault)
            + ": this index is of format "
            + format
            + ", and this version of scelle reads format 3; remove the"
            + " directory and run 'scelle index' again";
    assertThatThrownBy(() -> CaseSearcher.open(vault))
        .isInstanceOf(VaultException.class)
        .hasMessageStartingWith(message);
    assertThatThrownBy(() -> indexer().index(vault, 1, null))
        .isInstanceOf(VaultException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void badQueriesAndMissingIndexesAreClearErrors() throws Exception {
    assertThatThrownBy(() -> CaseSearcher.open(vault)).hasMessageContaining("no index yet");
    assertThatThrownBy(() -> CaseSearcher.parse("source.ip:("))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not parse");
    // Lucene's RegExp reports a bad expression without naming the query: the message must
    assertThatThrownBy(() -> CaseSearcher.parse("message:/[a/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("query 'message:/[a/' does not parse: ");
  }

  @Test
  void aDamagedIndexIsReportedWithWhatToDo() throws Exception {
    add("SRV-PRX01", "access.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    indexer().index(vault, 1, null);
    Path si;
    try (var files = Files.list(CaseIndex.location(vault))) {
      si = files.filter(f -> f.toString().endsWith(".si")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(si);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(si, bytes);
    String start = CaseIndex.location(vault) + ": the index is damaged (";
    String remedy = "); remove the directory and run 'scelle index' again";
    assertThatThrownBy(() -> CaseSearcher.open(vault))
        .isInstanceOf(VaultException.class)
        .hasMessageStartingWith(start)
        .hasMessageContaining(si.getFileName().toString())
        .hasMessageContaining(remedy);
    assertThatThrownBy(() -> indexer().index(vault, 1, null))
        .isInstanceOf(VaultException.class)
        .hasMessageStartingWith(start)
        .hasMessageContaining(remedy);
  }

  @Test
  void aSearchBeyondOnePageGivesTheHitsOfOneLongPageInTheSameOrder() throws Exception {
    // scores that tie and scores that differ (1 or 2 occurrences of the term), over 2.5 pages
    StringBuilder log = new StringBuilder();
    int events = CaseSearcher.PAGE * 5 / 2;
    for (int i = 0; i < events; i++) {
      log.append("1573843121.")
          .append(String.format("%03d", i % 1000))
          .append("    183 10.20.14.37 TCP_MISS/200 5120 GET http://x.example.net/")
          .append(i % 7 == 0 ? "probe/probe" : "page")
          .append(i)
          .append(" - HIER_DIRECT/203.0.113.45 text/html\n");
    }
    add("SRV-PRX01", "big.log", log.toString(), Instant.parse("2019-11-16T00:00:00Z"));
    indexer().index(vault, 1, null);
    Query q = CaseSearcher.parse("probe OR page*");
    List<String> paged = new ArrayList<>();
    List<String> whole = new ArrayList<>();
    try (CaseSearcher searcher = CaseSearcher.open(vault);
        LuceneSearch one = LuceneSearch.open(vault)) {
      long given = searcher.search(q, null, null, events + 10, false, h -> paged.add(h.docId()));
      assertThat(given).isEqualTo(events);
      assertThat(searcher.count(q)).isEqualTo(events);
      Query filtered =
          new BooleanQuery.Builder()
              .add(q, BooleanClause.Occur.MUST)
              .add(
                  new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT)),
                  BooleanClause.Occur.FILTER)
              .build();
      DocumentSearch.Page page =
          one.page(filtered, DocumentSearch.Order.SCORE_THEN_ID, events, null, false);
      page.docs().forEach(d -> whole.add(Schema.docId(d.stored())));
    }
    assertThat(paged).hasSize(events).isEqualTo(whole);
  }

  @Test
  void aMissingOrResizedItemIsAnErrorAndTheOthersAreIndexed() throws Exception {
    ItemRecord gone = add("SRV-PRX01", "gone.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    ItemRecord grown = add("SRV-PRX01", "grown.log", SQUID, Instant.parse("2019-11-16T00:00:00Z"));
    ItemRecord kept = add("VPN-GW01", "auth.log", SYSLOG, Instant.parse("2019-11-16T00:00:00Z"));
    Files.delete(vault.resolve(gone.vaultPath()));
    Files.writeString(
        vault.resolve(grown.vaultPath()), "appended\n", java.nio.file.StandardOpenOption.APPEND);
    IndexSummary s = indexer().index(vault, 2, null);
    assertThat(s.byStatus()).containsEntry("error", 2L).containsEntry("indexed", 1L);
    Map<String, CaseIndex.Marker> m = CaseIndex.markers(vault);
    assertThat(m.get(gone.id()).note())
        .isEqualTo("error: the file is missing from the vault; run 'scelle verify'");
    assertThat(m.get(grown.id()).note())
        .isEqualTo(
            "error: the file is "
                + (grown.size() + 9)
                + " bytes where its record says "
                + grown.size()
                + ": the vault was altered; run 'scelle verify'");
    assertThat(m.get(kept.id()).status()).isEqualTo("indexed");
    // both listed, in item order, with their path and note; the indexed one is only counted
    assertThat(s.failures())
        .containsExactly(
            new IndexSummary.Failure(gone.id(), gone.vaultPath(), m.get(gone.id()).note()),
            new IndexSummary.Failure(grown.id(), grown.vaultPath(), m.get(grown.id()).note()));
    try (CaseSearcher searcher = CaseSearcher.open(vault)) {
      assertThat(searcher.count(CaseSearcher.parse("scelle.item.id:\"" + grown.id() + "\"")))
          .isZero();
    }
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    assertThatThrownBy(() -> indexer().index(vault, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1; got: 0");
  }
}
