package org.scelle.indexer.hunt;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the type names used by CSV feeds and MISP attributes to indicator types, and infers types.
 */
final class TypeNames {
  private static final Map<String, IndicatorType> NAMES =
      Map.ofEntries(
          Map.entry("ip", IndicatorType.IPV4),
          Map.entry("ipv4", IndicatorType.IPV4),
          Map.entry("ip-src", IndicatorType.IPV4),
          Map.entry("ip-dst", IndicatorType.IPV4),
          Map.entry("ipv4-addr", IndicatorType.IPV4),
          Map.entry("ipv6", IndicatorType.IPV6),
          Map.entry("ipv6-addr", IndicatorType.IPV6),
          Map.entry("domain", IndicatorType.DOMAIN),
          Map.entry("domain-name", IndicatorType.DOMAIN),
          Map.entry("hostname", IndicatorType.DOMAIN),
          Map.entry("fqdn", IndicatorType.DOMAIN),
          Map.entry("onion", IndicatorType.DOMAIN),
          Map.entry("url", IndicatorType.URL),
          Map.entry("uri", IndicatorType.URL),
          Map.entry("link", IndicatorType.URL),
          Map.entry("email", IndicatorType.EMAIL),
          Map.entry("email-src", IndicatorType.EMAIL),
          Map.entry("email-dst", IndicatorType.EMAIL),
          Map.entry("email-addr", IndicatorType.EMAIL),
          Map.entry("md5", IndicatorType.MD5),
          Map.entry("sha1", IndicatorType.SHA1),
          Map.entry("sha-1", IndicatorType.SHA1),
          Map.entry("sha256", IndicatorType.SHA256),
          Map.entry("sha-256", IndicatorType.SHA256),
          Map.entry("btc", IndicatorType.BTC),
          Map.entry("bitcoin", IndicatorType.BTC),
          Map.entry("cve", IndicatorType.CVE),
          Map.entry("vulnerability", IndicatorType.CVE),
          Map.entry("filename", IndicatorType.FILE_NAME),
          Map.entry("file-name", IndicatorType.FILE_NAME),
          Map.entry("file", IndicatorType.FILE_NAME),
          Map.entry("account", IndicatorType.KEYWORD),
          Map.entry("user", IndicatorType.KEYWORD),
          Map.entry("username", IndicatorType.KEYWORD),
          Map.entry("service", IndicatorType.KEYWORD),
          Map.entry("task", IndicatorType.KEYWORD),
          Map.entry("scheduled-task", IndicatorType.KEYWORD),
          Map.entry("process", IndicatorType.KEYWORD),
          Map.entry("mutex", IndicatorType.KEYWORD),
          Map.entry("keyword", IndicatorType.KEYWORD),
          Map.entry("text", IndicatorType.KEYWORD));

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern CVE = Pattern.compile("(?i)CVE-\\d{4}-\\d{4,}");

  private TypeNames() {}

  /** The type named {@code name}, or null when it is not one a hunt can match. */
  static IndicatorType of(String name) {
    return NAMES.get(name.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The type of a bare value, inferred from its shape, or null. */
  static IndicatorType infer(String v) {
    String s = v.trim();
    if (s.isEmpty()) {
      return null;
    }
    if (IPV4.matcher(s).matches()) {
      return IndicatorType.IPV4;
    }
    if (s.indexOf(':') >= 0
        && s.matches("[0-9A-Fa-f:.]+")
        && s.chars().filter(c -> c == ':').count() >= 2) {
      return IndicatorType.IPV6;
    }
    if (HEX.matcher(s).matches()) {
      return switch (s.length()) {
        case 32 -> IndicatorType.MD5;
        case 40 -> IndicatorType.SHA1;
        case 64 -> IndicatorType.SHA256;
        default -> null;
      };
    }
    if (CVE.matcher(s).matches()) {
      return IndicatorType.CVE;
    }
    if (s.contains("://") || s.toLowerCase(Locale.ROOT).startsWith("hxxp")) {
      return IndicatorType.URL;
    }
    if (s.indexOf('@') > 0) {
      return IndicatorType.EMAIL;
    }
    if (s.indexOf('.') > 0 && s.indexOf(' ') < 0 && s.indexOf('/') < 0) {
      return IndicatorType.DOMAIN;
    }
    return null;
  }
}
