package org.scelle.indexer.ioc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts indicators of compromise from a text.
 *
 * <p>The text is first refanged (see {@link Refanged}); each indicator reports its {@code raw} text
 * and offsets in the original text and its normalised {@code value}. Normal forms: domains and
 * e-mail domains lower-case; URLs with lower-case scheme and host; IPv4 without leading zeros; IPv6
 * in RFC 5952 form; hashes lower-case; CVE ids upper-case; paths and registry keys as found.
 *
 * <p><b>Overlaps.</b> Every domain name is reported as a {@link IocType#DOMAIN}, including the host
 * of a URL and the domain of an e-mail address (so that a hunt for a domain finds all three), and
 * an IP-address URL host is also an {@link IocType#IPV4} or {@link IocType#IPV6}. Dotted names in a
 * URL's path or query, in an e-mail's local part, or in a Windows path or registry key are not
 * domains ({@code C:\Tools\setup.py} is a path, not a domain). A URL whose host is neither a domain
 * nor an IP address is not reported. Hashes are taken with word boundaries at their exact lengths
 * (32, 40, 64 hex digits), so a SHA-256 never also yields an MD5; an undashed GUID is
 * indistinguishable from an MD5 and is reported as one, a dashed GUID is not a hash.
 *
 * <p>Results are sorted by start offset, then longer first, then type, then value; the same text
 * always gives the same list. Every pattern is bounded and possessive, so the time is linear in the
 * text's length. Stateless and thread-safe; the text is read, never kept.
 */
public final class IocExtractor {

  private static final String LABEL = "[A-Za-z0-9-]{1,63}+";
  private static final String NAME =
      LABEL + "(?:\\." + LABEL + "){1,30}+(?![A-Za-z0-9_@-]|\\.[A-Za-z0-9_-])";
  private static final String WORD = "[^\\\\/:*?\"<>|,;\\s]{1,255}+";

  /**
   * A path component: words separated by single spaces, never starting or ending with one. Commas
   * and semicolons, legal but rare in names and common after them in prose, end a component.
   */
  private static final String SEGMENT = WORD + "(?: " + WORD + "){0,16}+";

  private static final Pattern URL =
      Pattern.compile("(?i)(?<![a-z0-9])(?:https?|ftp)://[^\\s<>\"'`{}|\\\\^]{1,2048}+");
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}+)@(" + NAME + ")");
  private static final Pattern DOMAIN = Pattern.compile("(?<![A-Za-z0-9_.-])" + NAME);
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?<![A-Za-z0-9_.])[0-9]{1,3}+(?:\\.[0-9]{1,3}+){3}(?![A-Za-z0-9_]|\\.[0-9])");
  private static final Pattern IPV6 =
      Pattern.compile(
          "(?<![A-Za-z0-9_:.])(?:[0-9A-Fa-f:]{2,39}+(?:\\.[0-9]{1,3}+){3}|[0-9A-Fa-f:]{2,39}+)"
              + "(?![A-Za-z0-9_:]|\\.[A-Za-z0-9])");
  private static final Pattern HASH =
      Pattern.compile("(?<![A-Za-z0-9_])[0-9A-Fa-f]{32,64}+(?![A-Za-z0-9_])");
  private static final Pattern BTC =
      Pattern.compile(
          "(?<![A-Za-z0-9_])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}+|(?:bc1|BC1)[02-9AC-HJ-NP-Zac-hj-np-z]{11,87}+)"
              + "(?![A-Za-z0-9_])");
  private static final Pattern WINDOWS_PATH =
      Pattern.compile(
          "(?<![A-Za-z0-9_])[A-Za-z]:\\\\(?:"
              + SEGMENT
              + "\\\\?){0,64}+|(?<![A-Za-z0-9_\\\\])\\\\\\\\[A-Za-z0-9._$-]{1,255}+(?:\\\\"
              + SEGMENT
              + "){1,64}+\\\\?");
  private static final Pattern REGISTRY_KEY =
      Pattern.compile(
          "(?i)(?<![a-z0-9_])(?:HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKEY_CLASSES_ROOT|HKEY_USERS"
              + "|HKEY_CURRENT_CONFIG|HKLM|HKCU|HKCR|HKU|HKCC):?(?:\\\\"
              + SEGMENT
              + "){1,64}+");
  private static final Pattern CVE =
      Pattern.compile("(?i)(?<![a-z0-9_-])CVE-[0-9]{4}-[0-9]{4,7}+(?![a-z0-9_])");

  private static final Comparator<Ioc> ORDER =
      Comparator.comparingInt(Ioc::start)
          .thenComparing(Comparator.comparingInt(Ioc::end).reversed())
          .thenComparing(Ioc::type)
          .thenComparing(Ioc::value);

  /** Creates an extractor; it holds no state, so one instance may serve every thread. */
  public IocExtractor() {}

  /**
   * Returns the indicators found in {@code text}, sorted and without duplicates (see the class
   * comment).
   *
   * @param text the text to scan; not modified, not retained
   * @return a new modifiable list, empty when nothing is found
   * @throws NullPointerException if {@code text} is null
   */
  public List<Ioc> extract(CharSequence text) {
    Scan scan = new Scan(Refanged.of(text));
    scan.urls();
    scan.emails();
    scan.paths(WINDOWS_PATH, IocType.WINDOWS_PATH);
    scan.paths(REGISTRY_KEY, IocType.REGISTRY_KEY);
    scan.domains();
    scan.simple();
    List<Ioc> sorted = scan.found;
    sorted.sort(ORDER);
    List<Ioc> result = new ArrayList<>(sorted.size());
    for (Ioc ioc : sorted) {
      if (result.isEmpty() || !result.get(result.size() - 1).equals(ioc)) {
        result.add(ioc); // equal records are adjacent once sorted
      }
    }
    return result;
  }

  /** The state of one extraction: the refanged text, the results, the context spans. */
  private static final class Scan {
    private final Refanged refanged;
    private final String s;
    private final List<Ioc> found = new ArrayList<>();
    private final BitSet context = new BitSet(); // URL, e-mail, path and registry-key chars

    Scan(Refanged refanged) {
      this.refanged = refanged;
      this.s = refanged.text();
    }

    void add(IocType type, String value, int start, int end) {
      found.add(
          new Ioc(
              type,
              value,
              refanged.raw(start, end),
              refanged.originalStart(start),
              refanged.originalEnd(end)));
    }

    void urls() {
      Matcher m = URL.matcher(s);
      int from = 0;
      while (from < s.length() && m.find(from)) {
        int start = m.start();
        int end = trimUrl(start, m.end());
        from = Math.max(end, start + 1);
        int authority = s.indexOf("://", start) + 3; // within the match: its scheme is short
        int authorityEnd = authority;
        while (authorityEnd < end && "/?#".indexOf(s.charAt(authorityEnd)) < 0) {
          authorityEnd++;
        }
        int hostStart = Math.max(authority, lastIndexOf('@', authority, authorityEnd) + 1);
        int hostEnd;
        IocType hostType;
        String hostValue;
        if (hostStart < authorityEnd && s.charAt(hostStart) == '[') {
          int close = indexOf(']', hostStart, authorityEnd);
          if (close < 0) {
            continue;
          }
          hostStart++;
          hostEnd = close;
          hostType = IocType.IPV6;
          hostValue = Addresses.ipv6(s.substring(hostStart, hostEnd));
        } else {
          int colon = indexOf(':', hostStart, authorityEnd);
          hostEnd = colon >= 0 ? colon : authorityEnd;
          String host = s.substring(hostStart, hostEnd);
          hostValue = Addresses.ipv4(host);
          hostType = IocType.IPV4;
          if (hostValue == null) {
            hostValue = DomainRules.check(host, true);
            hostType = IocType.DOMAIN;
          }
        }
        if (hostValue == null || hostStart >= hostEnd) {
          continue;
        }
        String value =
            s.substring(start, hostEnd).toLowerCase(Locale.ROOT) + s.substring(hostEnd, end);
        add(IocType.URL, value, start, end);
        add(hostType, hostValue, hostStart, hostEnd);
        context.set(start, end);
      }
    }

    /** First index of {@code c} in {@code [from, to)}, or -1: bounded, unlike String's. */
    private int indexOf(char c, int from, int to) {
      for (int i = from; i < to; i++) {
        if (s.charAt(i) == c) {
          return i;
        }
      }
      return -1;
    }

    /** Last index of {@code c} in {@code [from, to)}, or -1. */
    private int lastIndexOf(char c, int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (s.charAt(i) == c) {
          return i;
        }
      }
      return -1;
    }

    /** End of the URL at {@code [start, end)} without trailing punctuation or closing brackets. */
    private int trimUrl(int start, int end) {
      int open = 0;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        open += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      while (end > start) {
        char c = s.charAt(end - 1);
        if (".,;:!?'\"]".indexOf(c) >= 0 || (c == ')' && open < 0)) {
          open += c == ')' ? 1 : 0;
          end--;
        } else {
          break;
        }
      }
      return end;
    }

    void emails() {
      Matcher m = EMAIL.matcher(s);
      while (m.find()) {
        String local = m.group(1);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
          continue;
        }
        String domain = DomainRules.check(m.group(2), true);
        if (domain != null) {
          add(IocType.EMAIL, local + "@" + domain, m.start(), m.end());
          add(IocType.DOMAIN, domain, m.start(2), m.end(2));
          context.set(m.start(), m.end());
        }
      }
    }

    /** Windows paths and registry keys; a last component stops at its first space. */
    void paths(Pattern pattern, IocType type) {
      Matcher m = pattern.matcher(s);
      int from = 0;
      while (from < s.length() && m.find(from)) {
        int start = m.start();
        int end = m.end();
        int lastSeparator = lastIndexOf('\\', start, end);
        int space = indexOf(' ', lastSeparator + 1, end);
        if (space >= 0 && space < end) {
          end = space;
        }
        while (end > start && ".,;'\")]".indexOf(s.charAt(end - 1)) >= 0) {
          end--;
        }
        from = Math.max(end, start + 1);
        String value = s.substring(start, end);
        if (value.indexOf('\\') == value.length() - 1) {
          continue; // a bare hive or drive
        }
        add(type, value, start, end);
        context.set(start, end);
      }
    }

    void domains() {
      Matcher m = DOMAIN.matcher(s);
      while (m.find()) {
        int next = context.nextSetBit(m.start());
        if (next >= 0 && next < m.end()) {
          continue;
        }
        String domain = DomainRules.check(m.group(), false);
        if (domain != null) {
          add(IocType.DOMAIN, domain, m.start(), m.end());
        }
      }
    }

    /** IP addresses, hashes, Bitcoin addresses and CVE ids: anywhere in the text. */
    void simple() {
      for (Matcher m = IPV4.matcher(s); m.find(); ) {
        addIfValid(IocType.IPV4, Addresses.ipv4(m.group()), m);
      }
      for (Matcher m = IPV6.matcher(s); m.find(); ) {
        addIfValid(IocType.IPV6, Addresses.ipv6(m.group()), m);
      }
      for (Matcher m = HASH.matcher(s); m.find(); ) {
        String hex = m.group().toLowerCase(Locale.ROOT);
        IocType type =
            switch (hex.length()) {
              case 32 -> IocType.MD5;
              case 40 -> IocType.SHA1;
              case 64 -> IocType.SHA256;
              default -> null;
            };
        boolean digitsOnly = hex.chars().allMatch(c -> c >= '0' && c <= '9');
        addIfValid(type, digitsOnly ? null : hex, m);
      }
      for (Matcher m = BTC.matcher(s); m.find(); ) {
        String address = m.group();
        if (address.substring(0, 3).equalsIgnoreCase("bc1")) {
          boolean valid = Bitcoin.isBech32Address(address);
          addIfValid(IocType.BTC, valid ? address.toLowerCase(Locale.ROOT) : null, m);
        } else {
          addIfValid(IocType.BTC, Bitcoin.isBase58Address(address) ? address : null, m);
        }
      }
      for (Matcher m = CVE.matcher(s); m.find(); ) {
        addIfValid(IocType.CVE, m.group().toUpperCase(Locale.ROOT), m);
      }
    }

    private void addIfValid(IocType type, String value, Matcher m) {
      if (type != null && value != null) {
        add(type, value, m.start(), m.end());
      }
    }
  }
}
