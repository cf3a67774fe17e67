package org.scelle.indexer.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.testing.TestItems;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Locator;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.EventDocuments;
import org.scelle.indexer.index.LuceneSearch;
import org.scelle.indexer.index.Schema;

/**
 * {@link Hunter} over a small two-segment index: looking indicator terms up before querying ({@link
 * PresentTerms}) and the item lookup by hash ({@link ItemIndex}) give exactly the findings of a
 * search that runs every query against every item.
 */
class HunterTest {
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);

  private Directory dir;
  private DirectoryReader reader;

  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      w.addDocument(event("e1", "fw", Fields.IOC_IPV4, "203.0.113.7"));
      w.addDocument(event("e2", "fw", Fields.SOURCE_IP, "203.0.113.7"));
      w.addDocument(event("e3", "proxy", Fields.IOC_DOMAIN, "evil.example.net"));
      w.commit();
      // a second segment, without any ioc.domain term
      w.addDocument(event("e4", "proxy", Fields.IOC_IPV4, "198.51.100.9"));
      Document both = event("e5", "web", Fields.IOC_IPV4, "192.0.2.44");
      Schema.addKeyword(both, Fields.IOC_URL, "http://evil.example.net/a.php");
      w.addDocument(both);
      Document path = event("e6", "ws", Fields.IOC_PATH, "C:\\Users\\Public\\Clop.exe");
      Schema.addText(path, Fields.MESSAGE, "logon by svc_backup from the vpn");
      w.addDocument(path);
      w.addDocument(event("e7", "fw", Fields.IOC_IPV4, "192.0.2.200"));
      w.commit();
      // a term left only by a deleted document
      w.deleteDocuments(new Term(Fields.IOC_IPV4, "192.0.2.200"));
      w.commit();
    }
    reader = DirectoryReader.open(dir);
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static Document event(String id, String host, String field, String value) {
    Document d = new Document();
    Schema.addKeyword(d, Fields.KIND, EventDocuments.KIND_EVENT);
    Schema.addTimestamp(d, Instant.parse("2019-11-15T20:00:00Z"));
    Schema.addKeyword(d, Fields.ITEM_HOST, host);
    Schema.addItem(d, "item-" + host, Long.parseLong(id.substring(1)));
    Schema.addKeyword(d, Fields.ITEM_SHA256, SHA_A);
    Schema.addLocator(d, new Locator(Long.parseLong(id.substring(1)), 0, 0));
    Schema.addKeyword(d, field, value);
    return d;
  }

  private static ItemRecord item(String id, String path, String md5, String sha256) {
    return TestItems.record(id, ItemStatus.ACQUIRED)
        .sourcePath(path)
        .vaultPath("data/H" + path)
        .size(1)
        .md5(md5)
        .sha256(sha256)
        .build();
  }

  private static final List<ItemRecord> ITEMS =
      List.of(
          item("i1", "/srv/share/Invoice.DOCX", "1".repeat(32), SHA_A),
          item("i2", "/srv/share/clop.exe", "2".repeat(32), SHA_B),
          item("i3", "/srv/backup/CLOP.EXE", "3".repeat(32), SHA_B));

  private static Indicator ind(String id, List<List<Comparison>> anyOf) {
    return new Indicator(id, id, anyOf, "feed.csv", "f".repeat(64));
  }

  private static Comparison c(IndicatorType t, String v) {
    return new Comparison(t, v);
  }

  private static final List<Feed> FEEDS =
      List.of(
          new Feed(
              "feed.csv",
              "f".repeat(64),
              List.of(
                  ind("ip-two-fields", List.of(List.of(c(IndicatorType.IPV4, "203.0.113.7")))),
                  ind("ip-absent", List.of(List.of(c(IndicatorType.IPV4, "10.9.9.9")))),
                  ind("ip-deleted-only", List.of(List.of(c(IndicatorType.IPV4, "192.0.2.200")))),
                  ind("domain", List.of(List.of(c(IndicatorType.DOMAIN, "EVIL.example.net")))),
                  ind(
                      "and-one-absent",
                      List.of(
                          List.of(
                              c(IndicatorType.IPV4, "192.0.2.44"),
                              c(IndicatorType.URL, "http://absent.example/")))),
                  ind(
                      "and-both",
                      List.of(
                          List.of(
                              c(IndicatorType.IPV4, "192.0.2.44"),
                              c(IndicatorType.URL, "http://evil.example.net/a.php")))),
                  ind(
                      "or-second",
                      List.of(
                          List.of(c(IndicatorType.IPV4, "10.0.0.1")),
                          List.of(c(IndicatorType.IPV4, "198.51.100.9")))),
                  ind("keyword", List.of(List.of(c(IndicatorType.KEYWORD, "svc_backup")))),
                  ind("file-name", List.of(List.of(c(IndicatorType.FILE_NAME, "clop.exe")))),
                  ind("sha256-items", List.of(List.of(c(IndicatorType.SHA256, SHA_B)))),
                  ind(
                      "md5-and-name",
                      List.of(
                          List.of(
                              c(IndicatorType.MD5, "3".repeat(32)),
                              c(IndicatorType.FILE_NAME, "Clop.exe")))),
                  ind(
                      "md5-and-wrong-name",
                      List.of(
                          List.of(
                              c(IndicatorType.MD5, "3".repeat(32)),
                              c(IndicatorType.FILE_NAME, "invoice.docx"))))),
              List.of()));

  private static final Hunter HUNTER =
      new Hunter((t, v) -> t == IndicatorType.DOMAIN ? v.toLowerCase(Locale.ROOT) : v.strip());

  /** Every call but {@link #presentTerms}, which keeps the default (every value may be there). */
  private record NoLookup(DocumentSearch inner) implements DocumentSearch {
    @Override
    public Page page(Query q, Order o, int size, Object after, boolean highlight)
        throws IOException {
      return inner.page(q, o, size, after, highlight);
    }

    @Override
    public long count(Query q) throws IOException {
      return inner.count(q);
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }

  private static List<String> describe(HuntResult r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      out.add(
          f.rule().id() + " " + f.evidence().get(0).item() + " " + f.evidence().get(0).locator());
    }
    return out;
  }

  @Test
  void findsWhatEachIndicatorMatchesAndNothingElse() throws IOException {
    HuntResult r = HUNTER.hunt(new IndexSearcher(reader), ITEMS, FEEDS);
    assertThat(describe(r))
        .containsExactly(
            "ip-two-fields item-fw line:1@offset:0",
            "ip-two-fields item-fw line:2@offset:0",
            "domain item-proxy line:3@offset:0",
            "and-both item-web line:5@offset:0",
            "or-second item-proxy line:4@offset:0",
            "keyword item-ws line:6@offset:0",
            "file-name i2 file",
            "file-name i3 file",
            "file-name item-ws line:6@offset:0",
            "sha256-items i2 file",
            "sha256-items i3 file",
            "md5-and-name i3 file");
    assertThat(r.indicators()).isEqualTo(12);
    assertThat(r.matchedIndicators()).isEqualTo(8);
  }

  @Test
  void lookingTermsUpFirstChangesNoFinding() throws IOException {
    LuceneSearch search = new LuceneSearch(new IndexSearcher(reader));
    HuntResult looked = HUNTER.hunt(search, ITEMS, FEEDS);
    HuntResult everyQuery = HUNTER.hunt(new NoLookup(search), ITEMS, FEEDS);
    assertThat(looked.findings()).isEqualTo(everyQuery.findings());
    assertThat(looked.matchedIndicators()).isEqualTo(everyQuery.matchedIndicators());
    assertThat(looked.truncated()).isEqualTo(everyQuery.truncated());
  }

  @Test
  void presentTermsAnswersTheValuesOfAnySegmentAndThoseOfDeletedDocuments() throws IOException {
    LuceneSearch search = new LuceneSearch(new IndexSearcher(reader));
    Collection<String> asked =
        List.of("10.9.9.9", "203.0.113.7", "198.51.100.9", "192.0.2.200", "192.0.2.44", "");
    Set<String> present = search.presentTerms(Fields.IOC_IPV4, asked);
    assertThat(present)
        .containsExactlyInAnyOrder("203.0.113.7", "198.51.100.9", "192.0.2.200", "192.0.2.44");
    assertThat(search.presentTerms(Fields.IOC_DOMAIN, List.of("evil.example.net", "x.example")))
        .containsExactly("evil.example.net");
    assertThat(search.presentTerms("no.such.field", List.of("a"))).isEmpty();
  }
}
