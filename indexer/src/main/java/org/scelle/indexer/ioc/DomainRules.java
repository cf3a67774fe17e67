package org.scelle.indexer.ioc;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a dotted name is a domain worth reporting.
 *
 * <p>A name is a domain when its labels are syntactically valid (letters, digits, inner hyphens, at
 * most 63 chars each, 253 in all) and it lies under an ICANN public suffix of the Public Suffix
 * List (Guava {@link InternetDomainName#isUnderRegistrySuffix()}): {@code file.txt}, {@code
 * svchost.exe} and {@code foo.co.uk}'s suffix {@code co.uk} alone are not domains. Names ending in
 * {@code .onion} (a special-use name, RFC 7686, not in the list) are domains when the label before
 * {@code onion} is a 16-char (v2) or 56-char (v3) base32 string.
 *
 * <p><b>File-name heuristic.</b> Some real top-level domains are also common file extensions
 * ({@code readme.md}: Moldova, {@code setup.py}: Paraguay, {@code archive.zip}, {@code
 * photo.mov}...). In plain text, a name of exactly two labels whose top-level domain is one of
 * {@link #FILE_EXTENSION_TLDS} is taken for a file name and rejected; the same name is a domain as
 * the host of a URL or the domain of an e-mail address, and a longer name ({@code www.example.md},
 * {@code gov.pl} registrations such as {@code um.warszawa.pl}) is always a domain.
 *
 * <p>Stateless and thread-safe.
 */
final class DomainRules {

  /** Top-level domains that are also common file extensions; see the class comment. */
  static final Set<String> FILE_EXTENSION_TLDS =
      Set.of(
          "app", "cab", "cat", "cc", "md", "mov", "pl", "pm", "ps", "py", "rs", "run", "sh", "so",
          "zip");

  /**
   * Names already looked up in the Public Suffix List, which logs repeat: the lookup is the costly
   * part of a check. Filled up to {@link #CACHE_SIZE} names, then only read.
   */
  private static final Map<String, Boolean> UNDER_SUFFIX = new ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 50_000;

  private DomainRules() {}

  /**
   * Returns the normalised (lower-case) domain, or {@code null} when {@code name} is not a domain.
   *
   * @param name a candidate of ASCII letters, digits, hyphens and dots, without a trailing dot
   * @param inContext whether the name is a URL host or an e-mail domain (see the class comment)
   */
  static String check(String name, boolean inContext) {
    if (name.length() > 253) {
      return null;
    }
    if (!plausibleTld(name)) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int labels = 0;
    int lastDot = -1;
    int previousDot = -1;
    for (int start = 0; start <= lower.length(); ) {
      int dot = lower.indexOf('.', start);
      int end = dot < 0 ? lower.length() : dot;
      if (!isLabel(lower, start, end)) {
        return null;
      }
      labels++;
      if (dot < 0) {
        break;
      }
      previousDot = lastDot;
      lastDot = dot;
      start = dot + 1;
    }
    if (labels < 2) {
      return null;
    }
    String tld = lower.substring(lastDot + 1);
    if (tld.equals("onion")) {
      return isOnionLabel(lower.substring(previousDot + 1, lastDot)) ? lower : null;
    }
    if (!inContext && labels == 2 && FILE_EXTENSION_TLDS.contains(tld)) {
      return null;
    }
    Boolean known = UNDER_SUFFIX.get(lower);
    if (known == null) {
      known =
          InternetDomainName.isValid(lower)
              && InternetDomainName.from(lower).isUnderRegistrySuffix();
      if (UNDER_SUFFIX.size() < CACHE_SIZE) {
        UNDER_SUFFIX.put(lower, known);
      }
    }
    return known ? lower : null;
  }

  /**
   * Whether the last label of a name can be a top-level domain once lower-cased: ASCII letters
   * only, or an internationalised one's {@code xn--} form (either case). No public suffix ends in
   * anything else, so this rejects versions, times, numbers and IPv4 addresses ({@code 1.2.3},
   * {@code 09:22:01.677z}, {@code 10.0.0.1}) before the costlier checks, and before lower-casing.
   */
  private static boolean plausibleTld(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.regionMatches(true, dot + 1, "xn--", 0, 4)) {
      return dot >= 0;
    }
    for (int i = dot + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      // The Kelvin sign is the one other character whose lower case is an ASCII letter (k).
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\u212A')) {
        return false;
      }
    }
    return dot + 1 < name.length();
  }

  /**
   * Whether {@code name.substring(start, end)} is a valid lower-case label: 1 to 63 letters, digits
   * and hyphens, neither first nor last a hyphen.
   */
  private static boolean isLabel(String name, int start, int end) {
    if (end == start
        || end - start > 63
        || name.charAt(start) == '-'
        || name.charAt(end - 1) == '-') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a single lower-case label is a top-level public suffix, such as {@code com}. */
  static boolean isPublicSuffixLabel(String label) {
    return !label.isEmpty()
        && InternetDomainName.isValid(label)
        && InternetDomainName.from(label).isRegistrySuffix();
  }

  private static boolean isOnionLabel(String label) {
    if (label.length() != 16 && label.length() != 56) {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
        return false;
      }
    }
    return true;
  }
}
