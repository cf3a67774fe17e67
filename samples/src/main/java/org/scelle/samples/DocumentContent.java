package org.scelle.samples;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the bytes of one clean document from its name: the extension picks the format (docx,
 * xlsx, csv, pdf, png, txt) and a seeded {@link Random} the French filler text and figures.
 * Stateless.
 */
final class DocumentContent {

  private DocumentContent() {}

  private static final List<String> SENTENCES =
      List.of(
          "Le directoire a examiné la situation financière de l'établissement au troisième trimestre.",
          "Les dépenses de personnel restent conformes à l'état prévisionnel des recettes et des dépenses.",
          "La commission médicale d'établissement sera consultée lors de sa prochaine séance.",
          "Le pôle médecine signale une tension sur les lits d'hospitalisation complète.",
          "Les astreintes de week-end sont organisées selon le tableau joint en annexe.",
          "La pharmacie à usage intérieur rappelle les règles de traçabilité des stupéfiants.",
          "Le service qualité présente le suivi du plan d'actions issu de la dernière certification.",
          "Les fournisseurs seront relancés pour les factures échues depuis plus de soixante jours.",
          "Le marché de blanchisserie arrive à échéance au 31 décembre 2019.",
          "Un point d'étape sur le projet d'établissement 2020-2024 est prévu en novembre.",
          "Les effectifs soignants de nuit sont renforcés pendant la période hivernale.",
          "Le bloc opératoire B fera l'objet de travaux de mise aux normes au premier semestre.",
          "La direction des systèmes d'information rappelle la politique de mots de passe.",
          "Les indicateurs d'activité sont transmis mensuellement à l'agence régionale de santé.",
          "La réunion du comité de retour d'expérience a porté sur deux événements indésirables.");

  private static final List<String> LABELS =
      List.of(
          "Personnel médical",
          "Personnel non médical",
          "Médicaments",
          "Dispositifs médicaux",
          "Restauration",
          "Blanchisserie",
          "Énergie",
          "Maintenance",
          "Informatique",
          "Transports sanitaires",
          "Laboratoire",
          "Imagerie",
          "Formation",
          "Intérim",
          "Hôtellerie",
          "Sécurité",
          "Déchets hospitaliers",
          "Locations");

  /**
   * The bytes of document {@code name} titled {@code title}, by {@code author}, created at {@code
   * created}.
   */
  static byte[] of(String name, String title, String author, Instant created, Random r) {
    LocalDateTime at = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
    String ext = name.substring(name.lastIndexOf('.') + 1);
    switch (ext) {
      case "docx":
        return OfficeFiles.docx(title, author, at, sentences(r, 4 + r.nextInt(5)));
      case "xlsx":
        return OfficeFiles.xlsx(title, author, at, "Feuil1", table(r, 10 + r.nextInt(16)));
      case "csv":
        return Text.utf8(csv(name, r));
      case "pdf":
        return PdfFile.of(title, author, at, sentences(r, 12 + r.nextInt(9)));
      case "png":
        return PngFile.of(96, 64, r);
      case "txt":
        return Text.utf8(title + "\n\n" + String.join("\n", sentences(r, 6 + r.nextInt(6))) + "\n");
      default:
        throw new IllegalArgumentException(
            "document '" + name + "': unsupported extension '" + ext + "'");
    }
  }

  private static List<String> sentences(Random r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Noise.pick(r, SENTENCES));
    }
    return out;
  }

  private static List<List<String>> table(Random r, int rows) {
    List<List<String>> t = new ArrayList<>();
    t.add(List.of("Poste", "Prévu (k€)", "Réalisé (k€)", "Écart (k€)"));
    for (int i = 0; i < rows; i++) {
      int planned = 50 + r.nextInt(4000);
      int actual = planned + r.nextInt(400) - 200;
      t.add(
          List.of(
              Noise.pick(r, LABELS) + " " + (i + 1),
              Integer.toString(planned),
              Integer.toString(actual),
              Integer.toString(actual - planned)));
    }
    return t;
  }

  private static String csv(String name, Random r) {
    if (name.startsWith("liste-entrees")) {
      return admissions(r);
    }
    StringBuilder sb = new StringBuilder("date;libelle;montant_eur;reference\n");
    int rows = 15 + r.nextInt(26);
    for (int i = 0; i < rows; i++) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "2019-10-%02d;%s;%d.%02d;REF-%06d\n",
              1 + r.nextInt(31),
              Noise.pick(r, LABELS),
              r.nextInt(20000),
              r.nextInt(100),
              r.nextInt(1000000)));
    }
    return sb.toString();
  }

  /**
   * The admissions list that carries the planted patient identifiers, among numbered anonymous
   * rows.
   */
  private static String admissions(Random r) {
    List<String> units =
        List.of("Urgences", "Cardiologie", "Pneumologie", "Chirurgie viscérale", "Gériatrie");
    StringBuilder sb = new StringBuilder("date_entree;ipp;nir;nom;unite\n");
    int row = 0;
    for (Patients p : Patients.ALL) {
      for (int i = 0; i < 4; i++, row++) {
        sb.append("2019-11-14;IPP-00")
            .append(600000 + r.nextInt(99999))
            .append(";;(anonymisé ")
            .append(row)
            .append(");")
            .append(Noise.pick(r, units))
            .append('\n');
      }
      sb.append("2019-11-14;")
          .append(p.ipp())
          .append(';')
          .append(p.nir())
          .append(';')
          .append(p.name())
          .append(';')
          .append(Noise.pick(r, units))
          .append('\n');
    }
    return sb.toString();
  }
}
