package org.scelle.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.index.CaseSearcher;

class SolrQueriesTest {
  private static final SolrQueries.TermSource NO_TERMS = f -> List.of();

  @Test
  void termsAndBooleansBecomeParametersNotEscapedStrings() throws Exception {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("user.name", "ad min:\"x\"")), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term("event.code", "4624")), BooleanClause.Occur.FILTER)
            .build();
    var t = SolrQueries.translate(q, NO_TERMS);
    assertThat(t.params().get("q")).isEqualTo("{!bool must=$sq1 filter=$sq3}");
    assertThat(t.params().get("sq1")).isEqualTo("{!term f='user.name' v=$sq0}");
    assertThat(t.params().get("sq0")).isEqualTo("ad min:\"x\"");
  }

  @Test
  void aLocatorIsATermOfSolrsKeywordField() throws Exception {
    var t =
        SolrQueries.translate(CaseSearcher.parse("scelle.locator:\"line:1@offset:0\""), NO_TERMS);
    assertThat(t.params().get("q")).isEqualTo("{!term f='scelle.locator' v=$sq0}");
    assertThat(t.params().get("sq0")).isEqualTo("line:1@offset:0");
  }

  @Test
  void onlyProhibitedClausesMatchNothingAsInLucene() throws Exception {
    var t = SolrQueries.translate(CaseSearcher.parse("-vssadmin"), NO_TERMS);
    assertThat(t.params().get("q")).startsWith("{!bool filter=").contains("must_not=");
  }

  @Test
  void wildcardsKeepTheirEscapesAndEscapeTheSyntax() {
    assertThat(SolrQueries.wildcard("*\\\\cmd.exe")).isEqualTo("*\\\\cmd.exe");
    assertThat(SolrQueries.wildcard("a b:c*")).isEqualTo("a\\ b\\:c*");
    assertThat(SolrQueries.wildcard("\\*x?")).isEqualTo("\\*x?");
  }

  @Test
  void aRegexpIsExpandedByItsOwnAutomatonOverTheCollectionsTerms() throws Exception {
    assertThat(
            SolrQueries.accepted(
                new RegexpQuery(new Term("f", "ab.*")), "f", List.of("aa", "ab", "abc", "b")))
        .containsExactly("ab", "abc");
    var t =
        SolrQueries.translate(
            new RegexpQuery(new Term("f", "ab.*")), f -> List.of("aa", "ab", "abc", "b"));
    assertThat(t.params().get("q")).startsWith("{!terms f='f' separator=");
    assertThat(t.params().get("sq0")).isEqualTo("ab\u001fabc");
  }

  @Test
  void anUntranslatableQueryIsNamed() {
    assertThatThrownBy(
            () ->
                SolrQueries.translate(
                    new MultiPhraseQuery.Builder()
                        .add(new Term[] {new Term("message", "a"), new Term("message", "b")})
                        .build(),
                    NO_TERMS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MultiPhraseQuery");
  }
}
