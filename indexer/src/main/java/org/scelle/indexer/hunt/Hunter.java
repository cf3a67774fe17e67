package org.scelle.indexer.hunt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.EventDocuments;
import org.scelle.indexer.index.LuceneSearch;
import org.scelle.indexer.index.Schema;
import org.scelle.indexer.index.TwinQueries;

/**
 * Matches indicators against the case index (the indicator fields extracted from every event, and
 * the ECS network fields) and against the acquired items' hashes and names. One finding per
 * indicator and matching event or item, in feed order, then indicator order, then document id: the
 * same inputs give the same findings in the same order. At most {@link #MAX_EVIDENCE} events per
 * indicator are reported; a cut is listed in {@link HuntResult#truncated()}.
 */
public final class Hunter {
  public static final int MAX_EVIDENCE = 10_000;

  private final BiFunction<IndicatorType, String, String> normalize;

  /**
   * @param normalize the canonical form of an indicator value, as the index stores it
   */
  public Hunter(BiFunction<IndicatorType, String, String> normalize) {
    this.normalize = normalize;
  }

  /** The index fields an indicator type is matched against. */
  static List<String> fields(IndicatorType t) {
    String ioc = Fields.IOC_PREFIX;
    return switch (t) {
      case IPV4 -> List.of(ioc + "ipv4", Fields.SOURCE_IP, Fields.DESTINATION_IP);
      case IPV6 -> List.of(ioc + "ipv6", Fields.SOURCE_IP, Fields.DESTINATION_IP);
      case DOMAIN -> List.of(ioc + "domain", Fields.DESTINATION_DOMAIN);
      case URL -> List.of(ioc + "url", Fields.URL_ORIGINAL);
      case EMAIL -> List.of(ioc + "email");
      case MD5 -> List.of(ioc + "md5");
      case SHA1 -> List.of(ioc + "sha1");
      case SHA256 -> List.of(ioc + "sha256");
      case BTC -> List.of(ioc + "btc");
      case CVE -> List.of(ioc + "cve");
      case FILE_NAME -> List.of("file.name");
      case KEYWORD -> List.of(Fields.USER_NAME);
    };
  }

  /** Hunts {@code feeds} over the index read by {@code searcher} and the {@code items}. */
  public HuntResult hunt(IndexSearcher searcher, List<ItemRecord> items, List<Feed> feeds)
      throws IOException {
    return hunt(new LuceneSearch(searcher), items, feeds);
  }

  /**
   * The feeds with every comparison normalised, ready to be hunted; made without the index, so it
   * can be made while the index is being opened.
   */
  public Prepared prepare(List<Feed> feeds) {
    Map<Indicator, List<List<Comparison>>> normalised = new IdentityHashMap<>();
    for (Feed feed : feeds) {
      for (Indicator ind : feed.indicators()) {
        normalised.put(
            ind,
            ind.anyOf().stream()
                .map(
                    conj ->
                        conj.stream()
                            .map(
                                c -> new Comparison(c.type(), normalize.apply(c.type(), c.value())))
                            .toList())
                .toList());
      }
    }
    return new Prepared(List.copyOf(feeds), Collections.unmodifiableMap(normalised));
  }

  /**
   * Feeds ready to be hunted ({@link #prepare}).
   *
   * @param normalised each indicator's conjunctions with normalised values, by indicator identity
   *     (unmodifiable)
   */
  public record Prepared(List<Feed> feeds, Map<Indicator, List<List<Comparison>>> normalised) {}

  /** Hunts {@code feeds} over the index read by {@code searcher} and the {@code items}. */
  public HuntResult hunt(DocumentSearch searcher, List<ItemRecord> items, List<Feed> feeds)
      throws IOException {
    return hunt(searcher, items, prepare(feeds));
  }

  /** Hunts the {@code prepared} feeds over the index read by {@code searcher} and the items. */
  public HuntResult hunt(DocumentSearch searcher, List<ItemRecord> items, Prepared prepared)
      throws IOException {
    List<Finding> findings = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<String> truncated = new ArrayList<>();
    List<Feed> feeds = prepared.feeds();
    Map<Indicator, List<List<Comparison>>> normalised = prepared.normalised();
    PresentTerms present = PresentTerms.lookUp(searcher, normalised.values());
    ItemIndex itemIndex = new ItemIndex(items);
    long total = 0;
    long matched = 0;
    for (Feed feed : feeds) {
      feed.rejected().forEach(r -> rejected.add(feed.file() + ": " + r));
      for (Indicator ind : feed.indicators()) {
        total++;
        Map<String, Finding> byEvidence = new LinkedHashMap<>();
        for (List<Comparison> norm : normalised.get(ind)) {
          matchItems(ind, norm, itemIndex, byEvidence);
          if (present.mayMatch(norm) && matchEvents(searcher, ind, norm, byEvidence)) {
            truncated.add(ind.id());
          }
        }
        if (!byEvidence.isEmpty()) {
          matched++;
        }
        findings.addAll(byEvidence.values());
      }
    }
    return new HuntResult(total, rejected, findings, matched, truncated);
  }

  /**
   * Whether a comparison of type {@code t} is matched by exact terms of {@link #fields} alone (the
   * file name's path pattern and the keyword's phrase are not).
   */
  static boolean termsOnly(IndicatorType t) {
    return t != IndicatorType.KEYWORD && t != IndicatorType.FILE_NAME;
  }

  private boolean matchEvents(
      DocumentSearch searcher, Indicator ind, List<Comparison> conj, Map<String, Finding> out)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Comparison c : conj) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String f : fields(c.type())) {
        any.add(new TermQuery(new Term(f, c.value())), BooleanClause.Occur.SHOULD);
      }
      if (c.type() == IndicatorType.KEYWORD) {
        Query phrase =
            new QueryBuilder(Schema.analyzer()).createPhraseQuery(Fields.MESSAGE, c.value());
        if (phrase != null) {
          any.add(phrase, BooleanClause.Occur.SHOULD);
        }
      }
      if (c.type() == IndicatorType.FILE_NAME) {
        // A file name matches the last component of any Windows path extracted from the text (the
        // pattern is "*" then an escaped backslash then the escaped name).
        String name =
            c.value()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "")
                .replace("*", "\\*")
                .replace("?", "\\?");
        any.add(
            TwinQueries.widen(
                new WildcardQuery(
                    new Term(Fields.IOC_PREFIX + "path" + Schema.LOWER, "*\\\\" + name))),
            BooleanClause.Occur.SHOULD);
      }
      b.add(any.build(), BooleanClause.Occur.MUST);
    }
    b.add(
        new TermQuery(new Term(Fields.KIND, EventDocuments.KIND_EVENT)),
        BooleanClause.Occur.FILTER);
    Query q = b.build();
    // The terms of a terms-only conjunction were found in the index (PresentTerms): it most likely
    // matches. Otherwise count first, so that the sorted search runs only for those that match.
    if (!conj.stream().allMatch(c -> termsOnly(c.type())) && searcher.count(q) == 0) {
      return false;
    }
    List<DocumentSearch.Doc> top = searcher.top(q, DocumentSearch.Order.ID, MAX_EVIDENCE + 1);
    int n = Math.min(top.size(), MAX_EVIDENCE);
    for (int i = 0; i < n; i++) {
      Document d = top.get(i).stored();
      String docId = Schema.docId(d);
      out.computeIfAbsent(
          docId,
          k ->
              finding(
                  ind,
                  conj,
                  d.get(Fields.TIMESTAMP),
                  d.get(Fields.ITEM_HOST),
                  new Finding.Evidence(
                      d.get(Fields.ITEM_ID), d.get(Fields.ITEM_SHA256), d.get(Fields.LOCATOR)),
                  q.toString()));
    }
    return top.size() > MAX_EVIDENCE;
  }

  private void matchItems(
      Indicator ind, List<Comparison> conj, ItemIndex items, Map<String, Finding> out) {
    for (ItemRecord r : items.matching(conj)) {
      out.computeIfAbsent(
          "item:" + r.id(),
          k ->
              finding(
                  ind,
                  conj,
                  r.times() == null ? null : r.times().modified(),
                  r.host(),
                  new Finding.Evidence(r.id(), r.sha256(), "file"),
                  "item " + describe(conj)));
    }
  }

  private static Finding finding(
      Indicator ind,
      List<Comparison> conj,
      String time,
      String host,
      Finding.Evidence ev,
      String query) {
    String value = String.join(" ", conj.stream().map(Comparison::value).toList());
    String id =
        "ioc-"
            + Digests.hex(
                    MultiDigest.sha256()
                        .digest(
                            (ind.feedSha256()
                                    + "\n"
                                    + ind.id()
                                    + "\n"
                                    + ev.item()
                                    + "\n"
                                    + ev.locator())
                                .getBytes(StandardCharsets.UTF_8)))
                .substring(0, 24);
    Finding.Rule rule =
        new Finding.Rule(ind.id(), ind.name(), null, ind.feed(), ind.feedSha256(), null);
    return new Finding(id, "ioc", rule, value, time, host, List.of(ev), query);
  }

  private static String describe(List<Comparison> conj) {
    return String.join(
        " AND ",
        conj.stream()
            .map(c -> c.type().label() + "=" + c.value().toLowerCase(Locale.ROOT))
            .toList());
  }
}
