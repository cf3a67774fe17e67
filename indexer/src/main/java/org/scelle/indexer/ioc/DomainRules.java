package org.scelle.indexer.ioc;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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

  private static final Pattern LABEL = Pattern.compile("[a-z0-9-]+");

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
    String lower = name.toLowerCase(Locale.ROOT);
    if (!plausibleTld(lower)) {
      return null;
    }
    String[] labels = lower.split("\\.", -1);
    if (labels.length < 2) {
      return null;
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > 63
          || !LABEL.matcher(label).matches()
          || label.charAt(0) == '-'
          || label.charAt(label.length() - 1) == '-') {
        return null;
      }
    }
    String tld = labels[labels.length - 1];
    if (tld.equals("onion")) {
      return isOnionLabel(labels[labels.length - 2]) ? lower : null;
    }
    if (!inContext && labels.length == 2 && FILE_EXTENSION_TLDS.contains(tld)) {
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
   * Whether the last label of a lower-case name can be a top-level domain: letters only, or an
   * internationalised one's {@code xn--} form. No public suffix ends in anything else, so this
   * rejects versions, times and numbers ({@code 1.2.3}, {@code 09:22:01.677z}) before the costlier
   * checks.
   */
  private static boolean plausibleTld(String lower) {
    int dot = lower.lastIndexOf('.');
    if (dot < 0 || lower.startsWith("xn--", dot + 1)) {
      return dot >= 0;
    }
    for (int i = dot + 1; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return dot + 1 < lower.length();
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
