package org.scelle.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.Schema;
import org.scelle.indexer.sigma.FieldRefQuery;

/**
 * {@link DocumentSearch} over a SolrCloud collection: each query is translated once ({@link
 * SolrQueries}) and paged with Solr's cursor ({@code cursorMark}), sorted as the local index sorts
 * with the document id last, so deep paging is bounded and stable and any live replica may answer
 * any page. Requests that fail for a passing reason are tried again ({@link Retry}). Not
 * thread-safe; closing closes the client when this search owns it.
 */
final class SolrSearch implements DocumentSearch {
  /** Terms read per request when a query is expanded against the collection's terms. */
  static final int TERMS_PAGE = 10_000;

  private final CloudSolrClient client;
  private final boolean ownsClient;
  private final String collection;
  private final Retry retry;
  private Query lastQuery;
  private SolrQueries.Translation lastTranslation;

  SolrSearch(CloudSolrClient client, boolean ownsClient, String collection, Retry retry) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.collection = collection;
    this.retry = retry;
  }

  static String sort(Order order) {
    // item id and position, as the local index sorts; the unique key, which never decides (no two
    // documents share an item and a position), because Solr's cursors require it last
    String id = Fields.ITEM_ID + " asc," + Fields.SEQ + " asc," + Fields.DOC_ID + " asc";
    return switch (order) {
      case ID -> id;
      case SCORE_THEN_ID -> "score desc," + id;
      case TIME_THEN_ID -> ConfigSet.TIME_MS + " asc," + id;
    };
  }

  private SolrQueries.Translation translate(Query query) throws IOException {
    if (!query.equals(lastQuery)) {
      lastTranslation =
          SolrQueries.translate(
              query,
              new SolrQueries.TermSource() {
                @Override
                public List<String> terms(String field) throws IOException {
                  return SolrSearch.this.terms(field);
                }

                @Override
                public List<String> fieldRefMatches(FieldRefQuery q) throws IOException {
                  return SolrSearch.this.fieldRefMatches(q);
                }
              });
      lastQuery = query;
    }
    return lastTranslation;
  }

  @Override
  public Page page(Query query, Order order, int size, Object after, boolean highlight)
      throws IOException {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be >= 1; got: " + size);
    }
    SolrQueries.Translation t = translate(query);
    ModifiableSolrParams p = new ModifiableSolrParams(t.params());
    String cursor = after == null ? CursorMarkParams.CURSOR_MARK_START : (String) after;
    p.set("sort", sort(order));
    p.set("rows", size);
    p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    p.set("fl", order == Order.SCORE_THEN_ID ? "*,score" : "*");
    if (highlight) {
      p.set("hl", true);
      p.set("hl.method", "unified");
      p.set("hl.fl", Fields.MESSAGE);
      p.set("hl.snippets", 1);
      p.set("hl.tag.pre", "[[");
      p.set("hl.tag.post", "]]");
      p.set("hl.tag.ellipsis", " ... ");
      p.set("hl.defaultSummary", false);
    }
    QueryResponse r = query(p, "searching " + query);
    List<Doc> docs = new ArrayList<>();
    for (SolrDocument sd : r.getResults()) {
      Document d = SolrDocuments.fromSolr(sd);
      Object score = sd.getFieldValue("score");
      docs.add(
          new Doc(
              d,
              score instanceof Number n ? n.floatValue() : 0f,
              highlight ? highlight(r, (String) sd.getFieldValue(Fields.DOC_ID)) : null));
    }
    String next = r.getNextCursorMark();
    boolean more = r.getResults().size() == size && next != null && !next.equals(cursor);
    return new Page(docs, more ? next : null);
  }

  private static String highlight(QueryResponse r, String id) {
    Map<String, Map<String, List<String>>> hl = r.getHighlighting();
    if (hl == null || hl.get(id) == null) {
      return null;
    }
    List<String> snippets = hl.get(id).get(Fields.MESSAGE);
    return snippets == null || snippets.isEmpty() ? null : snippets.get(0);
  }

  @Override
  public long count(Query query) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams(translate(query).params());
    p.set("rows", 0);
    return query(p, "counting " + query).getResults().getNumFound();
  }

  /**
   * The ids of the documents holding both fields of {@code q} whose stored values match as {@link
   * FieldRefQuery#matches} says, read page by page.
   */
  List<String> fieldRefMatches(FieldRefQuery q) throws IOException {
    Query both =
        new BooleanQuery.Builder()
            .add(new FieldExistsQuery(q.field()), BooleanClause.Occur.FILTER)
            .add(new FieldExistsQuery(q.other()), BooleanClause.Occur.FILTER)
            .build();
    List<String> ids = new ArrayList<>();
    Object after = null;
    do {
      Page p = page(both, Order.ID, PAGE, after, false);
      for (Doc d : p.docs()) {
        if (FieldRefQuery.matches(d.stored().get(q.field()), d.stored().get(q.other()))) {
          ids.add(Schema.docId(d.stored()));
        }
      }
      after = p.after();
    } while (after != null);
    return ids;
  }

  private QueryResponse query(ModifiableSolrParams p, String what) throws IOException {
    return retry.run(
        what, () -> new QueryRequest(p, SolrRequest.METHOD.POST).process(client, collection));
  }

  /** Every distinct term of {@code field} in the collection, in index order. */
  List<String> terms(String field) throws IOException {
    List<String> out = new ArrayList<>();
    String lower = null;
    while (true) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("terms", true);
      p.set("terms.fl", field);
      p.set("terms.sort", "index");
      p.set("terms.limit", TERMS_PAGE);
      p.set("terms.mincount", 1);
      if (lower != null) {
        p.set("terms.lower", lower);
        p.set("terms.lower.incl", false);
      }
      QueryRequest req = new QueryRequest(p, SolrRequest.METHOD.POST);
      req.setPath("/terms");
      QueryResponse r =
          retry.run("reading the terms of " + field, () -> req.process(client, collection));
      TermsResponse tr = r.getTermsResponse();
      List<TermsResponse.Term> page = tr == null ? null : tr.getTerms(field);
      if (page == null || page.isEmpty()) {
        return out;
      }
      for (TermsResponse.Term t : page) {
        out.add(t.getTerm());
      }
      if (page.size() < TERMS_PAGE) {
        return out;
      }
      lower = page.get(page.size() - 1).getTerm();
    }
  }

  @Override
  public void close() throws IOException {
    if (ownsClient) {
      client.close();
    }
  }
}
