package org.scelle.reporter.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.scelle.reporter.complaint.Complaint;

/**
 * The complaint of the fictitious CHU de Valmont, as in {@code samples/incident/complaint.yaml},
 * built in Java (the reader is not this package's concern), and a small catalogue.
 */
final class SampleComplaint {
  private SampleComplaint() {}

  static Complaint valmont() {
    return valmont("fr");
  }

  static Complaint valmont(String language) {
    return new Complaint(
        language,
        "plainte contre X",
        "Valmont",
        LocalDate.of(2019, 11, 18),
        new Complaint.Plaintiff(
            "Centre Hospitalier Universitaire de Valmont",
            "Établissement public de santé",
            "269900015",
            "26990001500018",
            "990000010",
            new Complaint.Address("12 boulevard des Tilleuls", "99100", "Valmont", "FR"),
            new Complaint.Representative(
                "Hélène Garnier-Vasseur",
                "Directrice générale",
                "représentante légale de l'établissement")),
        new Complaint.Counsel(
            "Maître Camille Aubertin", "Barreau de Paris", "c.aubertin@cabinet-aubertin.example"),
        new Complaint.Addressee(
            "Monsieur le Procureur de la République",
            "Tribunal judiciaire de Paris",
            "J3 - section cybercriminalité",
            "article 706-72-1 du Code de procédure pénale"),
        OffsetDateTime.parse("2019-11-15T19:45:00+01:00"),
        OffsetDateTime.parse("2019-10-28T09:41:07+01:00"),
        List.of(
            "Le vendredi 15 novembre 2019 vers 19 h 45, le service d'accueil des urgences a"
                + " signalé que les postes n'accédaient plus au dossier patient informatisé. Les"
                + " fichiers portaient l'extension .Clop et un message ClopReadMe.txt exigeait une"
                + " rançon en bitcoins.",
            "Parmi les fichiers chiffrés figurait la liste des entrées où apparaissait la patiente"
                + " Lucienne Morvan-Desprès (NIR 2 45 07 75 123 456 78, IPP-20191115).",
            "L'établissement n'a pas payé et n'entend pas payer. Les éléments de preuve ont été"
                + " placés sous scellés numériques."),
        new Complaint.Impact(
            List.of("dossier patient informatisé", "laboratoire", "imagerie (PACS et RIS)"),
            new Complaint.DegradedMode(
                OffsetDateTime.parse("2019-11-15T19:45:00+01:00"),
                OffsetDateTime.parse("2019-12-06T18:00:00+01:00"),
                "Prise en charge sur papier et par téléphone."),
            14,
            1240,
            true,
            new BigDecimal("1870000"),
            List.of(
                new Complaint.Loss(
                    "reconstruction du système d'information", new BigDecimal("920000")),
                new Complaint.Loss(
                    "perte d'activité et déprogrammations", new BigDecimal("610000")),
                new Complaint.Loss("heures supplémentaires", new BigDecimal("240000")),
                new Complaint.Loss("communication de crise", new BigDecimal("100000")))),
        List.of(
            new Complaint.OffenceRef(
                "Code pénal",
                "323-1",
                "accès et maintien frauduleux dans un système de traitement automatisé de données"),
            new Complaint.OffenceRef("Code pénal", "323-2", null),
            new Complaint.OffenceRef("Code pénal", "312-9", "tentative d'extorsion")),
        List.of(
            new Complaint.Witness(
                "Julien Ferrand-Laroche",
                "Directeur des systèmes d'information",
                "CHU de Valmont",
                "dsi@chu-valmont.example")),
        List.of(
            "Recevoir la présente plainte contre X et ordonner toute mesure d'enquête utile.",
            "Joindre les éléments de preuve annexés."),
        List.of(
            new Complaint.Notification(
                "CNIL (violation de données, RGPD art. 33)",
                OffsetDateTime.parse("2019-11-17T16:00:00+01:00"))),
        new Complaint.Pseudonymisation(
            List.of(
                new Complaint.PatternRule(
                    "nir",
                    "NIR",
                    "\\b[12] ?\\d{2} ?\\d{2} ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{2}\\b",
                    "[NIR]"),
                new Complaint.PatternRule("ipp", "IPP", "\\bIPP-\\d{8}\\b", "[IPP]")),
            List.of("Lucienne Morvan-Desprès"),
            "[PATIENT]"));
  }

  /**
   * A stand-in for the pseudonymiser (written elsewhere): the complaint's patterns, then its names.
   */
  static String pseudonymise(Complaint c, String s) {
    for (Complaint.PatternRule r : c.pseudonymisation().patterns()) {
      s = s.replaceAll(r.regex(), r.replacement());
    }
    for (String n : c.pseudonymisation().names()) {
      s = s.replace(n, c.pseudonymisation().namesReplacement());
    }
    return s;
  }

  /** A stand-in catalogue that knows 323-1 and 312-9 only. */
  static OffenceSummaries catalogue() {
    return (code, article) ->
        switch (article) {
          case "323-1" ->
              Optional.of(
                  new OffenceSummaries.Summary(
                      "accès ou maintien frauduleux dans un STAD (résumé du catalogue)",
                      "Légifrance, 2019-11-15"));
          case "312-9" ->
              Optional.of(new OffenceSummaries.Summary("tentative d'extorsion (résumé)", null));
          default -> Optional.empty();
        };
  }
}
