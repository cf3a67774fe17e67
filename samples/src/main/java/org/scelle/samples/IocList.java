package org.scelle.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The published indicator list, shared by the STIX bundle, the CSV feed and the README: one entry
 * per indicator, in a fixed order.
 */
final class IocList {

  private IocList() {}

  /**
   * One indicator.
   *
   * @param type CSV type: {@code ipv4}, {@code domain}, {@code url}, {@code email}, {@code sha256},
   *     {@code sha1}, {@code md5}, {@code filename}, {@code account}, {@code service}, {@code
   *     task}, {@code btc}, {@code onion}, {@code cve}
   * @param value the value, as it appears in the evidence
   * @param description what it is
   * @param firstSeen first time it appears in the evidence (UTC)
   * @param pattern its STIX 2.1 pattern, or {@code null} when it is not published as a STIX
   *     indicator
   */
  record Entry(String type, String value, String description, Instant firstSeen, String pattern) {}

  static List<Entry> entries(Derivation d, Indicators i) {
    Instant firstBeacon =
        LogTime.beacons(d).get(0).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    List<Entry> out = new ArrayList<>();
    out.add(
        stix(
            "ipv4",
            i.c2Ip(),
            "C2 server (" + i.c2Domain() + "), hourly beacons from WS-FIN-014 via the proxy",
            firstBeacon,
            "ipv4-addr:value"));
    out.add(
        stix(
            "ipv4",
            i.stagingIp(),
            "staging host of the phishing document and payload; sent the phishing e-mail",
            Scenario.PHISHING_MAIL,
            "ipv4-addr:value"));
    out.add(
        stix(
            "ipv4",
            i.exfilIp(),
            "exfiltration destination (" + i.exfilDomain() + ")",
            Scenario.EXFIL_START,
            "ipv4-addr:value"));
    out.add(
        stix(
            "ipv4",
            i.vpnAttackerIp(),
            "VPN exploitation attempt, brute force and sessions with the stolen account",
            Scenario.VPN_EXPLOIT_ATTEMPT.minusSeconds(240),
            "ipv4-addr:value"));
    out.add(
        stix(
            "ipv4",
            i.rdpScannerIp(),
            "RDP scanning dropped at the perimeter firewall",
            Instant.parse("2019-11-02T01:20:00Z"),
            "ipv4-addr:value"));
    out.add(stix("domain", i.c2Domain(), "C2 domain", firstBeacon, "domain-name:value"));
    out.add(
        stix(
            "domain",
            i.stagingDomain(),
            "phishing document and payload host",
            Scenario.PHISHING_CLICK,
            "domain-name:value"));
    out.add(
        stix(
            "domain",
            i.exfilDomain(),
            "exfiltration service",
            Scenario.EXFIL_START,
            "domain-name:value"));
    out.add(
        stix(
            "url",
            i.phishingUrl(),
            "link in the phishing e-mail",
            Scenario.PHISHING_CLICK,
            "url:value"));
    out.add(
        stix("url", i.payloadUrl(), "payload download", Scenario.PAYLOAD_DOWNLOAD, "url:value"));
    out.add(stix("url", i.c2Url(), "C2 beacon URL (HTTP POST)", firstBeacon, "url:value"));
    out.add(
        stix(
            "email",
            i.phishingSender(),
            "sender of the phishing e-mail of 28 October 2019",
            Scenario.PHISHING_MAIL,
            "email-addr:value"));
    out.add(
        stix(
            "email",
            i.contactEmails().get(0),
            "ransom-note contact; sent the extortion e-mail",
            Scenario.EXTORTION_MAIL,
            "email-addr:value"));
    out.add(
        new Entry(
            "email",
            i.contactEmails().get(1),
            "second ransom-note contact",
            Scenario.DETONATION,
            null));
    out.add(
        stix(
            "sha256",
            i.payloadSha256(),
            "payload " + i.payloadName() + " (not shipped)",
            Scenario.PAYLOAD_DOWNLOAD,
            "file:hashes.'SHA-256'"));
    out.add(
        stix(
            "md5",
            i.payloadMd5(),
            "payload " + i.payloadName() + " (not shipped)",
            Scenario.PAYLOAD_DOWNLOAD,
            "file:hashes.MD5"));
    out.add(
        new Entry(
            "sha1",
            i.payloadSha1(),
            "payload " + i.payloadName() + " (not shipped)",
            Scenario.PAYLOAD_DOWNLOAD,
            null));
    out.add(
        stix(
            "filename",
            i.payloadName(),
            "payload file name, in " + i.payloadPath(),
            Scenario.PAYLOAD_DOWNLOAD,
            "file:name"));
    out.add(
        stix(
            "account",
            i.account(),
            "compromised domain account "
                + Scenario.AD_DOMAIN
                + "\\"
                + i.account()
                + " (backup service account)",
            Scenario.VPN_FIRST_LOGIN,
            "user-account:account_login"));
    out.add(
        new Entry(
            "service",
            i.service(),
            "malicious service installed at deployment",
            Scenario.DEPLOYMENT,
            null));
    out.add(
        new Entry(
            "task",
            "\\" + i.task(),
            "malicious scheduled task on WS-FIN-014 (hourly beacon)",
            Scenario.TASK_CREATED,
            null));
    out.add(
        new Entry(
            "cve",
            i.cve(),
            "vulnerability probed on the VPN gateway (attempt blocked)",
            Scenario.VPN_EXPLOIT_ATTEMPT,
            null));
    out.add(
        new Entry(
            "btc",
            i.bitcoin(),
            "Bitcoin address in the ransom note (fictitious)",
            Scenario.DETONATION,
            null));
    out.add(
        new Entry(
            "onion",
            i.onion(),
            "leak site in the ransom note (fictitious)",
            Scenario.DETONATION,
            null));
    return out;
  }

  private static Entry stix(
      String type, String value, String description, Instant firstSeen, String path) {
    return new Entry(
        type,
        value,
        description,
        firstSeen,
        "[" + path + " = '" + value.replace("\\", "\\\\").replace("'", "\\'") + "']");
  }
}
