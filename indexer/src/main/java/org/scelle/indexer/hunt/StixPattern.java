package org.scelle.indexer.hunt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the subset of STIX 2.1 patterns a hunt can match: observation expressions {@code
 * [object:path = 'value']} over {@code ipv4-addr:value}, {@code ipv6-addr:value}, {@code
 * domain-name:value}, {@code url:value}, {@code email-addr:value}, {@code
 * file:hashes.'MD5'|'SHA-1'|'SHA-256'} and {@code file:name}, joined by {@code AND} and {@code OR}
 * inside and {@code OR}/{@code AND} between brackets. Anything else (other objects, operators such
 * as {@code MATCHES} or {@code LIKE}, qualifiers such as {@code WITHIN}) is refused with a message
 * naming the problem. Stateless.
 */
public final class StixPattern {
  private static final Map<String, IndicatorType> PATHS =
      Map.ofEntries(
          Map.entry("ipv4-addr:value", IndicatorType.IPV4),
          Map.entry("ipv6-addr:value", IndicatorType.IPV6),
          Map.entry("domain-name:value", IndicatorType.DOMAIN),
          Map.entry("url:value", IndicatorType.URL),
          Map.entry("email-addr:value", IndicatorType.EMAIL),
          Map.entry("file:name", IndicatorType.FILE_NAME),
          Map.entry("file:hashes.md5", IndicatorType.MD5),
          Map.entry("file:hashes.sha-1", IndicatorType.SHA1),
          Map.entry("file:hashes.sha1", IndicatorType.SHA1),
          Map.entry("file:hashes.sha-256", IndicatorType.SHA256),
          Map.entry("file:hashes.sha256", IndicatorType.SHA256));

  private final String text;
  private int pos;

  private StixPattern(String text) {
    this.text = text;
  }

  /**
   * Parses {@code pattern} into a disjunction of conjunctions.
   *
   * @throws IllegalArgumentException naming the unsupported part or the position of a syntax error
   */
  public static List<List<Comparison>> parse(String pattern) {
    StixPattern p = new StixPattern(pattern);
    List<List<Comparison>> out = p.expression();
    p.skipSpace();
    if (p.pos != p.text.length()) {
      throw p.error("unexpected '" + p.text.substring(p.pos) + "'");
    }
    return out;
  }

  // expression := observation (('OR'|'AND') observation)*   -- AND between observations is a
  // conjunction
  private List<List<Comparison>> expression() {
    List<List<Comparison>> result = observation();
    while (true) {
      skipSpace();
      if (keyword("OR")) {
        result = concat(result, observation());
      } else if (keyword("AND")) {
        result = cross(result, observation());
      } else {
        return result;
      }
    }
  }

  private List<List<Comparison>> observation() {
    skipSpace();
    expect('[');
    List<List<Comparison>> inner = new ArrayList<>();
    List<Comparison> conj = new ArrayList<>();
    conj.add(comparison());
    while (true) {
      skipSpace();
      if (keyword("AND")) {
        conj.add(comparison());
      } else if (keyword("OR")) {
        inner.add(conj);
        conj = new ArrayList<>();
        conj.add(comparison());
      } else {
        break;
      }
    }
    inner.add(conj);
    expect(']');
    skipSpace();
    for (String q : new String[] {"WITHIN", "REPEATS", "START", "FOLLOWEDBY"}) {
      if (text.startsWith(q, pos)) {
        throw error("qualifier or operator " + q + " is not supported");
      }
    }
    return inner;
  }

  private Comparison comparison() {
    skipSpace();
    int start = pos;
    while (pos < text.length() && " =!<>[]".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    String path = text.substring(start, pos).replace("'", "").toLowerCase(Locale.ROOT);
    IndicatorType type = PATHS.get(path);
    if (type == null) {
      throw error("object path '" + text.substring(start, pos) + "' is not supported");
    }
    skipSpace();
    if (!text.startsWith("=", pos) || text.startsWith("==", pos)) {
      int end = pos;
      while (end < text.length() && text.charAt(end) != '\'' && text.charAt(end) != ']') {
        end++;
      }
      throw error("operator '" + text.substring(pos, end).trim() + "' is not supported (only =)");
    }
    pos++;
    skipSpace();
    return new Comparison(type, string());
  }

  private String string() {
    expect('\'');
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        sb.append(text.charAt(pos++));
      } else if (c == '\'') {
        return sb.toString();
      } else {
        sb.append(c);
      }
    }
    throw error("unterminated string");
  }

  private boolean keyword(String k) {
    if (text.regionMatches(true, pos, k, 0, k.length())) {
      int after = pos + k.length();
      if (after == text.length() || !Character.isLetter(text.charAt(after))) {
        pos = after;
        return true;
      }
    }
    return false;
  }

  private void expect(char c) {
    skipSpace();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("pattern " + text + ": " + what + " at position " + pos);
  }

  private static List<List<Comparison>> concat(List<List<Comparison>> a, List<List<Comparison>> b) {
    List<List<Comparison>> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<List<Comparison>> cross(List<List<Comparison>> a, List<List<Comparison>> b) {
    List<List<Comparison>> out = new ArrayList<>();
    for (List<Comparison> x : a) {
      for (List<Comparison> y : b) {
        List<Comparison> c = new ArrayList<>(x);
        c.addAll(y);
        out.add(c);
      }
    }
    return out;
  }
}
