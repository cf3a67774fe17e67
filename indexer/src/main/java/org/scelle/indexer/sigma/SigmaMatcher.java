package org.scelle.indexer.sigma;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.finding.Finding;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.EventDocuments;
import org.scelle.indexer.index.LuceneSearch;

/**
 * Runs compiled Sigma rules over a case index and turns hits into {@code sigma} findings: one per
 * rule and matching event, in rule order then document id, so the same index and rules give the
 * same findings. Reads only; thread-safe when the searcher is.
 */
public final class SigmaMatcher {
  /** At most this many findings per rule; a cut is listed in {@link SigmaResult#truncated()}. */
  public static final int MAX_HITS = 10_000;

  private SigmaMatcher() {}

  /** The event documents matching {@code rule}: the rule's query restricted to events. */
  public static Query eventQuery(SigmaRule rule) {
    return new BooleanQuery.Builder()
        .add(rule.query(), BooleanClause.Occur.FILTER)
        .add(
            new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT)),
            BooleanClause.Occur.FILTER)
        .build();
  }

  /** Runs every rule of {@code rules} over {@code searcher}. */
  public static SigmaResult run(IndexSearcher searcher, RuleSet rules) throws IOException {
    return run(new LuceneSearch(searcher), rules);
  }

  /** Runs every rule of {@code rules} over {@code searcher}, whichever backend it reads. */
  public static SigmaResult run(DocumentSearch searcher, RuleSet rules) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> hits = new LinkedHashMap<>();
    List<String> truncated = new ArrayList<>();
    for (SigmaRule rule : rules.rules()) {
      List<DocumentSearch.Doc> top =
          searcher.top(eventQuery(rule), DocumentSearch.Order.ID, MAX_HITS + 1);
      int n = Math.min(top.size(), MAX_HITS);
      if (top.size() > MAX_HITS) {
        truncated.add(rule.source());
      }
      for (int i = 0; i < n; i++) {
        findings.add(finding(rule, top.get(i).stored()));
      }
      if (n > 0) {
        hits.put(rule.source() + " " + rule.id(), n);
      }
    }
    return new SigmaResult(
        rules.sha256(), rules.rules().size(), rules.rejected(), findings, hits, truncated);
  }

  private static Finding finding(SigmaRule rule, Document d) {
    Finding.Evidence ev =
        new Finding.Evidence(
            d.get(Fields.ITEM_ID), d.get(Fields.ITEM_SHA256), d.get(Fields.LOCATOR));
    String key = rule.sha256() + "\n" + rule.id() + "\n" + ev.item() + "\n" + ev.locator();
    String id =
        "sigma-"
            + Digests.hex(MultiDigest.sha256().digest(key.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 24);
    Finding.Rule r =
        new Finding.Rule(
            rule.id(), rule.title(), rule.level(), rule.source(), rule.sha256(), rule.tags());
    return new Finding(
        id,
        "sigma",
        r,
        rule.title(),
        d.get(Fields.TIMESTAMP),
        d.get(Fields.ITEM_HOST),
        List.of(ev),
        rule.query().toString());
  }
}
