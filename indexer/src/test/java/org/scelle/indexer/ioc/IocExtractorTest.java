package org.scelle.indexer.ioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scelle.indexer.Fields;

class IocExtractorTest {

  private final IocExtractor extractor = new IocExtractor();

  private List<String> values(String text, IocType type) {
    return extractor.extract(text).stream().filter(i -> i.type() == type).map(Ioc::value).toList();
  }

  @Test
  void fieldNamesUseThePrefix() {
    assertThat(IocType.IPV4.field()).isEqualTo(Fields.IOC_IPV4);
    assertThat(IocType.WINDOWS_PATH.field()).isEqualTo(Fields.IOC_PATH);
    assertThat(IocType.REGISTRY_KEY.field()).isEqualTo(Fields.IOC_REGISTRY);
    assertThat(IocType.CVE.field()).isEqualTo(Fields.IOC_PREFIX + "cve");
  }

  @Test
  void ipv4NormalisedAndVersionStringsRejected() {
    assertThat(values("from 010.001.002.003 and 203.0.113.45:443.", IocType.IPV4))
        .containsExactly("10.1.2.3", "203.0.113.45");
    assertThat(values("v 1.2.3.4.5 or 10.0.0.1.2 or 256.1.1.1 or 1.2.3", IocType.IPV4)).isEmpty();
    assertThat(values("198.51.100[.]23 and 192.0.2(.)77", IocType.IPV4))
        .containsExactly("198.51.100.23", "192.0.2.77");
  }

  @ParameterizedTest
  @CsvSource({
    "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
    "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
    "fe80::0:1, fe80::1",
    "::ffff:192.0.2.1, ::ffff:192.0.2.1",
    "::1, ::1"
  })
  void ipv6Canonical(String literal, String canonical) {
    assertThat(values("addr " + literal + " end", IocType.IPV6)).containsExactly(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"at 12:34:56 ok", "mac 00:1a:2b:3c:4d:5e", "std::vector", "1:2:3:4:5:6:7:8:9"})
  void notIpv6(String text) {
    assertThat(values(text, IocType.IPV6)).isEmpty();
  }

  @Test
  void domainsNeedAPublicSuffix() {
    assertThat(
            values(
                "ran svchost.exe, opened report.docx and file.txt, index.php, "
                    + "System.Management.Automation, 1.2.3",
                IocType.DOMAIN))
        .isEmpty();
    assertThat(
            values(
                "beacon to Update-Check.Example.NET, foo.co.uk, xn--80ak6aa92e.com and xn--p1ai.xn--p1ai",
                IocType.DOMAIN))
        .containsExactly(
            "update-check.example.net", "foo.co.uk", "xn--80ak6aa92e.com", "xn--p1ai.xn--p1ai");
    assertThat(values("just co.uk", IocType.DOMAIN)).isEmpty();
  }

  @Test
  void onionV3AndV2() {
    String v3 = "santat7kpllt6iyvqbr7q4amdv6dzrh6paatvyrzl7ry3zm72zigf4ad.onion";
    assertThat(values("leak " + v3 + " and ekbgzchl6x2ias37.onion, not abc.onion", IocType.DOMAIN))
        .containsExactly(v3, "ekbgzchl6x2ias37.onion");
  }

  @Test
  void fileExtensionTldsNeedContext() {
    assertThat(
            values(
                "see readme.md, run setup.py, script.sh, archive.zip, photo.mov", IocType.DOMAIN))
        .isEmpty();
    assertThat(
            values(
                "http://readme.md/x and ops@setup.py and www.archive.zip and a.b.photo.mov",
                IocType.DOMAIN))
        .containsExactly("readme.md", "setup.py", "www.archive.zip", "a.b.photo.mov");
  }

  @Test
  void urlsNormalisedWithHostAsDomain() {
    List<Ioc> iocs = extractor.extract("get HTTP://CDN-Docs.Example.org/f/Facture.doc?x=1).");
    assertThat(iocs)
        .extracting(Ioc::type, Ioc::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                IocType.URL, "http://cdn-docs.example.org/f/Facture.doc?x=1"),
            org.assertj.core.groups.Tuple.tuple(IocType.DOMAIN, "cdn-docs.example.org"));
    assertThat(values("http://203.0.113.45:8080/a/setup.py", IocType.IPV4))
        .containsExactly("203.0.113.45");
    assertThat(values("http://203.0.113.45:8080/a/setup.py", IocType.DOMAIN)).isEmpty();
    assertThat(values("http://[2001:db8::1]/x", IocType.IPV6)).containsExactly("2001:db8::1");
    assertThat(values("http://intranet/x", IocType.URL)).isEmpty();
  }

  @Test
  void urlsStartAtASchemeAfterANonAlphanumeric() {
    assertThat(
            values(
                "(ftp://files.example.org/a) FTP://Files.Example.org/b =https://x.example.com"
                    + " xhttp://no.example.com 1https://no.example.net Https://ok.example.net",
                IocType.URL))
        .containsExactly(
            "ftp://files.example.org/a",
            "ftp://files.example.org/b",
            "https://x.example.com",
            "https://ok.example.net");
    assertThat(values("http:/a.example.com https//b.example.com http:", IocType.URL)).isEmpty();
  }

  @Test
  void topLevelDomainTestedWhateverTheCase() {
    assertThat(values("Update.EXAMPLE.COM, XN--P1AI.XN--P1AI, 10.0.0.1 and 1.2.3", IocType.DOMAIN))
        .containsExactly("update.example.com", "xn--p1ai.xn--p1ai");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "hxxp://evil[.]example[.]com/a | http://evil.example.com/a",
        "hXXps://evil(.)example{.}com/a | https://evil.example.com/a",
        "hxxp[://]evil[dot]example(dot)com | http://evil.example.com",
        "hxxps[:]//evil.example.com/b | https://evil.example.com/b"
      })
  void refangedUrls(String defanged, String url) {
    List<Ioc> iocs = extractor.extract("x " + defanged + " y");
    Ioc found = iocs.stream().filter(i -> i.type() == IocType.URL).findFirst().orElseThrow();
    assertThat(found.value()).isEqualTo(url);
    assertThat(found.raw()).isEqualTo(defanged);
    assertThat(found.start()).isEqualTo(2);
    assertThat(found.end()).isEqualTo(2 + defanged.length());
  }

  @Test
  void spelledDotOnlyInsideCandidateDomains() {
    assertThat(values("write to example dot com now", IocType.DOMAIN))
        .containsExactly("example.com");
    assertThat(values("this dot is big; the dot com bubble", IocType.DOMAIN)).isEmpty();
  }

  @Test
  void escapedDotOnlyBeforeADomainEnding() {
    assertThat(values("site 4hzyuotli6maqa4u\\.onion up", IocType.DOMAIN))
        .containsExactly("4hzyuotli6maqa4u.onion");
    assertThat(values("C:\\Users\\bob\\.ssh\\id_rsa", IocType.WINDOWS_PATH))
        .containsExactly("C:\\Users\\bob\\.ssh\\id_rsa");
  }

  @Test
  void emailsIncludingDefanged() {
    String text =
        "from=<Relance.Facturation@Mail-Docs.Example.ORG> or unlock[at]mail[.]example[.]net or "
            + "desk(at)secure(dot)example(dot)org or a[@]b.example.com or x [at] y [.] com";
    assertThat(values(text, IocType.EMAIL))
        .containsExactly(
            "Relance.Facturation@mail-docs.example.org",
            "unlock@mail.example.net",
            "desk@secure.example.org",
            "a@b.example.com",
            "x@y.com");
    assertThat(values(text, IocType.DOMAIN))
        .containsExactly(
            "mail-docs.example.org",
            "mail.example.net",
            "secure.example.org",
            "b.example.com",
            "y.com");
    Ioc defanged =
        extractor.extract(text).stream()
            .filter(i -> i.value().equals("unlock@mail.example.net"))
            .findFirst()
            .orElseThrow();
    assertThat(defanged.raw()).isEqualTo("unlock[at]mail[.]example[.]net");
    assertThat(text.substring(defanged.start(), defanged.end())).isEqualTo(defanged.raw());
    assertThat(values("not an e-mail: a@b, @example.com, x@file.txt", IocType.EMAIL)).isEmpty();
  }

  @Test
  void hashesExactLengthsLowerCase() {
    String md5 = "2EE27038FC6BC24375D056C3057144EC";
    String sha1 = "694556c872b88238d23dac419d7347844c55f936";
    String sha256 = "c5cb14e46c7178e171bf1298fe60b8419eead0c6bf95420e73588cd4b063b803";
    String text = "md5=" + md5 + " sha1=" + sha1 + " sha256=" + sha256;
    assertThat(values(text, IocType.MD5)).containsExactly(md5.toLowerCase());
    assertThat(values(text, IocType.SHA1)).containsExactly(sha1);
    assertThat(values(text, IocType.SHA256)).containsExactly(sha256);
    assertThat(extractor.extract(sha256 + "00")).isEmpty();
    assertThat(extractor.extract("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}")).isEmpty();
    assertThat(extractor.extract("12345678901234567890123456789012")).isEmpty();
  }

  @Test
  void bitcoinChecksumsVerified() {
    String p2pkh = "162reoNVDk6vhpLJNsHsgD4UsAQRN32S3h";
    String p2sh = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    String bech32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
    String taproot = "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr";
    assertThat(values(String.join(" ", p2pkh, p2sh, bech32.toUpperCase(), taproot), IocType.BTC))
        .containsExactly(p2pkh, p2sh, bech32, taproot);
    String broken = p2pkh.substring(0, 33) + "j";
    assertThat(values(broken + " bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", IocType.BTC))
        .isEmpty();
  }

  @Test
  void windowsPathsAndRegistryKeys() {
    String text =
        "path=\"C:\\ProgramData\\SrvNetUpd\\srvnetupd.exe\" then C:\\Program Files\\App\\x.exe and"
            + " \\\\srv-file01\\d$\\Partages\\readme.md, key HKLM\\SOFTWARE\\Microsoft\\Windows"
            + "\\CurrentVersion\\Run /v x and HKEY_CURRENT_USER\\Software\\Evil.";
    assertThat(values(text, IocType.WINDOWS_PATH))
        .containsExactly(
            "C:\\ProgramData\\SrvNetUpd\\srvnetupd.exe",
            "C:\\Program Files\\App\\x.exe",
            "\\\\srv-file01\\d$\\Partages\\readme.md");
    assertThat(values(text, IocType.REGISTRY_KEY))
        .containsExactly(
            "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
            "HKEY_CURRENT_USER\\Software\\Evil");
    assertThat(values(text, IocType.DOMAIN)).isEmpty();
  }

  @Test
  void cveUpperCased() {
    assertThat(
            values(
                "probe cve-2019-11510, CVE-2021-44228; not CVE-19-1 or XCVE-2020-1234",
                IocType.CVE))
        .containsExactly("CVE-2019-11510", "CVE-2021-44228");
  }

  @Test
  void sortedByOffsetAndDeterministic() {
    String text = "b 203.0.113.45 a http://x.example.com/ c CVE-2020-0601 " + "a".repeat(32);
    List<Ioc> first = extractor.extract(text);
    assertThat(first).isSortedAccordingTo(java.util.Comparator.comparingInt(Ioc::start));
    assertThat(extractor.extract(text)).isEqualTo(first);
    for (Ioc ioc : first) {
      assertThat(text.substring(ioc.start(), ioc.end())).isEqualTo(ioc.raw());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "a.",
        "1.",
        "1",
        ":",
        "a:",
        "f",
        "[.]",
        "a[.]",
        " dot a",
        "a@",
        "\\",
        "C:\\a ",
        "x.",
        "HKLM\\a",
        "hxxp://a",
        "http://a.",
        "(",
        "1a2b"
      })
  void adversarialMegabyteInputsStayLinear(String unit) {
    String text = unit.repeat(1_000_000 / unit.length());
    Supplier<List<Ioc>> run = () -> extractor.extract(text);
    // linear: about a second; a quadratic pattern would take minutes
    assertTimeout(Duration.ofSeconds(10), run::get, () -> "1 MB of '" + unit + "'");
  }
}
