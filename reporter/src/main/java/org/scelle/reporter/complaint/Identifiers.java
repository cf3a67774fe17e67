package org.scelle.reporter.complaint;

import static org.scelle.reporter.complaint.Problems.quote;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of the French identifiers and contact details a complaint carries. Each check returns the
 * problem's message, or empty when the value is well-formed. Thread-safe.
 */
final class Identifiers {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern FINESS = Pattern.compile("(?:[0-9]{2}|2A|2B)[0-9]{7}");
  private static final Pattern FRENCH_POSTAL_CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\"<>()\\[\\],;:]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+");

  private Identifiers() {}

  /** SIREN: 9 digits whose Luhn checksum holds. */
  static Optional<String> siren(String value) {
    return luhnNumber(value, 9);
  }

  /** SIRET: 14 digits (SIREN then establishment number) whose Luhn checksum holds. */
  static Optional<String> siret(String value) {
    return luhnNumber(value, 14);
  }

  /** FINESS: 9 characters, digits, or 2A / 2B (Corsica) followed by 7 digits. */
  static Optional<String> finess(String value) {
    if (FINESS.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "must be 9 characters, digits or 2A/2B followed by 7 digits, got " + quote(value));
  }

  /** A postal code: 5 digits in France, otherwise any short text. */
  static Optional<String> postalCode(String value, String country) {
    if (country == null || "FR".equals(country)) {
      return FRENCH_POSTAL_CODE.matcher(value).matches()
          ? Optional.empty()
          : Optional.of("must be 5 digits for a French address, got " + quote(value));
    }
    return value.length() <= 12
        ? Optional.empty()
        : Optional.of("must be at most 12 characters, got " + quote(value));
  }

  /** An ISO 3166-1 alpha-2 country code, upper case (FR, BE, CH...). */
  static Optional<String> country(String value) {
    return COUNTRY.matcher(value).matches()
        ? Optional.empty()
        : Optional.of(
            "must be a two-letter country code in capitals such as FR, got " + quote(value));
  }

  /** An e-mail address shaped name@domain.tld (not checked for existence). */
  static Optional<String> email(String value) {
    return EMAIL.matcher(value).matches()
        ? Optional.empty()
        : Optional.of("must be an e-mail address such as name@example.fr, got " + quote(value));
  }

  /** Whether the Luhn checksum of {@code digits} (ASCII digits only) holds. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
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

  private static Optional<String> luhnNumber(String value, int length) {
    if (value.length() != length || !DIGITS.matcher(value).matches()) {
      return Optional.of("must be " + length + " digits, got " + quote(value));
    }
    if (!luhn(value)) {
      return Optional.of("check digit is wrong in " + quote(value) + ": is a digit mistyped?");
    }
    return Optional.empty();
  }
}
