package org.scelle.reporter.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A complaint as written by legal staff in {@code complaint.yaml}: who complains, to whom, about
 * what facts and offences, with what impact, and how patient data must be pseudonymised.
 *
 * <p>Instances are validated on construction by {@link ComplaintReader}; optional parts are {@code
 * null} (single values) or empty (lists). Times keep the offset written in the file; the dossier
 * shows them in UTC and in that offset.
 *
 * @param language {@code fr} or {@code en}: the language of the dossier unless the command
 *     overrides it
 * @param kind the kind of filing, for example {@code plainte contre X}
 * @param place where the complaint is signed
 * @param date the date of the complaint
 * @param counsel null when the plaintiff files without counsel
 * @param firstKnownActivity the earliest attacker activity known when writing, or null
 * @param offences the qualified offences, each naming an article of the legal catalogue
 */
public record Complaint(
    String language,
    String kind,
    String place,
    LocalDate date,
    Plaintiff plaintiff,
    Counsel counsel,
    Addressee addressee,
    OffsetDateTime discoveryTime,
    OffsetDateTime firstKnownActivity,
    List<String> narrative,
    Impact impact,
    List<OffenceRef> offences,
    List<Witness> witnesses,
    List<String> requests,
    List<Notification> notifications,
    Pseudonymisation pseudonymisation) {

  public Complaint {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(plaintiff, "plaintiff");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(discoveryTime, "discoveryTime");
    narrative = List.copyOf(narrative);
    offences = List.copyOf(offences);
    witnesses = List.copyOf(witnesses);
    requests = List.copyOf(requests);
    notifications = List.copyOf(notifications);
  }

  /**
   * The legal entity that complains.
   *
   * @param siren 9 digits, or null
   * @param siret 14 digits, or null
   * @param finess 9 characters (health establishments), or null
   */
  public record Plaintiff(
      String name,
      String legalForm,
      String siren,
      String siret,
      String finess,
      Address address,
      Representative representative) {}

  /** A postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
  public record Address(String street, String postalCode, String city, String country) {}

  /** The person who represents the plaintiff, their title and in what capacity they act. */
  public record Representative(String name, String title, String capacity) {}

  /** The plaintiff's lawyer. */
  public record Counsel(String name, String bar, String email) {}

  /**
   * To whom the complaint is addressed. The default is the Paris prosecutor, cybercrime section J3,
   * national competence under article 706-72-1 of the Code de procédure pénale.
   */
  public record Addressee(String title, String court, String section, String legalBasis) {}

  /**
   * The consequences of the attack.
   *
   * @param degradedMode null when the file does not say
   * @param patientsTransferred null when unknown
   * @param appointmentsCancelled null when unknown
   * @param dataExfiltrationSuspected null when unknown
   * @param estimatedLossesEur null when unknown
   */
  public record Impact(
      List<String> servicesDown,
      DegradedMode degradedMode,
      Integer patientsTransferred,
      Integer appointmentsCancelled,
      Boolean dataExfiltrationSuspected,
      BigDecimal estimatedLossesEur,
      List<Loss> losses) {
    public Impact {
      servicesDown = List.copyOf(servicesDown);
      losses = List.copyOf(losses);
    }
  }

  /** When care ran in degraded mode; {@code end} is null while it lasts. */
  public record DegradedMode(OffsetDateTime start, OffsetDateTime end, String description) {}

  /** One line of the estimated losses. */
  public record Loss(String item, BigDecimal amountEur) {}

  /**
   * An offence qualified by the plaintiff.
   *
   * @param code the code, for example {@code Code pénal}
   * @param article the article number, for example {@code 323-1}; must be in the legal catalogue
   * @param label the plaintiff's own words for it, or null to use the catalogue's summary
   */
  public record OffenceRef(String code, String article, String label) {}

  /** A person who can testify (DSI, RSSI, CERT Santé or ANSSI contact). */
  public record Witness(String name, String role, String organisation, String email) {}

  /** A notification already made (health agency, CNIL, insurer, ANSSI) and when. */
  public record Notification(String to, OffsetDateTime time) {}

  /**
   * How patient identifiers are replaced before any excerpt is rendered.
   *
   * @param patterns regular expressions, applied in order
   * @param names literal names, replaced by {@code namesReplacement}
   */
  public record Pseudonymisation(
      List<PatternRule> patterns, List<String> names, String namesReplacement) {
    public Pseudonymisation {
      patterns = List.copyOf(patterns);
      names = List.copyOf(names);
    }

    /** No rule: excerpts are rendered as they are. */
    public static Pseudonymisation none() {
      return new Pseudonymisation(List.of(), List.of(), "[PATIENT]");
    }
  }

  /** One pseudonymisation pattern: a Java regular expression and its replacement text. */
  public record PatternRule(String name, String description, String regex, String replacement) {}
}
