package org.scelle.reporter.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scelle.reporter.complaint.Complaint.Addressee;
import org.scelle.reporter.complaint.Complaint.Counsel;
import org.scelle.reporter.complaint.Complaint.Impact;
import org.scelle.reporter.complaint.Complaint.Notification;
import org.scelle.reporter.complaint.Complaint.OffenceRef;
import org.scelle.reporter.complaint.Complaint.Plaintiff;
import org.scelle.reporter.complaint.Complaint.Pseudonymisation;
import org.scelle.reporter.complaint.Complaint.Witness;

/**
 * Reads and validates {@code complaint.yaml} (format: {@code docs/complaint.md}).
 *
 * <p>Reading never stops at the first problem: every missing or invalid value, unknown key and
 * inconsistency is collected and reported together in one {@link ComplaintException}, one line each
 * naming the file and the field. The file is read as a plain YAML tree (no object is built from
 * YAML tags), at most 1 MiB, without anchors, aliases or tags. Thread-safe.
 */
public final class ComplaintReader {

  private static final String PARIS_COURT = "Tribunal judiciaire de Paris";

  private ComplaintReader() {}

  /**
   * The complaint in {@code file}.
   *
   * @throws ComplaintException listing every problem found in the file
   * @throws IOException if the file cannot be read
   */
  public static Complaint read(Path file) throws IOException, ComplaintException {
    Problems problems = new Problems();
    Optional<JsonNode> tree = SafeYaml.read(file, problems);
    Complaint complaint = tree.map(root -> complaint(root, problems)).orElse(null);
    if (!problems.isEmpty()) {
      throw new ComplaintException(file, problems.list());
    }
    return complaint;
  }

  /**
   * The addressee used when the file names none: the Paris prosecutor, cybercrime section J3,
   * national competence under article 706-72-1 of the Code de procédure pénale.
   *
   * @param language {@code fr} or {@code en}
   */
  public static Addressee defaultAddressee(String language) {
    if ("en".equals(language)) {
      return new Addressee(
          "Public Prosecutor",
          PARIS_COURT,
          "J3 – cybercrime section",
          "article 706-72-1 of the Code de procédure pénale");
    }
    return new Addressee(
        "Monsieur le Procureur de la République",
        PARIS_COURT,
        "J3 – section cybercriminalité",
        "article 706-72-1 du Code de procédure pénale");
  }

  private static Complaint complaint(JsonNode root, Problems problems) {
    YamlMapping yaml =
        YamlMapping.of(
            root,
            "",
            problems,
            "language",
            "kind",
            "place",
            "date",
            "plaintiff",
            "counsel",
            "addressee",
            "discovery_time",
            "first_known_activity",
            "narrative",
            "impact",
            "offences",
            "witnesses",
            "requests",
            "notifications",
            "pseudonymisation");
    if (yaml == null) {
      return null;
    }
    String language = language(yaml);
    String kind = orDefault(yaml.text("kind"), "plainte contre X");
    String place = yaml.requiredText("place");
    LocalDate date = yaml.date("date", true);
    Plaintiff plaintiff =
        optional(yaml.requiredMapping("plaintiff", PlaintiffReader.KEYS), PlaintiffReader::read);
    Counsel counsel =
        optional(yaml.mapping("counsel", "name", "bar", "email"), ComplaintReader::counsel);
    Addressee addressee = addressee(yaml, language);
    OffsetDateTime discovery = yaml.time("discovery_time", true);
    OffsetDateTime firstKnown = yaml.time("first_known_activity", false);
    List<String> narrative = yaml.texts("narrative");
    if (!yaml.has("narrative")) {
      problems.add("narrative", "missing: at least one paragraph stating the facts");
    }
    Impact impact = optional(yaml.mapping("impact", ImpactReader.KEYS), ImpactReader::read);
    List<OffenceRef> offences =
        yaml.mappings("offences", "code", "article", "label").stream()
            .map(ComplaintReader::offence)
            .toList();
    if (!yaml.has("offences")) {
      problems.add("offences", "missing: at least one offence of the legal catalogue");
    }
    List<Witness> witnesses =
        yaml.mappings("witnesses", "name", "role", "organisation", "email").stream()
            .map(ComplaintReader::witness)
            .toList();
    List<String> requests = yaml.texts("requests");
    List<Notification> notifications =
        yaml.mappings("notifications", "to", "time").stream()
            .map(n -> new Notification(n.requiredText("to"), n.time("time", true)))
            .toList();
    Pseudonymisation pseudonymisation = PseudonymisationReader.read(yaml);

    ComplaintChecks.dates(date, discovery, firstKnown, problems);
    offences = ComplaintChecks.offences(offences, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Complaint(
        language,
        kind,
        place,
        date,
        plaintiff,
        counsel,
        addressee,
        discovery,
        firstKnown,
        narrative,
        impact,
        offences,
        witnesses,
        requests,
        notifications,
        pseudonymisation);
  }

  private static String language(YamlMapping yaml) {
    String language = yaml.text("language");
    if (language == null) {
      return "fr";
    }
    if (!language.equals("fr") && !language.equals("en")) {
      yaml.problems().add("language", "must be fr or en, got " + Problems.quote(language));
      return "fr";
    }
    return language;
  }

  private static Addressee addressee(YamlMapping yaml, String language) {
    Addressee fallback = defaultAddressee(language);
    YamlMapping node = yaml.mapping("addressee", "title", "court", "section", "legal_basis");
    if (node == null) {
      return fallback;
    }
    return new Addressee(
        orDefault(node.text("title"), fallback.title()),
        orDefault(node.text("court"), fallback.court()),
        orDefault(node.text("section"), fallback.section()),
        orDefault(node.text("legal_basis"), fallback.legalBasis()));
  }

  private static Counsel counsel(YamlMapping node) {
    return new Counsel(
        node.requiredText("name"), node.text("bar"), ComplaintChecks.email(node, "email"));
  }

  private static Witness witness(YamlMapping node) {
    return new Witness(
        node.requiredText("name"),
        node.text("role"),
        node.text("organisation"),
        ComplaintChecks.email(node, "email"));
  }

  private static OffenceRef offence(YamlMapping node) {
    return new OffenceRef(node.text("code"), node.requiredText("article"), node.text("label"));
  }

  static <T> T optional(YamlMapping node, Function<YamlMapping, T> reader) {
    return node == null ? null : reader.apply(node);
  }

  static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
