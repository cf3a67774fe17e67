package org.scelle.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Locator;

class LocatorQueryTest {
  private Directory dir;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      // two items with events at the same offsets, and an EVTX-like record at one of them
      w.addDocument(event("A", 0, new Locator(1, 0, 0)));
      w.addDocument(event("A", 1, new Locator(2, 57, 0)));
      w.addDocument(event("B", 0, new Locator(1, 0, 0)));
      w.addDocument(event("B", 1, new Locator(2, 57, 0)));
      w.commit();
      w.addDocument(event("C", 0, new Locator(0, 57, 2)));
      w.addDocument(event("C", 1, Locator.textChunk(1, "a.zip/b.pdf")));
      w.commit();
      // a segment without any locator: a marker
      Document marker = new Document();
      Schema.addKeyword(marker, Fields.KIND, CaseIndex.KIND_ITEM);
      Schema.addItem(marker, "D", Schema.MARKER_SEQ);
      w.addDocument(marker);
    }
    reader = DirectoryReader.open(dir);
    assertThat(reader.leaves()).hasSize(3);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static Document event(String item, long seq, Locator locator) {
    Document d = new Document();
    Schema.addKeyword(d, Fields.KIND, EventDocuments.KIND_EVENT);
    Schema.addItem(d, item, seq);
    Schema.addLocator(d, locator);
    return d;
  }

  private List<String> ids(Query q) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
      ids.add(Schema.docId(searcher.storedFields().document(sd.doc)));
    }
    ids.sort(null);
    return ids;
  }

  @Test
  void matchesTheEventsOfExactlyThatLocatorInEveryItem() throws IOException {
    assertThat(ids(new LocatorQuery("line:2@offset:57")))
        .containsExactly("A#line:2@offset:57", "B#line:2@offset:57");
    // same offset, another locator: the stored text decides
    assertThat(ids(new LocatorQuery("record:2@offset:57"))).containsExactly("C#record:2@offset:57");
    assertThat(ids(new LocatorQuery("chunk:1@embedded:a.zip/b.pdf")))
        .containsExactly("C#chunk:1@embedded:a.zip/b.pdf");
  }

  @Test
  void withItsItemALocatorNamesOneEvent() throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.ITEM_ID, "B")), BooleanClause.Occur.MUST)
            .add(new LocatorQuery("line:1@offset:0"), BooleanClause.Occur.MUST)
            .build();
    assertThat(ids(q)).containsExactly("B#line:1@offset:0");
  }

  @Test
  void textThatIsNoEventsLocatorMatchesNothing() throws IOException {
    assertThat(ids(new LocatorQuery("line:2@offset:58"))).isEmpty();
    assertThat(ids(new LocatorQuery("line:3@offset:57"))).isEmpty();
    assertThat(ids(new LocatorQuery("line:2"))).isEmpty();
    assertThat(ids(new LocatorQuery(""))).isEmpty();
  }

  @Test
  void theParserMakesALocatorQueryOfAWholeLocatorWithOrWithoutSlopOrTwin() {
    LocatorQuery want = new LocatorQuery("line:1@offset:0");
    assertThat(CaseSearcher.parse("scelle.locator:\"line:1@offset:0\"")).isEqualTo(want);
    assertThat(CaseSearcher.parse("scelle.locator:\"line:1@offset:0\"~2")).isEqualTo(want);
    assertThat(CaseSearcher.parse("scelle.locator.lc:line\\:1@offset\\:0")).isEqualTo(want);
  }

  @Test
  void equalQueriesForEqualLocators() {
    assertThat(new LocatorQuery("line:1@offset:0"))
        .isEqualTo(new LocatorQuery("line:1@offset:0"))
        .hasSameHashCodeAs(new LocatorQuery("line:1@offset:0"))
        .isNotEqualTo(new LocatorQuery("line:1@offset:1"));
    assertThat(new LocatorQuery("line:1@offset:0").toString())
        .isEqualTo("scelle.locator:\"line:1@offset:0\"");
  }
}
