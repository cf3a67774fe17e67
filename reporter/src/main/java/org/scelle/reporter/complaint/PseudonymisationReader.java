package org.scelle.reporter.complaint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scelle.reporter.complaint.Complaint.PatternRule;
import org.scelle.reporter.complaint.Complaint.Pseudonymisation;

/** Reads {@code pseudonymisation:}, checking that each pattern compiles and never matches empty. */
final class PseudonymisationReader {

  private PseudonymisationReader() {}

  static Pseudonymisation read(YamlMapping root) {
    YamlMapping node = root.mapping("pseudonymisation", "patterns", "names", "names_replacement");
    if (node == null) {
      return Pseudonymisation.none();
    }
    Set<String> seen = new HashSet<>();
    List<PatternRule> patterns =
        node.mappings("patterns", "name", "description", "regex", "replacement").stream()
            .map(rule -> pattern(rule, seen))
            .toList();
    return new Pseudonymisation(
        patterns,
        node.texts("names"),
        ComplaintReader.orDefault(
            node.text("names_replacement"), Pseudonymisation.none().namesReplacement()));
  }

  private static PatternRule pattern(YamlMapping node, Set<String> seen) {
    String name = node.requiredText("name");
    if (name != null && !seen.add(name)) {
      node.problems()
          .add(node.field("name"), "another pattern is already named " + Problems.quote(name));
    }
    String regex = node.requiredText("regex");
    if (regex != null) {
      Pseudonymiser.problem(regex).ifPresent(p -> node.problems().add(node.field("regex"), p));
    }
    return new PatternRule(name, node.text("description"), regex, node.requiredText("replacement"));
  }
}
