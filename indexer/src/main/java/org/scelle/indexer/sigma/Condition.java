package org.scelle.indexer.sigma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parsed Sigma condition: the boolean expression over search identifiers. Precedence, highest
 * first: parentheses, {@code not}, {@code and}, {@code or}; {@code and} and {@code or} associate to
 * the left. Immutable.
 */
sealed interface Condition {
  /** A named search identifier. */
  record Ref(String name) implements Condition {}

  /** {@code not x}. */
  record Not(Condition operand) implements Condition {}

  /** {@code a and b}. */
  record And(Condition left, Condition right) implements Condition {}

  /** {@code a or b}. */
  record Or(Condition left, Condition right) implements Condition {}

  /**
   * {@code 1 of pattern} or {@code all of pattern}; the pattern is a name with {@code *} wildcards,
   * or {@code them} (every identifier not starting with an underscore).
   */
  record Of(boolean all, String pattern) implements Condition {
    /** Whether {@code name} is selected by the pattern. */
    boolean selects(String name) {
      if (pattern.equals("them")) {
        return !name.startsWith("_");
      }
      return name.matches(
          String.join(".*", Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).toList()));
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws UnsupportedRuleException for an aggregation ({@code |}), {@code near}, or a syntax
   *     error, naming the problem and its position
   */
  static Condition parse(String text) throws UnsupportedRuleException {
    if (text.contains("|")) {
      throw new UnsupportedRuleException(
          "condition '" + text + "': aggregations (| count() ...) are not supported");
    }
    return new Parser(text).parseAll();
  }

  /** A recursive-descent parser over whitespace and parenthesis separated tokens. */
  final class Parser {
    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    Parser(String text) {
      this.text = text;
      StringBuilder t = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (Character.isWhitespace(c) || c == '(' || c == ')') {
          if (!t.isEmpty()) {
            tokens.add(t.toString());
            t.setLength(0);
          }
          if (c != ' ' && !Character.isWhitespace(c)) {
            tokens.add(String.valueOf(c));
          }
        } else {
          t.append(c);
        }
      }
      if (!t.isEmpty()) {
        tokens.add(t.toString());
      }
    }

    Condition parseAll() throws UnsupportedRuleException {
      if (tokens.isEmpty()) {
        throw error("empty condition");
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).equalsIgnoreCase("near")) {
          pos = i;
          throw error("'near' is not supported");
        }
      }
      Condition c = or();
      if (pos < tokens.size()) {
        throw error("unexpected '" + tokens.get(pos) + "'");
      }
      return c;
    }

    private Condition or() throws UnsupportedRuleException {
      Condition left = and();
      while (is("or")) {
        pos++;
        left = new Or(left, and());
      }
      return left;
    }

    private Condition and() throws UnsupportedRuleException {
      Condition left = not();
      while (is("and")) {
        pos++;
        left = new And(left, not());
      }
      return left;
    }

    private Condition not() throws UnsupportedRuleException {
      if (is("not")) {
        pos++;
        return new Not(not());
      }
      return primary();
    }

    private Condition primary() throws UnsupportedRuleException {
      if (pos >= tokens.size()) {
        throw error("unexpected end");
      }
      String t = tokens.get(pos++);
      if (t.equals("(")) {
        Condition c = or();
        if (!is(")")) {
          throw error("missing ')'");
        }
        pos++;
        return c;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if ((lower.equals("1") || lower.equals("all")) && is("of")) {
        pos++;
        if (pos >= tokens.size() || tokens.get(pos).equals("(") || tokens.get(pos).equals(")")) {
          throw error("'of' needs a pattern or 'them'");
        }
        return new Of(lower.equals("all"), tokens.get(pos++));
      }
      if (List.of("and", "or", "not", "of", ")").contains(lower)) {
        throw error("unexpected '" + t + "'");
      }
      if (t.matches("\\d+") && is("of")) {
        throw error("'" + t + " of' is not supported (only '1 of' and 'all of')");
      }
      return new Ref(t);
    }

    private boolean is(String keyword) {
      return pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(keyword);
    }

    private UnsupportedRuleException error(String problem) {
      return new UnsupportedRuleException(
          "condition '" + text + "': " + problem + " at token " + (pos + 1));
    }
  }
}
