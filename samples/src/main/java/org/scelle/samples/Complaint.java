package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fictitious hospital's complaint, {@code complaint.yaml}: plaintiff, counsel, addressee,
 * narrative in French, discovery time, impact, offences, witnesses, requests, language and
 * pseudonymisation rules. Written as text so that its layout and comments are stable; every scalar
 * is quoted.
 */
final class Complaint {

  private Complaint() {}

  static final String PATH = "complaint.yaml";

  /** {@code digits} followed by its Luhn check digit. */
  static String luhn(String digits) {
    for (int check = 0; check < 10; check++) {
      if (luhnValid(digits + check)) {
        return digits + check;
      }
    }
    throw new IllegalStateException("no Luhn digit for " + digits);
  }

  static boolean luhnValid(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int digit = number.charAt(number.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  static void write(Tree tree, Indicators ioc, Instant written) throws IOException {
    String siren = luhn("26990001");
    String siret = luhn(siren + "0001");
    String finess = luhn("99000001");
    List<String> y = new ArrayList<>();
    y.add(
        "# Plainte contre X du "
            + Scenario.SHORT_NAME
            + ": FICTITIOUS sample (scelle samples, seed "
            + Scenario.DEFAULT_SEED
            + ").");
    y.add("# The hospital, the people and every identifier below are invented.");
    y.add("language: \"fr\"");
    y.add("kind: \"plainte contre X\"");
    y.add("place: \"Valmont\"");
    y.add("date: \"2019-11-18\"");
    y.add("plaintiff:");
    y.add("  name: " + q(Scenario.HOSPITAL));
    y.add("  legal_form: \"Établissement public de santé\"");
    y.add("  siren: " + q(siren));
    y.add("  siret: " + q(siret));
    y.add("  finess: " + q(finess));
    y.add("  address:");
    y.add("    street: \"12 boulevard des Tilleuls\"");
    y.add("    postal_code: \"99100\"");
    y.add("    city: \"Valmont\"");
    y.add("    country: \"FR\"");
    y.add("  representative:");
    y.add("    name: \"Hélène Garnier-Vasseur\"");
    y.add("    title: \"Directrice générale\"");
    y.add("    capacity: \"représentante légale de l'établissement\"");
    y.add("counsel:");
    y.add("  name: \"Maître Camille Aubertin\"");
    y.add("  bar: \"Barreau de Paris\"");
    y.add("  email: \"c.aubertin@cabinet-aubertin.example\"");
    y.add("addressee:");
    y.add("  title: \"Monsieur le Procureur de la République\"");
    y.add("  court: \"Tribunal judiciaire de Paris\"");
    y.add("  section: \"J3 - section cybercriminalité\"");
    y.add("  legal_basis: \"article 706-72-1 du Code de procédure pénale\"");
    y.add("discovery_time: \"2019-11-15T19:45:00+01:00\"");
    y.add("first_known_activity: " + q(LogTime.iso(Scenario.PHISHING_MAIL)));
    y.add("narrative:");
    for (String p : ComplaintText.narrative(ioc)) {
      y.add("  - " + q(p));
    }
    y.add("impact:");
    y.add("  services_down:");
    for (String s : ComplaintText.SERVICES_DOWN) {
      y.add("    - " + q(s));
    }
    y.add("  degraded_mode:");
    y.add("    start: \"2019-11-15T19:45:00+01:00\"");
    y.add("    end: \"2019-12-06T18:00:00+01:00\"");
    y.add(
        "    description: \"Prise en charge sur papier et par téléphone; résultats de laboratoire et d'imagerie"
            + " transmis par coursier.\"");
    y.add("  patients_transferred: 14");
    y.add("  appointments_cancelled: 1240");
    y.add("  data_exfiltration_suspected: true");
    y.add("  estimated_losses_eur: 1870000");
    y.add("  losses:");
    for (String[] l : ComplaintText.LOSSES) {
      y.add("    - item: " + q(l[0]));
      y.add("      amount_eur: " + l[1]);
    }
    y.add("offences:");
    for (String[] o : ComplaintText.OFFENCES) {
      y.add("  - code: \"Code pénal\"");
      y.add("    article: " + q(o[0]));
      y.add("    label: " + q(o[1]));
    }
    y.add("witnesses:");
    for (String[] w : ComplaintText.WITNESSES) {
      y.add("  - name: " + q(w[0]));
      y.add("    role: " + q(w[1]));
      y.add("    organisation: " + q(w[2]));
      y.add("    email: " + q(w[3]));
    }
    y.add("requests:");
    for (String r : ComplaintText.REQUESTS) {
      y.add("  - " + q(r));
    }
    y.add("notifications:");
    for (String[] n : ComplaintText.NOTIFICATIONS) {
      y.add("  - to: " + q(n[0]));
      y.add("    time: " + q(n[1]));
    }
    y.add("pseudonymisation:");
    y.add("  patterns:");
    y.add("    - name: \"nir\"");
    y.add("      description: \"numéro d'inscription au répertoire (NIR), avec ou sans espaces\"");
    y.add(
        "      regex: '\\b[12] ?\\d{2} ?(0[1-9]|1[0-2]|[2-9]\\d) ?(\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}\\b'");
    y.add("      replacement: \"[NIR]\"");
    y.add("    - name: \"ipp\"");
    y.add("      description: \"identifiant permanent du patient\"");
    y.add("      regex: '\\bIPP-\\d{8}\\b'");
    y.add("      replacement: \"[IPP]\"");
    y.add("  names:");
    for (Patients p : Patients.ALL) {
      y.add("    - " + q(p.name()));
    }
    y.add("  names_replacement: \"[PATIENT]\"");
    tree.text(PATH, String.join("\n", y) + "\n", written);
  }

  /** A YAML double-quoted scalar. */
  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
