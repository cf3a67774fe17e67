package org.scelle.reporter.complaint;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Replaces patient identifiers in an excerpt before it is rendered in a dossier: the complaint's
 * patterns in order, then the built-in {@link #NIR} rule (always, so that a dossier never shows a
 * social security number by accident), then the listed names.
 *
 * <p>Inputs are <em>excerpts</em> (an event, a log line, a paragraph), not whole files: {@link
 * #apply} keeps the first {@value #MAX_EXCERPT_CHARS} characters and appends a truncation marker.
 * Each rule runs on a step budget proportional to the excerpt's length and a time limit; a rule
 * that exhausts it (catastrophic backtracking) fails the call with a {@link
 * PseudonymisationException} naming it. Replacements are literal text ({@code $1} is not
 * interpreted). Text is compared in Unicode NFC, and the result is in NFC.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pseudonymiser {

  /** The longest excerpt processed; the rest is replaced by a marker. */
  public static final int MAX_EXCERPT_CHARS = 64 * 1024;

  /**
   * The built-in NIR rule (numéro d'inscription au répertoire): 13 characters (sex, year, month,
   * department or 2A/2B, commune, order) and an optional 2-digit key, with or without spaces or
   * dots between the digits, not inside a longer run of letters or digits.
   */
  public static final Complaint.PatternRule NIR =
      new Complaint.PatternRule(
          "nir (built-in)",
          "numéro de sécurité sociale, avec ou sans espaces, avec ou sans clé",
          "(?<![0-9A-Za-z])[12378](?:[ .]?[0-9]){4}[ .]?(?:[0-9][ .]?[0-9]|2[ .]?[ABab])"
              + "(?:[ .]?[0-9]){6}(?:[ .]?[0-9][ .]?[0-9])?(?![0-9A-Za-z])",
          "[NIR]");

  static final long BASE_STEPS = 200_000;
  static final long STEPS_PER_CHAR = 1_000;
  static final Duration TIME_LIMIT = Duration.ofSeconds(5);

  private static final String[] EMPTY_PROBES = {"", " ", "x", "0", "x y", "\n"};

  private record Rule(String name, Pattern pattern, String replacement) {}

  private final List<Rule> rules;

  /**
   * @param rules the complaint's rules, as validated by {@link ComplaintReader}
   * @throws IllegalArgumentException if a pattern does not compile or matches empty text, or a name
   *     is blank
   */
  public Pseudonymiser(Complaint.Pseudonymisation rules) {
    List<Rule> compiled = new ArrayList<>();
    for (Complaint.PatternRule rule : rules.patterns()) {
      compiled.add(compile(rule));
    }
    compiled.add(compile(NIR));
    for (String name : rules.names()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("pseudonymisation: a name is empty");
      }
      compiled.add(new Rule("name " + name, namePattern(name), rules.namesReplacement()));
    }
    this.rules = List.copyOf(compiled);
  }

  /**
   * The excerpt with every identifier replaced.
   *
   * @param excerpt an excerpt; longer than {@value #MAX_EXCERPT_CHARS} characters, it is cut and
   *     ends with a marker saying how many characters were left out
   * @throws PseudonymisationException if a rule exhausts its budget on this excerpt
   */
  public String apply(String excerpt) {
    String text = Normalizer.normalize(bounded(excerpt), Normalizer.Form.NFC);
    for (Rule rule : rules) {
      text = replace(rule, text);
    }
    return text;
  }

  /**
   * Why {@code regex} cannot be a pseudonymisation pattern: it does not compile, or it can match
   * empty text (a rule must replace something).
   */
  static Optional<String> problem(String regex) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return Optional.of(
          "is not a valid regular expression: "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
    }
    for (String probe : EMPTY_PROBES) {
      Matcher matcher = pattern.matcher(new BudgetedText(probe, BASE_STEPS, TIME_LIMIT.toNanos()));
      try {
        while (matcher.find()) {
          if (matcher.end() == matcher.start()) {
            return Optional.of("matches empty text: it must match at least one character");
          }
        }
      } catch (BudgetedText.Exhausted e) {
        return Optional.of("backtracks without end even on a few characters: simplify it");
      }
    }
    return Optional.empty();
  }

  private static Rule compile(Complaint.PatternRule rule) {
    Optional<String> problem = problem(rule.regex());
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          "pseudonymisation rule " + rule.name() + ": " + problem.get());
    }
    return new Rule(rule.name(), Pattern.compile(rule.regex()), rule.replacement());
  }

  private static Pattern namePattern(String name) {
    String[] words = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).split("\\s+");
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(Pattern.quote(word));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}_])" + String.join("[\\s\\u00A0]+", quoted) + "(?![\\p{L}\\p{N}_])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String bounded(String excerpt) {
    Objects.requireNonNull(excerpt, "excerpt");
    if (excerpt.length() <= MAX_EXCERPT_CHARS) {
      return excerpt;
    }
    int cut = MAX_EXCERPT_CHARS;
    if (Character.isHighSurrogate(excerpt.charAt(cut - 1))) {
      cut--;
    }
    return excerpt.substring(0, cut)
        + " […] [excerpt cut: "
        + (excerpt.length() - cut)
        + " characters left out]";
  }

  private static String replace(Rule rule, String text) {
    long budget = BASE_STEPS + STEPS_PER_CHAR * text.length();
    Matcher matcher = rule.pattern().matcher(new BudgetedText(text, budget, TIME_LIMIT.toNanos()));
    try {
      return matcher.replaceAll(Matcher.quoteReplacement(rule.replacement()));
    } catch (BudgetedText.Exhausted e) {
      throw new PseudonymisationException(
          rule.name(),
          "pseudonymisation rule "
              + rule.name()
              + " "
              + e.getMessage()
              + " on an excerpt of "
              + text.length()
              + " characters (catastrophic backtracking?): simplify its regular expression");
    }
  }
}
