package org.scelle.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;

/**
 * A twin written only for values with an upper-case character, queried through {@link
 * TwinQueries#widen}, matches exactly the documents a twin written for every value matched.
 */
class TwinQueriesTest {
  private static final String TWIN = Fields.USER_NAME + Schema.LOWER;

  /** Values of user.name, one list per document (some multi-valued, one without the field). */
  private static final List<List<String>> DOCS =
      List.of(
          List.of("admin"),
          List.of("Admin"),
          List.of("ADMIN"),
          List.of("administrator", "Bob"),
          List.of("bob"),
          List.of("aZ"),
          List.of("az"),
          List.of("Zebra"),
          List.of("zebra", "zEbra"),
          List.of("straße"),
          List.of("STRASSE"),
          List.of("İstanbul"),
          List.of("istanbul"),
          List.of("ab"),
          List.of("a.b-c_1"),
          List.of("C:\\Windows\\System32\\cmd.exe"),
          List.of("c:\\windows\\system32\\cmd.exe"),
          List.of());

  private static final List<Query> TWIN_QUERIES =
      List.of(
          new TermQuery(new Term(TWIN, "admin")),
          new TermQuery(new Term(TWIN, "Admin")),
          new TermQuery(new Term(TWIN, "bob")),
          new TermQuery(new Term(TWIN, "istanbul")),
          new TermQuery(new Term(TWIN, "i̇stanbul")),
          new TermQuery(new Term(TWIN, "c:\\windows\\system32\\cmd.exe")),
          new TermQuery(new Term(TWIN, "nobody")),
          new PrefixQuery(new Term(TWIN, "adm")),
          new PrefixQuery(new Term(TWIN, "a")),
          new PrefixQuery(new Term(TWIN, "A")),
          new WildcardQuery(new Term(TWIN, "*\\\\cmd.exe")),
          new WildcardQuery(new Term(TWIN, "?ebra")),
          new WildcardQuery(new Term(TWIN, "*")),
          new RegexpQuery(new Term(TWIN, "[a-z]+")),
          new RegexpQuery(new Term(TWIN, "[A-Z].*")),
          new RegexpQuery(new Term(TWIN, "a.")),
          TermRangeQuery.newStringRange(TWIN, null, null, true, true),
          TermRangeQuery.newStringRange(TWIN, "a", "ab", true, true),
          TermRangeQuery.newStringRange(TWIN, "aa", "az", true, false),
          TermRangeQuery.newStringRange(TWIN, "A", "Z", true, true),
          TermRangeQuery.newStringRange(TWIN, "b", null, false, true),
          new FuzzyQuery(new Term(TWIN, "admim")),
          new FuzzyQuery(new Term(TWIN, "zebr")),
          new FuzzyQuery(new Term(TWIN, "aZ"), 1));

  @Test
  void widenedQueriesMatchWhatATwinOfEveryValueMatched() throws IOException {
    try (Directory every = index(true);
        Directory some = index(false);
        DirectoryReader everyReader = DirectoryReader.open(every);
        DirectoryReader someReader = DirectoryReader.open(some)) {
      IndexSearcher before = new IndexSearcher(everyReader);
      IndexSearcher after = new IndexSearcher(someReader);
      for (Query q : TWIN_QUERIES) {
        Set<Integer> expected = docs(before, q);
        assertThat(docs(after, TwinQueries.widen(q))).as(q.toString()).isEqualTo(expected);
        // an index written before (a twin for every value) still gives the same documents
        assertThat(docs(before, TwinQueries.widen(q))).as("old index: " + q).isEqualTo(expected);
      }
      // the twin alone misses the lower-case values now: the widening is needed
      assertThat(docs(after, new TermQuery(new Term(TWIN, "admin")))).containsExactly(1, 2);
      assertThat(docs(after, TwinQueries.widen(new TermQuery(new Term(TWIN, "admin")))))
          .containsExactly(0, 1, 2);
    }
  }

  @Test
  void constantScoreQueriesKeepTheirScores() throws IOException {
    try (Directory every = index(true);
        Directory some = index(false);
        DirectoryReader everyReader = DirectoryReader.open(every);
        DirectoryReader someReader = DirectoryReader.open(some)) {
      Query q = new PrefixQuery(new Term(TWIN, "b"));
      ScoreDoc[] before = new IndexSearcher(everyReader).search(q, 100).scoreDocs;
      ScoreDoc[] after = new IndexSearcher(someReader).search(TwinQueries.widen(q), 100).scoreDocs;
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.length; i++) {
        assertThat(after[i].doc).isEqualTo(before[i].doc);
        assertThat(after[i].score).isEqualTo(before[i].score);
      }
    }
  }

  @Test
  void onlyQueriesOfATwinAreWidened() {
    Query exact = new TermQuery(new Term(Fields.USER_NAME, "admin"));
    assertThat(TwinQueries.widen(exact)).isSameAs(exact);
    Query single = new TermQuery(new Term(Fields.IOC_DOMAIN, "evil.example.com"));
    assertThat(TwinQueries.widen(single)).isSameAs(single);
    Query upper = new TermQuery(new Term(TWIN, "Admin"));
    assertThat(TwinQueries.widen(upper)).isSameAs(upper);
    assertThat(TwinQueries.isTwin(TWIN)).isTrue();
    assertThat(TwinQueries.isTwin(Fields.IOC_DOMAIN + Schema.LOWER)).isFalse();
    assertThat(TwinQueries.isTwin(Fields.USER_NAME)).isFalse();
  }

  @Test
  void parsedSearchesOfATwinAreWidened() {
    assertThat(CaseSearcher.parse("user.name.lc:admin").toString())
        .contains("user.name.lc:admin", "user.name:admin");
    assertThat(CaseSearcher.parse("user.name.lc:adm*").toString())
        .contains("user.name:lower-case(user.name.lc:adm*)");
  }

  /** An index of {@link #DOCS}, with a twin for every value or, as the writer does, only some. */
  private static Directory index(boolean twinForEveryValue) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      for (List<String> values : DOCS) {
        Document doc = new Document();
        for (String v : values) {
          if (twinForEveryValue) {
            doc.add(new StringField(Fields.USER_NAME, v, Field.Store.YES));
            doc.add(new StringField(TWIN, v.toLowerCase(Locale.ROOT), Field.Store.NO));
          } else {
            Schema.addKeyword(doc, Fields.USER_NAME, v);
          }
        }
        w.addDocument(doc);
      }
    }
    return dir;
  }

  private static Set<Integer> docs(IndexSearcher s, Query q) throws IOException {
    Set<Integer> out = new TreeSet<>();
    for (ScoreDoc sd : s.search(q, 1000).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }
}
