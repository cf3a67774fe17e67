package org.scelle.reporter.dossier;

import java.util.regex.Pattern;

/**
 * The type of an indicator value, recognised from its normalised form (findings store refanged,
 * lower-case values). Used to label the IOC annex; the order of the checks matters (a SHA-256 is
 * also a valid domain label). Stateless.
 */
enum IndicatorType {
  URL(Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S+")),
  EMAIL(Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")),
  IPV4(Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}(/\\d{1,2})?")),
  IPV6(Pattern.compile("(?i)[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}(/\\d{1,3})?")),
  SHA256(Pattern.compile("(?i)[0-9a-f]{64}")),
  SHA1(Pattern.compile("(?i)[0-9a-f]{40}")),
  MD5(Pattern.compile("(?i)[0-9a-f]{32}")),
  CVE(Pattern.compile("(?i)CVE-\\d{4}-\\d{4,}")),
  BITCOIN(Pattern.compile("(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})")),
  REGISTRY(Pattern.compile("(?i)(HKLM|HKCU|HKU|HKCR|HKEY_[A-Z_]+)\\\\.*")),
  WINDOWS_PATH(Pattern.compile("(?i)([a-z]:\\\\|\\\\\\\\).*")),
  FILE_NAME(
      Pattern.compile(
          "(?i)[^\\\\/:]+\\.(exe|dll|sys|bat|cmd|ps1|vbs|js|hta|scr|msi|lnk|iso|bin|doc|docm|docx"
              + "|xls|xlsm|xlsx|pdf|zip|rar|7z|txt)")),
  DOMAIN(Pattern.compile("(?i)([a-z0-9-]+\\.)+[a-z][a-z0-9-]+")),
  OTHER(Pattern.compile(".*", Pattern.DOTALL));

  private final Pattern pattern;

  IndicatorType(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The message key of this type's label. */
  String key() {
    return "ioc.type." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The first type whose pattern matches the whole of {@code value}. */
  static IndicatorType of(String value) {
    String v = value == null ? "" : value.strip();
    for (IndicatorType t : values()) {
      if (t.pattern.matcher(v).matches()) {
        return t;
      }
    }
    return OTHER;
  }
}
