package org.scelle.indexer.sigma;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.net.InetAddresses;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.scelle.indexer.index.Schema;
import org.scelle.indexer.index.TwinQueries;

/**
 * Compiles one Sigma field condition ({@code Field|mod1|mod2: values}) into a Lucene query on an
 * index field. Values match case-insensitively on the lower-cased twin ({@code <field>.lc}, or the
 * field itself when it has one form only: {@link Schema#lowerField}; a twin query also asks the
 * field's lower-case values, which have no twin: {@link TwinQueries}) unless {@code cased}, {@code
 * re}, {@code base64} or {@code base64offset} is given (exact field). Several values are
 * alternatives, or all required with {@code all}. Stateless.
 */
final class FieldQueries {
  static final Set<String> MODIFIERS =
      Set.of(
          "contains",
          "startswith",
          "endswith",
          "all",
          "re",
          "i",
          "m",
          "s",
          "cidr",
          "base64",
          "base64offset",
          "wide",
          "utf16le",
          "utf16be",
          "utf16",
          "windash",
          "exists",
          "lt",
          "lte",
          "gt",
          "gte",
          "cased",
          "fieldref");

  private FieldQueries() {}

  /**
   * The query of {@code values} (a scalar or a list) on {@code field} with {@code modifiers}.
   *
   * @param otherField the index field of a {@code fieldref} value, given its Sigma name
   * @throws UnsupportedRuleException naming the field and the unsupported modifier or value
   */
  static Query compile(
      String field, List<String> modifiers, JsonNode values, UnaryOperator<String> otherField)
      throws UnsupportedRuleException {
    for (String m : modifiers) {
      if (!MODIFIERS.contains(m)) {
        throw new UnsupportedRuleException("field '" + field + "': unknown modifier '" + m + "'");
      }
    }
    List<JsonNode> list = new ArrayList<>();
    if (values.isArray()) {
      values.forEach(list::add);
    } else {
      list.add(values);
    }
    if (list.isEmpty()) {
      throw new UnsupportedRuleException("field '" + field + "': empty value list");
    }
    if (list.size() == 1) {
      return one(field, modifiers, list.get(0), otherField);
    }
    boolean all = modifiers.contains("all");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (JsonNode v : list) {
      b.add(
          one(field, modifiers, v, otherField),
          all ? BooleanClause.Occur.FILTER : BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static Query one(
      String field, List<String> mods, JsonNode v, UnaryOperator<String> otherField)
      throws UnsupportedRuleException {
    String where = "field '" + field + "'";
    if (v.isContainerNode()) {
      throw new UnsupportedRuleException(where + ": nested value " + v + " is not supported");
    }
    if (mods.contains("exists")) {
      if (!v.isBoolean()) {
        throw new UnsupportedRuleException(where + ": 'exists' needs true or false, got " + v);
      }
      return v.booleanValue() ? exists(field) : not(exists(field));
    }
    if (v.isNull() || (v.isTextual() && v.textValue().isEmpty())) {
      // Empty values are not indexed: null and '' both mean the field is absent.
      return not(exists(field));
    }
    String text = v.asText();
    if (mods.contains("fieldref")) {
      return new FieldRefQuery(field, otherField.apply(text));
    }
    for (String op : List.of("lt", "lte", "gt", "gte")) {
      if (mods.contains(op)) {
        BigDecimal bound =
            number(text)
                .orElseThrow(
                    () ->
                        new UnsupportedRuleException(
                            where + ": '" + op + "' needs a number, got " + v));
        return new PredicateTermQuery(field, t -> compare(t, op, bound), op + " " + bound);
      }
    }
    if (mods.contains("cidr")) {
      return cidr(field, text);
    }
    if (mods.contains("re")) {
      if (mods.contains("m") || mods.contains("s")) {
        // Terms hold whole values: multi-line and dot-all only matter for line breaks.
        text = text.replace("(?m)", "").replace("(?s)", "");
      }
      return Regexes.query(field, text, mods.contains("i"));
    }
    if (mods.isEmpty() && text.matches("(?i)0x[0-9a-f]+")) {
      // EVTX renders hexadecimal values zero-padded (0x00000010): also match by numeric value.
      BigDecimal value = number(text).orElseThrow();
      return new BooleanQuery.Builder()
          .add(
              TwinQueries.widen(match(Schema.lowerField(field), SigmaString.literal(text).lower())),
              BooleanClause.Occur.SHOULD)
          .add(
              new PredicateTermQuery(field, t -> compare(t, "eq", value), "== " + text),
              BooleanClause.Occur.SHOULD)
          .build();
    }
    String encoding = encoding(mods);
    List<String> raws = mods.contains("windash") ? Encodings.windash(text) : List.of(text);
    Set<SigmaString> patterns = new LinkedHashSet<>();
    boolean exact = mods.contains("cased");
    for (String raw : raws) {
      if (mods.contains("base64") || mods.contains("base64offset")) {
        exact = true;
        byte[] bytes = Encodings.encode(raw, encoding);
        List<String> enc =
            mods.contains("base64offset")
                ? Encodings.base64Offsets(bytes)
                : List.of(Encodings.base64(bytes));
        enc.forEach(e -> patterns.add(SigmaString.literal(e)));
      } else if (encoding != null) {
        throw new UnsupportedRuleException(
            where + ": '" + encoding + "' needs base64 or base64offset");
      } else {
        patterns.add(SigmaString.parse(raw));
      }
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    List<Query> qs = new ArrayList<>();
    for (SigmaString p : patterns) {
      SigmaString s = p;
      if (mods.contains("contains")) {
        s = s.anyBefore().anyAfter();
      } else if (mods.contains("startswith")) {
        s = s.anyAfter();
      } else if (mods.contains("endswith")) {
        s = s.anyBefore();
      }
      qs.add(
          exact ? match(field, s) : TwinQueries.widen(match(Schema.lowerField(field), s.lower())));
    }
    if (qs.size() == 1) {
      return qs.get(0);
    }
    qs.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /**
   * A term query for a literal; for a pattern that starts with {@code *} (contains, endswith),
   * which cannot seek in the terms dictionary anyway, a scan of the field's terms with a plain
   * string test (building a wildcard automaton costs milliseconds per value); a wildcard query
   * otherwise.
   */
  static Query match(String field, SigmaString s) {
    if (!s.hasWildcard()) {
      return new TermQuery(new Term(field, s.text()));
    }
    if (s.parts().get(0) == SigmaString.ANY) {
      return new PredicateTermQuery(field, s.matcher(), "glob " + s);
    }
    return new WildcardQuery(new Term(field, s.luceneWildcard()));
  }

  /** Documents with any term in {@code field}. */
  static Query exists(String field) {
    return new TermRangeQuery(field, null, null, true, true);
  }

  /** Every document except those of {@code q}. */
  static Query not(Query q) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(q, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static String encoding(List<String> mods) {
    for (String e : List.of("wide", "utf16le", "utf16be", "utf16")) {
      if (mods.contains(e)) {
        return e;
      }
    }
    return null;
  }

  /** A decimal or {@code 0x} hexadecimal number (EVTX renders some integers in hex). */
  static Optional<BigDecimal> number(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("0x") && t.length() > 2) {
        return Optional.of(new BigDecimal(new BigInteger(t.substring(2), 16)));
      }
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException notNumber) {
      return Optional.empty();
    }
  }

  private static boolean compare(String term, String op, BigDecimal bound) {
    return number(term)
        .map(n -> n.compareTo(bound))
        .map(
            c ->
                switch (op) {
                  case "lt" -> c < 0;
                  case "lte" -> c <= 0;
                  case "gt" -> c > 0;
                  case "eq" -> c == 0;
                  default -> c >= 0;
                })
        .orElse(false);
  }

  private static Query cidr(String field, String cidr) throws UnsupportedRuleException {
    int slash = cidr.indexOf('/');
    String addr = slash < 0 ? cidr : cidr.substring(0, slash);
    if (!InetAddresses.isInetAddress(addr)) {
      throw new UnsupportedRuleException("field '" + field + "': bad cidr '" + cidr + "'");
    }
    byte[] net = InetAddresses.forString(addr).getAddress();
    int bits;
    try {
      bits = slash < 0 ? net.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new UnsupportedRuleException("field '" + field + "': bad cidr '" + cidr + "'");
    }
    if (bits < 0 || bits > net.length * 8) {
      throw new UnsupportedRuleException("field '" + field + "': bad cidr prefix '" + cidr + "'");
    }
    Predicate<String> in =
        t -> {
          String a = t.startsWith("::ffff:") && t.indexOf('.') > 0 ? t.substring(7) : t;
          if (!InetAddresses.isInetAddress(a)) {
            return false;
          }
          InetAddress ia = InetAddresses.forString(a);
          byte[] b = ia.getAddress();
          if (b.length != net.length) {
            return false;
          }
          for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((b[i / 8] & mask) != (net[i / 8] & mask)) {
              return false;
            }
          }
          return true;
        };
    return new PredicateTermQuery(field, in, "cidr " + cidr);
  }
}
