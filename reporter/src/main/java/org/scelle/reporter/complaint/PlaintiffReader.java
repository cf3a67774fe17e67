package org.scelle.reporter.complaint;

import static org.scelle.reporter.complaint.Problems.quote;

import java.util.Optional;
import java.util.function.Function;
import org.scelle.reporter.complaint.Complaint.Address;
import org.scelle.reporter.complaint.Complaint.Plaintiff;
import org.scelle.reporter.complaint.Complaint.Representative;

/** Reads {@code plaintiff:}: identity, identifiers, address and representative. */
final class PlaintiffReader {

  static final String[] KEYS = {
    "name", "legal_form", "siren", "siret", "finess", "address", "representative"
  };

  private PlaintiffReader() {}

  static Plaintiff read(YamlMapping node) {
    String siren = identifier(node, "siren", Identifiers::siren);
    String siret = identifier(node, "siret", Identifiers::siret);
    if (siren != null && siret != null && !siret.startsWith(siren)) {
      node.problems()
          .add(
              node.field("siret"),
              "must start with the SIREN " + quote(siren) + ", got " + quote(siret));
    }
    return new Plaintiff(
        node.requiredText("name"),
        node.text("legal_form"),
        siren,
        siret,
        identifier(node, "finess", Identifiers::finess),
        ComplaintReader.optional(
            node.requiredMapping("address", "street", "postal_code", "city", "country"),
            PlaintiffReader::address),
        ComplaintReader.optional(
            node.requiredMapping("representative", "name", "title", "capacity"),
            r ->
                new Representative(
                    r.requiredText("name"), r.requiredText("title"), r.text("capacity"))));
  }

  private static Address address(YamlMapping node) {
    String country = ComplaintReader.orDefault(node.text("country"), "FR");
    Optional<String> countryProblem = Identifiers.country(country);
    countryProblem.ifPresent(p -> node.problems().add(node.field("country"), p));
    String postalCode = node.requiredText("postal_code");
    if (postalCode != null) {
      Identifiers.postalCode(postalCode, countryProblem.isPresent() ? null : country)
          .ifPresent(p -> node.problems().add(node.field("postal_code"), p));
    }
    return new Address(node.requiredText("street"), postalCode, node.requiredText("city"), country);
  }

  /** The identifier without spaces, or null when absent or invalid (problem recorded). */
  private static String identifier(
      YamlMapping node, String key, Function<String, Optional<String>> check) {
    String value = node.text(key);
    if (value == null) {
      return null;
    }
    String compact = value.replace(" ", "").replace("\u00A0", "");
    Optional<String> problem = check.apply(compact);
    problem.ifPresent(p -> node.problems().add(node.field(key), p));
    return problem.isPresent() ? null : compact;
  }
}
