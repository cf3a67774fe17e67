package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The documents of the file server and the workstation: clean originals, their encrypted copies
 * ({@code .Clop}, a few {@code .CIop}), one ransom note per affected directory, clean backups on
 * the offline backup volume {@code E:} of SRV-FILE01, and a directory the encryption never reached.
 */
final class FileShares {

  /** Backups mirror {@code D/<path>} under this directory of SRV-FILE01. */
  static final String BACKUP_ROOT = "E/Sauvegardes/";

  /**
   * One document.
   *
   * @param host the host it lies on
   * @param dir its directory on that host ({@code /}-separated, no trailing slash)
   * @param name its original file name
   * @param title its title
   * @param state {@code clean} (never encrypted), {@code Clop} or {@code CIop} (encrypted with that
   *     extension)
   * @param backup whether a clean copy lies under {@link #BACKUP_ROOT}
   */
  record Document(
      String host, String dir, String name, String title, String state, boolean backup) {

    /** {@code <HOST>:<dir>/<name>}, the identity the cipher uses. */
    String fileId() {
      return host + ":" + dir + "/" + name;
    }

    boolean encrypted() {
      return !state.equals("clean");
    }

    /** The encrypted file's name. */
    String encryptedName() {
      return name + "." + state;
    }
  }

  private static final String FS = Scenario.FILE.name();
  private static final String WS = Scenario.WORKSTATION.name();
  private static final String SHARES = "D/Partages/";
  private static final String USER_DOCS = "C/Users/" + Scenario.PHISHED_USER + "/Documents";

  /** Every document, in encryption order. */
  static final List<Document> DOCUMENTS =
      List.of(
          doc(
              FS,
              "Admissions",
              "liste-entrees-2019-11-14.csv",
              "Liste des entrées du 14/11/2019",
              "Clop",
              true),
          doc(
              FS,
              "Admissions",
              "courrier-type-admission.docx",
              "Courrier type d'admission",
              "Clop",
              true),
          doc(
              FS,
              "Admissions",
              "tarifs-chambres-particulieres-2019.pdf",
              "Tarifs des chambres particulières",
              "Clop",
              false),
          doc(
              FS,
              "Admissions",
              "statistiques-entrees-2019-10.xlsx",
              "Statistiques des entrées octobre 2019",
              "Clop",
              false),
          doc(
              FS,
              "Direction",
              "CR-directoire-2019-11-05.docx",
              "Compte rendu du directoire du 5 novembre 2019",
              "Clop",
              true),
          doc(
              FS,
              "Direction",
              "projet-etablissement-2020-2024.pdf",
              "Projet d'établissement 2020-2024",
              "Clop",
              false),
          doc(
              FS,
              "Direction",
              "courrier-ARS-2019-10.docx",
              "Courrier à l'agence régionale de santé",
              "Clop",
              false),
          doc(
              FS,
              "Direction",
              "tableau-bord-activite-T3.xlsx",
              "Tableau de bord d'activité T3 2019",
              "Clop",
              true),
          doc(FS, "Direction", "plan-blanc-2019.pdf", "Plan blanc 2019", "CIop", false),
          doc(FS, "Finances", "budget-2019.xlsx", "Budget 2019", "Clop", true),
          doc(
              FS,
              "Finances",
              "EPRD-2020-previsionnel.xlsx",
              "EPRD 2020 prévisionnel",
              "Clop",
              false),
          doc(
              FS,
              "Finances",
              "factures-fournisseurs-2019-10.csv",
              "Factures fournisseurs octobre 2019",
              "Clop",
              true),
          doc(
              FS,
              "Finances",
              "reponse-chambre-regionale-comptes.docx",
              "Réponse à la chambre régionale des comptes",
              "Clop",
              false),
          doc(FS, "Finances", "tresorerie-T3-2019.xlsx", "Trésorerie T3 2019", "CIop", false),
          doc(
              FS,
              "Finances",
              "marche-blanchisserie-2019.pdf",
              "Marché de blanchisserie 2019",
              "Clop",
              false),
          doc(
              FS,
              "Finances",
              "notes-DAF-directoire.docx",
              "Notes de la DAF pour le directoire",
              "Clop",
              false),
          doc(
              FS,
              "Finances",
              "ecritures-2019-10.csv",
              "Écritures comptables octobre 2019",
              "Clop",
              false),
          doc(
              FS,
              "Pharmacie",
              "commandes-stupefiants-2019-10.csv",
              "Commandes de stupéfiants octobre 2019",
              "Clop",
              false),
          doc(
              FS,
              "Pharmacie",
              "livret-therapeutique-2019.pdf",
              "Livret thérapeutique 2019",
              "Clop",
              false),
          doc(
              FS,
              "Pharmacie",
              "inventaire-pharmacie-2019-10.xlsx",
              "Inventaire pharmacie octobre 2019",
              "Clop",
              true),
          doc(
              FS,
              "Pharmacie",
              "protocole-chimiotherapie-J1.docx",
              "Protocole de chimiothérapie J1",
              "Clop",
              false),
          doc(
              FS,
              "Pharmacie",
              "etiquette-preparation-scan.png",
              "Étiquette de préparation",
              "CIop",
              false),
          doc(
              FS,
              "Qualite",
              "plan-actions-certification-HAS.xlsx",
              "Plan d'actions certification HAS",
              "Clop",
              false),
          doc(
              FS,
              "Qualite",
              "fiches-evenements-indesirables-T3.csv",
              "Fiches d'événements indésirables T3",
              "Clop",
              false),
          doc(
              FS,
              "Qualite",
              "procedure-hygiene-des-mains.pdf",
              "Procédure d'hygiène des mains",
              "Clop",
              true),
          doc(
              FS,
              "Qualite",
              "CREX-2019-10.docx",
              "Comité de retour d'expérience octobre 2019",
              "CIop",
              false),
          doc(
              FS,
              "RH",
              "planning-urgences-2019-11.xlsx",
              "Planning des urgences novembre 2019",
              "Clop",
              false),
          doc(FS, "RH", "contrats-CDD-2019.csv", "Contrats à durée déterminée 2019", "Clop", false),
          doc(FS, "RH", "bilan-social-2018.pdf", "Bilan social 2018", "CIop", true),
          doc(
              FS,
              "RH",
              "note-service-astreintes.docx",
              "Note de service : astreintes",
              "Clop",
              false),
          doc(
              FS,
              "RH",
              "organigramme-pole-medecine.png",
              "Organigramme du pôle médecine",
              "Clop",
              true),
          doc(FS, "RH", "plan-formation-2020.xlsx", "Plan de formation 2020", "Clop", false),
          doc(
              FS,
              "Travaux",
              "planning-chantier-bloc-B.xlsx",
              "Planning du chantier du bloc B",
              "clean",
              false),
          doc(
              FS,
              "Travaux",
              "CR-reunion-chantier-2019-11-12.docx",
              "Réunion de chantier du 12/11/2019",
              "clean",
              false),
          doc(FS, "Travaux", "plan-acces-travaux.png", "Plan d'accès des travaux", "clean", false),
          doc(
              WS,
              null,
              "rapprochement-bancaire-2019-10.xlsx",
              "Rapprochement bancaire octobre 2019",
              "Clop",
              false),
          doc(WS, null, "relances-fournisseurs.docx", "Relances fournisseurs", "Clop", false),
          doc(WS, null, "export-GEF-2019-10.csv", "Export GEF octobre 2019", "CIop", false),
          doc(WS, null, "budget-pole-chirurgie.xlsx", "Budget du pôle chirurgie", "Clop", false),
          doc(WS, null, "note-frais-missions.txt", "Note : frais de missions", "Clop", false),
          doc(
              WS,
              null,
              "facture-scan-2019-10-22.png",
              "Facture numérisée du 22/10/2019",
              "Clop",
              false),
          doc(WS, null, "contrat-maintenance-IRM.pdf", "Contrat de maintenance IRM", "Clop", false),
          doc(WS, null, "memo-cloture-annuelle.txt", "Mémo : clôture annuelle", "Clop", false));

  private static final List<String> AUTHORS =
      List.of(
          "Claire Durand",
          "Paul Lemaire-Roche",
          "Sophie Anquetil",
          "Marc Delorme",
          "Inès Valette",
          "Hugo Carpentier");

  private FileShares() {}

  private static Document doc(
      String host, String dir, String name, String title, String state, boolean backup) {
    return new Document(host, dir == null ? USER_DOCS : SHARES + dir, name, title, state, backup);
  }

  /** Writes every document, encrypted copy, backup and ransom note into {@code tree}. */
  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    ClopCipher cipher = new ClopCipher(d);
    Map<String, Instant> notes = new LinkedHashMap<>();
    Map<String, Integer> perHost = new LinkedHashMap<>();
    for (Document doc : DOCUMENTS) {
      Random r = d.random("document/" + doc.fileId());
      Instant created = created(doc, r);
      byte[] plain =
          DocumentContent.of(doc.name(), doc.title(), Noise.pick(r, AUTHORS), created, r);
      String dir = Tree.host(doc.host(), doc.dir()) + "/";
      if (doc.backup()) {
        tree.write(
            Tree.host(doc.host(), BACKUP_ROOT + doc.dir().substring(2)) + "/" + doc.name(),
            plain,
            created);
      }
      if (!doc.encrypted()) {
        tree.write(dir + doc.name(), plain, created);
        continue;
      }
      int n = perHost.merge(doc.host(), 1, Integer::sum);
      Instant start =
          doc.host().equals(FS) ? Scenario.DETONATION : Scenario.DETONATION.plusSeconds(64);
      Instant when = start.plusSeconds(n * 25L + r.nextInt(9));
      tree.write(dir + doc.encryptedName(), cipher.encrypt(doc.fileId(), plain), when);
      notes.merge(dir, when, (a, b) -> a.isAfter(b) ? a : b);
    }
    byte[] note = Text.utf8(RansomNote.text(ioc));
    for (Map.Entry<String, Instant> e : notes.entrySet()) {
      tree.write(e.getKey() + RansomNote.FILE_NAME, note, e.getValue().plusSeconds(1));
    }
  }

  /** The creation time of {@code doc}: office hours between 2 September and 14 November 2019. */
  private static Instant created(Document doc, Random r) {
    if (doc.name().startsWith("liste-entrees-2019-11-14")) {
      return Instant.parse("2019-11-14T17:05:12Z");
    }
    ZonedDateTime day =
        ZonedDateTime.of(2019, 9, 2, 0, 0, 0, 0, ZoneOffset.UTC).plusDays(r.nextInt(70));
    return day.withHour(7 + r.nextInt(9))
        .withMinute(r.nextInt(60))
        .withSecond(r.nextInt(60))
        .toInstant();
  }

  /** The encrypted documents. */
  static List<Document> encrypted() {
    List<Document> out = new ArrayList<>();
    for (Document doc : DOCUMENTS) {
      if (doc.encrypted()) {
        out.add(doc);
      }
    }
    return out;
  }
}
