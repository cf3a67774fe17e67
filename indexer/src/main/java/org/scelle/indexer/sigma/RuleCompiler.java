package org.scelle.indexer.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.Schema;

/**
 * Compiles the {@code logsource} and {@code detection} of a Sigma rule (a parsed YAML tree) into
 * one Lucene query: for each log source variant (see {@link Logsources}), the variant's filter and
 * the condition over the search identifiers, the variants joined by OR. Stateless.
 */
public final class RuleCompiler {
  private RuleCompiler() {}

  /**
   * The query of {@code rule}.
   *
   * @throws UnsupportedRuleException naming the part of the rule that cannot be translated
   */
  public static Query compile(JsonNode rule) throws UnsupportedRuleException {
    JsonNode ls = rule.path("logsource");
    JsonNode det = rule.path("detection");
    if (!det.isObject()) {
      throw new UnsupportedRuleException("no 'detection' map");
    }
    if (rule.has("correlation")) {
      throw new UnsupportedRuleException("correlation rules are not supported");
    }
    List<Logsources.Variant> variants =
        Logsources.of(text(ls, "product"), text(ls, "category"), text(ls, "service"));
    JsonNode cond = det.path("condition");
    List<Condition> conditions = new ArrayList<>();
    if (cond.isTextual()) {
      conditions.add(Condition.parse(cond.textValue()));
    } else if (cond.isArray() && !cond.isEmpty()) {
      for (JsonNode c : cond) {
        conditions.add(Condition.parse(c.asText()));
      }
    } else {
      throw new UnsupportedRuleException("detection has no 'condition'");
    }
    Map<String, JsonNode> ids = new LinkedHashMap<>();
    det.fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("condition") && !e.getKey().equals("timeframe")) {
                ids.put(e.getKey(), e.getValue());
              }
            });
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    // Variants share most index fields: compile each field condition once (queries are immutable).
    Map<String, Query> fieldCache = new HashMap<>();
    for (Logsources.Variant v : variants) {
      Map<String, Query> compiled = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : ids.entrySet()) {
        compiled.put(e.getKey(), identifier(e.getKey(), e.getValue(), v, fieldCache));
      }
      BooleanQuery.Builder or = new BooleanQuery.Builder();
      for (Condition c : conditions) {
        or.add(condition(c, compiled), BooleanClause.Occur.SHOULD);
      }
      any.add(
          new BooleanQuery.Builder()
              .add(v.filter(), BooleanClause.Occur.FILTER)
              .add(or.build(), BooleanClause.Occur.FILTER)
              .build(),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /** The query of {@code c}, given the queries of the search identifiers. */
  static Query condition(Condition c, Map<String, Query> ids) throws UnsupportedRuleException {
    if (c instanceof Condition.Ref r) {
      Query q = ids.get(r.name());
      if (q == null) {
        throw new UnsupportedRuleException(
            "condition names '" + r.name() + "', which is not in detection " + ids.keySet());
      }
      return q;
    }
    if (c instanceof Condition.Not n) {
      return FieldQueries.not(condition(n.operand(), ids));
    }
    if (c instanceof Condition.And a) {
      return new BooleanQuery.Builder()
          .add(condition(a.left(), ids), BooleanClause.Occur.FILTER)
          .add(condition(a.right(), ids), BooleanClause.Occur.FILTER)
          .build();
    }
    if (c instanceof Condition.Or o) {
      return new BooleanQuery.Builder()
          .add(condition(o.left(), ids), BooleanClause.Occur.SHOULD)
          .add(condition(o.right(), ids), BooleanClause.Occur.SHOULD)
          .build();
    }
    Condition.Of of = (Condition.Of) c;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String name : ids.keySet().stream().sorted().toList()) {
      if (of.selects(name)) {
        b.add(ids.get(name), of.all() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    if (n == 0) {
      throw new UnsupportedRuleException(
          "condition '" + (of.all() ? "all" : "1") + " of " + of.pattern() + "' selects nothing");
    }
    return b.build();
  }

  /** A search identifier: a map (AND of fields), a list of maps (OR), or keywords. */
  private static Query identifier(
      String name, JsonNode node, Logsources.Variant v, Map<String, Query> cache)
      throws UnsupportedRuleException {
    if (node.isObject()) {
      return selection(name, node, v, cache);
    }
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    if (items.isEmpty()) {
      throw new UnsupportedRuleException("search identifier '" + name + "' is empty");
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    for (JsonNode item : items) {
      if (item.isObject()) {
        or.add(selection(name, item, v, cache), BooleanClause.Occur.SHOULD);
      } else if (item.isValueNode() && !item.isNull()) {
        or.add(keyword(name, item.asText()), BooleanClause.Occur.SHOULD);
      } else {
        throw new UnsupportedRuleException(
            "search identifier '" + name + "': unsupported list item " + item);
      }
    }
    return or.build();
  }

  private static Query selection(
      String name, JsonNode map, Logsources.Variant v, Map<String, Query> cache)
      throws UnsupportedRuleException {
    if (map.isEmpty()) {
      throw new UnsupportedRuleException("search identifier '" + name + "' is an empty map");
    }
    BooleanQuery.Builder and = new BooleanQuery.Builder();
    var it = map.fields();
    while (it.hasNext()) {
      var e = it.next();
      String[] parts = e.getKey().split("\\|", -1);
      List<String> mods = Arrays.asList(parts).subList(1, parts.length);
      if (parts[0].isEmpty()) {
        // '|modifier: values' without a field: keywords, each with the modifiers.
        throw new UnsupportedRuleException(
            "search identifier '" + name + "': keywords with modifiers are not supported");
      }
      String field = v.fields().apply(parts[0]);
      // fieldref maps its value through the variant too, so it is not shared.
      String key =
          mods.contains("fieldref") ? null : field + "\n" + mods + "\n" + e.getValue().toString();
      Query q = key == null ? null : cache.get(key);
      if (q == null) {
        try {
          q = FieldQueries.compile(field, mods, e.getValue(), v.fields());
        } catch (UnsupportedRuleException x) {
          throw new UnsupportedRuleException("search identifier '" + name + "': " + x.getMessage());
        }
        if (key != null) {
          cache.put(key, q);
        }
      }
      and.add(q, BooleanClause.Occur.FILTER);
    }
    return and.build();
  }

  /**
   * A keyword: a phrase of the analysed {@code message}; leading and trailing {@code *} are
   * dropped, inner wildcards split the keyword into phrases that must all occur. This approximates
   * Sigma's substring match at the level of words.
   */
  private static Query keyword(String name, String raw) throws UnsupportedRuleException {
    SigmaString s = SigmaString.parse(raw);
    QueryBuilder qb = new QueryBuilder(Schema.analyzer());
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int n = 0;
    for (Object part : s.parts()) {
      if (part instanceof String text) {
        Query phrase = qb.createPhraseQuery(Fields.MESSAGE, text);
        if (phrase != null) {
          all.add(phrase, BooleanClause.Occur.FILTER);
          n++;
        }
      }
    }
    if (n == 0) {
      throw new UnsupportedRuleException(
          "search identifier '" + name + "': keyword '" + raw + "' has no searchable word");
    }
    return all.build();
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }
}
