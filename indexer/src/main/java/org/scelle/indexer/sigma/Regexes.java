package org.scelle.indexer.sigma;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Translates the PCRE-style regular expressions of Sigma's {@code re} modifier into Lucene {@link
 * RegExp}s, which always match the whole term: an expression without {@code ^} gets a leading
 * {@code .*}, one without {@code $} a trailing {@code .*}, and the anchors are removed. Lazy
 * quantifiers become greedy (the set of matching terms is the same) and {@code (?:} becomes {@code
 * (}. Look-arounds, back-references, word boundaries and inline flags other than a leading {@code
 * (?i)} are rejected.
 */
final class Regexes {
  private Regexes() {}

  /**
   * The query matching the terms of {@code field} that contain a match of {@code pcre}.
   *
   * @param ignoreCase the {@code i} modifier or a leading {@code (?i)}
   * @throws UnsupportedRuleException naming the expression and the construct
   */
  static Query query(String field, String pcre, boolean ignoreCase)
      throws UnsupportedRuleException {
    try {
      Pattern.compile(pcre);
    } catch (PatternSyntaxException e) {
      throw new UnsupportedRuleException(
          "regular expression '" + pcre + "' is invalid: " + e.getDescription());
    }
    String re = pcre;
    if (re.startsWith("(?i)")) {
      ignoreCase = true;
      re = re.substring(4);
    }
    StringBuilder sb = new StringBuilder();
    boolean anchoredStart = false;
    boolean anchoredEnd = false;
    boolean inClass = false;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\' && i + 1 < re.length()) {
        char n = re.charAt(++i);
        if ("bBAZzGk123456789".indexOf(n) >= 0) {
          throw unsupported(pcre, "\\" + n);
        }
        sb.append('\\').append(n);
      } else if (inClass) {
        inClass = c != ']';
        sb.append(c == '"' ? "\\\"" : String.valueOf(c));
      } else if (c == '[') {
        inClass = true;
        sb.append(c);
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          sb.append(re.charAt(++i));
        }
      } else if (c == '^') {
        anchoredStart = true;
      } else if (c == '$') {
        anchoredEnd = true;
      } else if (c == '(' && re.startsWith("(?", i)) {
        if (!re.startsWith("(?:", i)) {
          throw unsupported(pcre, re.substring(i, Math.min(re.length(), i + 3)));
        }
        sb.append('(');
        i += 2;
      } else if (c == '?'
          && i > 0
          && "*+?}".indexOf(re.charAt(i - 1)) >= 0
          && !escaped(re, i - 1)) {
        // lazy quantifier: same matching terms as the greedy one
      } else if ("\"<>@&~#".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    String body = (anchoredStart ? "" : ".*") + "(" + sb + ")" + (anchoredEnd ? "" : ".*");
    try {
      return new RegexpQuery(
          new Term(field, body),
          RegExp.NONE,
          ignoreCase ? RegExp.ASCII_CASE_INSENSITIVE : 0,
          Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedRuleException(
          "regular expression '" + pcre + "' has no Lucene equivalent: " + e.getMessage());
    }
  }

  private static boolean escaped(String re, int i) {
    int n = 0;
    for (int j = i - 1; j >= 0 && re.charAt(j) == '\\'; j--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static UnsupportedRuleException unsupported(String pcre, String construct) {
    return new UnsupportedRuleException(
        "regular expression '" + pcre + "': '" + construct + "' is not supported");
  }
}
