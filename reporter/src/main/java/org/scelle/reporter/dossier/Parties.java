package org.scelle.reporter.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scelle.reporter.complaint.Complaint;

/** How the parties of a complaint are written on one line. Stateless. */
final class Parties {
  private Parties() {}

  static String plaintiffLine(Complaint.Plaintiff p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.name());
    if (p.legalForm() != null) {
      parts.add(p.legalForm());
    }
    if (p.siren() != null) {
      parts.add("SIREN " + p.siren());
    }
    if (p.siret() != null) {
      parts.add("SIRET " + p.siret());
    }
    if (p.finess() != null) {
      parts.add("FINESS " + p.finess());
    }
    return String.join(", ", parts);
  }

  /** {@code SIREN ..., SIRET ..., FINESS ...}, those present. */
  static String identifiers(Complaint.Plaintiff p) {
    List<String> parts = new ArrayList<>();
    if (p.siren() != null) {
      parts.add("SIREN " + p.siren());
    }
    if (p.siret() != null) {
      parts.add("SIRET " + p.siret());
    }
    if (p.finess() != null) {
      parts.add("FINESS " + p.finess());
    }
    return String.join(", ", parts);
  }

  static String address(Complaint.Address a) {
    if (a == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (a.street() != null) {
      parts.add(a.street());
    }
    String city = ((a.postalCode() == null ? "" : a.postalCode() + " ") + nz(a.city())).strip();
    if (!city.isEmpty()) {
      parts.add(city);
    }
    if (a.country() != null && !"FR".equals(a.country())) {
      parts.add(a.country());
    }
    return String.join(", ", parts);
  }

  static String addresseeLine(Complaint.Addressee a) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {a.title(), a.court(), a.section()}) {
      if (s != null && !s.isBlank()) {
        parts.add(s);
      }
    }
    String line = String.join(", ", parts);
    return a.legalBasis() == null ? line : line + " (" + a.legalBasis() + ")";
  }

  /** {@code Valmont, 18 novembre 2019} / {@code Valmont, 18 November 2019}. */
  static String placeAndDate(Messages m, String place, LocalDate date) {
    String d = date == null ? "" : date(m, date);
    if (place == null || place.isBlank()) {
      return d;
    }
    return date == null ? place : place + ", " + d;
  }

  static String date(Messages m, LocalDate date) {
    Locale locale = Locale.forLanguageTag(m.language());
    return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
