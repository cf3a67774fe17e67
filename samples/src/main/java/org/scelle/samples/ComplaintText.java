package org.scelle.samples;

import java.util.List;

/**
 * The French wording of the fictitious complaint: narrative, impact, offences, witnesses, requests.
 */
final class ComplaintText {

  private ComplaintText() {}

  static List<String> narrative(Indicators ioc) {
    return List.of(
        "Le vendredi 15 novembre 2019 vers 19 h 45, le service d'accueil des urgences a signalé à l'astreinte"
            + " informatique que les postes de travail n'accédaient plus au dossier patient informatisé. Les"
            + " fichiers des serveurs et des postes portaient l'extension .Clop (ou .CIop) et un message intitulé"
            + " "
            + RansomNote.FILE_NAME
            + " exigeait une rançon en bitcoins.",
        "L'ingénieur d'astreinte a mis hors tension le serveur de fichiers SRV-FILE01 à 19 h 51, ce qui a"
            + " interrompu le chiffrement avant qu'il n'atteigne le volume de sauvegarde. La cellule de crise a été"
            + " réunie à 20 h 30 et le plan blanc déclenché; les soins se sont poursuivis en mode dégradé, sur"
            + " papier et par téléphone.",
        "Les premières analyses font apparaître qu'un courriel d'hameçonnage, reçu le 28 octobre 2019 à 09 h 41"
            + " d'un expéditeur se présentant comme un service de facturation ("
            + ioc.phishingSender()
            + "), a"
            + " conduit au téléchargement d'un programme malveillant sur un poste de la direction des finances. Ce"
            + " programme a ensuite contacté toutes les heures un serveur extérieur ("
            + ioc.c2Domain()
            + ").",
        "À partir du 4 novembre 2019, un tiers s'est connecté à la passerelle VPN de l'établissement au moyen du"
            + " compte de service de sauvegarde "
            + Scenario.AD_DOMAIN
            + "\\"
            + ioc.account()
            + ", depuis l'adresse "
            + ioc.vpnAttackerIp()
            + ", puis a rebondi vers le contrôleur de domaine et le serveur de fichiers.",
        "Dans la nuit du 12 au 13 novembre 2019, plusieurs gigaoctets de données ont été transférés depuis le"
            + " serveur de fichiers vers un service extérieur ("
            + ioc.exfilDomain()
            + "). Ces données comprennent"
            + " des documents administratifs et des listes de patients.",
        "Le 15 novembre 2019 à partir de 19 h 31, un service nommé "
            + ioc.service()
            + " a été installé sur les"
            + " serveurs et les postes, les clichés instantanés de volumes ont été supprimés, des journaux"
            + " d'événements ont été effacés, puis les fichiers ont été chiffrés. À 20 h 12, la direction générale a"
            + " reçu un courriel de "
            + ioc.contactEmails().get(0)
            + " réclamant le paiement de la rançon.",
        "L'établissement n'a pas payé et n'entend pas payer. Les éléments de preuve ont été collectés et placés"
            + " sous scellés numériques; leur inventaire, leurs empreintes et la chaîne de conservation sont"
            + " annexés à la présente plainte.");
  }

  static final List<String> SERVICES_DOWN =
      List.of(
          "dossier patient informatisé",
          "gestion administrative des patients et admissions",
          "laboratoire (système de gestion de laboratoire)",
          "imagerie (PACS et RIS)",
          "pharmacie (prescription et dispensation)",
          "messagerie et annuaire",
          "paie et gestion financière");

  static final List<String[]> LOSSES =
      List.of(
          new String[] {
            "reconstruction du système d'information et prestations d'experts", "920000"
          },
          new String[] {"perte d'activité et déprogrammations", "610000"},
          new String[] {"heures supplémentaires et renforts de personnel", "240000"},
          new String[] {"communication de crise et notifications", "100000"});

  static final List<String[]> OFFENCES =
      List.of(
          new String[] {
            "323-1",
            "accès et maintien frauduleux dans un système de traitement automatisé de données"
          },
          new String[] {
            "323-2", "entrave au fonctionnement d'un système de traitement automatisé de données"
          },
          new String[] {
            "323-3", "introduction, extraction, modification et suppression frauduleuses de données"
          },
          new String[] {"312-1", "extorsion"},
          new String[] {"312-9", "tentative d'extorsion"});

  static final List<String[]> WITNESSES =
      List.of(
          new String[] {
            "Julien Ferrand-Laroche",
            "Directeur des systèmes d'information",
            Scenario.SHORT_NAME,
            "dsi@" + Scenario.DOMAIN
          },
          new String[] {
            "Nadia Belkacem-Roussel",
            "Responsable de la sécurité des systèmes d'information",
            Scenario.SHORT_NAME,
            "rssi@" + Scenario.DOMAIN
          },
          new String[] {
            "Olivier Tessier",
            "Analyste, contact de l'établissement",
            "CERT Santé (contact fictif)",
            "o.tessier@cert-sante.example"
          },
          new String[] {
            "Amandine Lacroix",
            "Cadre de santé, service d'accueil des urgences",
            Scenario.SHORT_NAME,
            "a.lacroix@" + Scenario.DOMAIN
          });

  static final List<String> REQUESTS =
      List.of(
          "Recevoir la présente plainte contre X et ordonner toute mesure d'enquête utile.",
          "Prendre acte de la constitution de partie civile du " + Scenario.SHORT_NAME + ".",
          "Joindre les éléments de preuve annexés (scellés numériques, inventaire et chaîne de conservation).",
          "Informer l'établissement des suites données à la plainte.");

  static final List<String[]> NOTIFICATIONS =
      List.of(
          new String[] {"CERT Santé (signalement d'incident)", "2019-11-15T21:10:00+01:00"},
          new String[] {"Agence régionale de santé", "2019-11-15T22:00:00+01:00"},
          new String[] {"ANSSI", "2019-11-15T22:30:00+01:00"},
          new String[] {"CNIL (violation de données, RGPD art. 33)", "2019-11-17T16:00:00+01:00"},
          new String[] {"Assureur (contrat cyber)", "2019-11-18T10:00:00+01:00"});
}
