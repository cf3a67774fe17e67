package org.scelle.reporter.complaint;

import static org.scelle.reporter.complaint.Problems.quote;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.scelle.reporter.complaint.Complaint.OffenceRef;
import org.scelle.reporter.legal.LegalCatalogue;
import org.scelle.reporter.legal.LegalEntry;

/** Checks that span several fields of a complaint: dates in order, offences in the catalogue. */
final class ComplaintChecks {

  private ComplaintChecks() {}

  /** The e-mail address at {@code key}, or null when absent or malformed (problem recorded). */
  static String email(YamlMapping node, String key) {
    String email = node.text(key);
    if (email == null) {
      return null;
    }
    Optional<String> problem = Identifiers.email(email);
    problem.ifPresent(p -> node.problems().add(node.field(key), p));
    return problem.isPresent() ? null : email;
  }

  /** The attack is known before the complaint is dated, and started before it was discovered. */
  static void dates(
      LocalDate date, OffsetDateTime discovery, OffsetDateTime firstKnown, Problems problems) {
    if (discovery == null) {
      return;
    }
    if (date != null && date.isBefore(discovery.toLocalDate())) {
      problems.add(
          "date",
          "must not be before the day of discovery_time ("
              + discovery.toLocalDate()
              + "), got "
              + quote(date.toString()));
    }
    if (firstKnown != null && firstKnown.isAfter(discovery)) {
      problems.add(
          "first_known_activity",
          "must not be after discovery_time ("
              + discovery
              + "), got "
              + quote(firstKnown.toString()));
    }
  }

  /**
   * Checks that every offence is an offence of the legal catalogue, named once, under its own code;
   * returns them with the catalogue's code where the file omits it.
   */
  static List<OffenceRef> offences(List<OffenceRef> offences, Problems problems) {
    List<OffenceRef> completed = new ArrayList<>();
    LegalCatalogue catalogue = LegalCatalogue.load();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < offences.size(); i++) {
      OffenceRef offence = offences.get(i);
      String at = "offences[" + i + "]";
      if (offence.article() == null) {
        completed.add(offence);
        continue;
      }
      Optional<LegalEntry> entry = catalogue.find(offence.article());
      if (entry.isEmpty()) {
        problems.add(
            at + ".article",
            offence.article() + " is not in the legal catalogue (known: " + known(catalogue) + ")");
      } else if (entry.get().kind() != LegalEntry.Kind.OFFENCE) {
        problems.add(
            at + ".article",
            offence.article()
                + " ("
                + entry.get().code()
                + ") is cited by the dossier, it is not an offence (known: "
                + known(catalogue)
                + ")");
      } else if (offence.code() != null && !offence.code().equals(entry.get().code())) {
        problems.add(
            at + ".code",
            "article "
                + offence.article()
                + " is in the "
                + entry.get().code()
                + ", got "
                + quote(offence.code()));
      }
      if (!seen.add(offence.article())) {
        problems.add(at + ".article", offence.article() + " is listed twice");
      }
      completed.add(
          offence.code() == null && entry.isPresent()
              ? new OffenceRef(entry.get().code(), offence.article(), offence.label())
              : offence);
    }
    return completed;
  }

  private static String known(LegalCatalogue catalogue) {
    return catalogue.offences().stream().map(LegalEntry::article).collect(Collectors.joining(", "));
  }
}
