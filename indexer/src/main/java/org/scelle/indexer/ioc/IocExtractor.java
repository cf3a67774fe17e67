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

  // The first character of a match and the characters its lookbehind rejects before it, per
  // pattern that opens with a lookbehind: a matcher needs to try only the positions where both
  // hold (see Scan#find).
  private static final Chars DOMAIN_FIRST = Chars.of("A-Za-z0-9-");
  private static final Chars DOMAIN_BEFORE = Chars.of("A-Za-z0-9_.-");
  private static final Chars IPV4_FIRST = Chars.of("0-9");
  private static final Chars IPV4_BEFORE = Chars.of("A-Za-z0-9_.");
  private static final Chars IPV6_FIRST = Chars.of("0-9A-Fa-f:");
  private static final Chars IPV6_BEFORE = Chars.of("A-Za-z0-9_:.");
  private static final Chars HASH_FIRST = Chars.of("0-9A-Fa-f");
  private static final Chars WORD_BEFORE = Chars.of("A-Za-z0-9_");
  private static final Chars BTC_FIRST = Chars.of("13bB");
  private static final Chars URL_FIRST = Chars.of("hHfF");
  private static final Chars URL_BEFORE = Chars.of("A-Za-z0-9");

  /** The shortest Bitcoin address: "bc1" and 11 characters. */
  private static final int BTC_MIN = 14;

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
    // Each scan runs only when the text holds what every match of its pattern needs (the
    // skipped ones could not have found anything): "://" for URLs, '@' for e-mail addresses, a
    // backslash for paths and registry keys, a dot for domains.
    Shape shape = Shape.of(scan.s);
    if (shape.colon && scan.s.contains("://")) {
      scan.urls();
    }
    if (shape.at) {
      scan.emails();
    }
    if (shape.backslash) {
      scan.paths(WINDOWS_PATH, IocType.WINDOWS_PATH);
      scan.paths(REGISTRY_KEY, IocType.REGISTRY_KEY);
    }
    if (shape.dot) {
      scan.domains();
    }
    scan.simple(shape);
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
    final String s;
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
      Matcher m = URL.matcher(s).useTransparentBounds(true);
      int from = 0;
      while (from < s.length() && find(m, from, URL_FIRST, URL_BEFORE, IocExtractor::schemeEnd)) {
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
      Matcher m = DOMAIN.matcher(s).useTransparentBounds(true);
      for (int from = 0;
          find(m, from, DOMAIN_FIRST, DOMAIN_BEFORE, IocExtractor::dottedLabel);
          from = m.end()) {
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

    /**
     * Like {@code m.find(from)} for a pattern that opens with a lookbehind rejecting {@code before}
     * and then a character of {@code first}: tries only the positions where both hold, which finds
     * the same match without running the lookbehind everywhere. {@code m} must use transparent
     * bounds.
     */
    private boolean find(Matcher m, int from, Chars first, Chars before, Start start) {
      int n = s.length();
      for (int i = from; i < n; i++) {
        if (first.has(s.charAt(i))
            && (i == 0 || !before.has(s.charAt(i - 1)))
            && start.possible(s, i)) {
          m.region(i, n);
          if (m.lookingAt()) {
            return true;
          }
        }
      }
      return false;
    }

    /** IP addresses, hashes, Bitcoin addresses and CVE ids: anywhere in the text. */
    void simple(Shape shape) {
      if (shape.dot) {
        Matcher m = IPV4.matcher(s).useTransparentBounds(true);
        for (int from = 0;
            find(m, from, IPV4_FIRST, IPV4_BEFORE, IocExtractor::dottedNumber);
            from = m.end()) {
          addIfValid(IocType.IPV4, Addresses.ipv4(m.group()), m);
        }
      }
      if (shape.colon) { // every IPv6 address has one
        Matcher m = IPV6.matcher(s).useTransparentBounds(true);
        for (int from = 0;
            find(m, from, IPV6_FIRST, IPV6_BEFORE, IocExtractor::colonInRun);
            from = m.end()) {
          addIfValid(IocType.IPV6, Addresses.ipv6(m.group()), m);
        }
      }
      if (shape.longestHexRun >= 32) {
        hashes();
      }
      if (shape.longestAlnumRun >= BTC_MIN) {
        Matcher m = BTC.matcher(s).useTransparentBounds(true);
        for (int from = 0; find(m, from, BTC_FIRST, WORD_BEFORE, (t, i) -> true); from = m.end()) {
          bitcoin(m);
        }
      }
      if (shape.cve) {
        for (Matcher m = CVE.matcher(s); m.find(); ) {
          addIfValid(IocType.CVE, m.group().toUpperCase(Locale.ROOT), m);
        }
      }
    }

    private void hashes() {
      Matcher m = HASH.matcher(s).useTransparentBounds(true);
      for (int from = 0;
          find(m, from, HASH_FIRST, WORD_BEFORE, IocExtractor::hashRun);
          from = m.end()) {
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
    }

    private void bitcoin(Matcher m) {
      String address = m.group();
      if (address.substring(0, 3).equalsIgnoreCase("bc1")) {
        boolean valid = Bitcoin.isBech32Address(address);
        addIfValid(IocType.BTC, valid ? address.toLowerCase(Locale.ROOT) : null, m);
      } else {
        addIfValid(IocType.BTC, Bitcoin.isBase58Address(address) ? address : null, m);
      }
    }

    private void addIfValid(IocType type, String value, Matcher m) {
      if (type != null && value != null) {
        add(type, value, m.start(), m.end());
      }
    }
  }

  /**
   * A necessary condition for a match of a pattern to start at {@code i}, cheaper than trying the
   * pattern there. A condition never rejects a position where the pattern matches, or where a
   * match, though later rejected, would move the search past positions that could match.
   */
  @FunctionalInterface
  private interface Start {
    boolean possible(String s, int i);
  }

  /** A domain's first label: at most 63 label characters, then a dot and a label character. */
  private static boolean dottedLabel(String s, int i) {
    int j = i;
    while (j < s.length() && j - i <= 63 && DOMAIN_FIRST.has(s.charAt(j))) {
      j++;
    }
    return j - i <= 63
        && j + 1 < s.length()
        && s.charAt(j) == '.'
        && DOMAIN_FIRST.has(s.charAt(j + 1));
  }

  /**
   * A URL's scheme: "://" after its 3 to 5 characters ({@code ftp}, {@code http}, {@code https}).
   */
  private static boolean schemeEnd(String s, int i) {
    return s.startsWith("://", i + 3) || s.startsWith("://", i + 4) || s.startsWith("://", i + 5);
  }

  /** An IPv4 address's first number: at most 3 digits, then a dot and a digit. */
  private static boolean dottedNumber(String s, int i) {
    int j = i;
    while (j < s.length() && j - i <= 3 && IPV4_FIRST.has(s.charAt(j))) {
      j++;
    }
    return j - i <= 3
        && j + 1 < s.length()
        && s.charAt(j) == '.'
        && IPV4_FIRST.has(s.charAt(j + 1));
  }

  /**
   * A colon among the first 39 hexadecimal digits and colons: a match without one is never an IPv6
   * address, and skipping it moves the search past no candidate (the characters it would have
   * covered, and the one after it, follow a character its lookbehind rejects).
   */
  private static boolean colonInRun(String s, int i) {
    for (int j = i; j < s.length() && j - i < 39 && IPV6_FIRST.has(s.charAt(j)); j++) {
      if (s.charAt(j) == ':') {
        return true;
      }
    }
    return false;
  }

  /** 32 to 64 hexadecimal digits. */
  private static boolean hashRun(String s, int i) {
    int j = i;
    while (j < s.length() && j - i <= 64 && HASH_FIRST.has(s.charAt(j))) {
      j++;
    }
    return j - i >= 32 && j - i <= 64;
  }

  /** What a text holds, in one pass: the scans that cannot match are skipped. */
  private static final class Shape {
    boolean colon;
    boolean at;
    boolean backslash;
    boolean dot;
    boolean cve;
    int longestHexRun;
    int longestAlnumRun;

    static Shape of(String s) {
      Shape sh = new Shape();
      int hex = 0;
      int alnum = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean isDigit = c >= '0' && c <= '9';
        boolean isLetter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        hex = isDigit || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') ? hex + 1 : 0;
        alnum = isDigit || isLetter ? alnum + 1 : 0;
        sh.longestHexRun = Math.max(sh.longestHexRun, hex);
        sh.longestAlnumRun = Math.max(sh.longestAlnumRun, alnum);
        switch (c) {
          case ':' -> sh.colon = true;
          case '@' -> sh.at = true;
          case '\\' -> sh.backslash = true;
          case '.' -> sh.dot = true;
          case '-' ->
              sh.cve |=
                  i >= 3
                      && (s.charAt(i - 3) | 0x20) == 'c'
                      && (s.charAt(i - 2) | 0x20) == 'v'
                      && (s.charAt(i - 1) | 0x20) == 'e';
          default -> {}
        }
      }
      return sh;
    }
  }

  /** A set of ASCII characters given as a character class body ({@code "A-Za-z0-9_"}). */
  private static final class Chars {
    private final boolean[] in = new boolean[128];

    static Chars of(String ranges) {
      Chars c = new Chars();
      for (int i = 0; i < ranges.length(); i++) {
        char from = ranges.charAt(i);
        char to = from;
        if (i + 2 < ranges.length() && ranges.charAt(i + 1) == '-') {
          to = ranges.charAt(i + 2);
          i += 2;
        }
        for (char x = from; x <= to; x++) {
          c.in[x] = true;
        }
      }
      return c;
    }

    boolean has(char c) {
      return c < 128 && in[c];
    }
  }
}
