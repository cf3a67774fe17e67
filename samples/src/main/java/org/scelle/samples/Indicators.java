package org.scelle.samples;

import java.util.List;

/**
 * The planted indicators of compromise. All are fictitious: IPv4 addresses from the documentation
 * ranges (RFC 5737), domains under {@code example.*} (RFC 2606), a visibly fake {@code .onion}, a
 * Bitcoin address whose checksum is valid but whose hash160 is random bytes, and the hashes of a
 * random "payload" that is never written anywhere.
 *
 * @param c2Ip command-and-control server
 * @param stagingIp host of the phishing document and payload
 * @param exfilIp exfiltration destination
 * @param vpnAttackerIp source of the VPN exploitation attempt, brute force and logins
 * @param rdpScannerIp source of denied RDP attempts at the firewall
 * @param c2Domain C2 domain (resolves to {@code c2Ip})
 * @param stagingDomain staging domain (resolves to {@code stagingIp})
 * @param exfilDomain exfiltration domain (resolves to {@code exfilIp})
 * @param phishingUrl link in the phishing e-mail
 * @param payloadUrl payload download
 * @param c2Url beacon URL
 * @param phishingSender sender of the phishing e-mail
 * @param contactEmails contacts in the ransom note (the first also sent the extortion e-mail)
 * @param onion leak site in the ransom note
 * @param bitcoin Bitcoin address in the ransom note
 * @param payloadSha256 SHA-256 of the payload
 * @param payloadSha1 SHA-1 of the payload
 * @param payloadMd5 MD5 of the payload
 * @param payloadSize payload size in bytes
 * @param payloadName payload file name
 * @param payloadPath payload path on the hosts
 * @param account compromised domain account (without domain)
 * @param service malicious service name
 * @param task malicious scheduled task name
 * @param cve vulnerability probed on the VPN gateway
 * @param victimId the victim identifier in the ransom note
 */
public record Indicators(
    String c2Ip,
    String stagingIp,
    String exfilIp,
    String vpnAttackerIp,
    String rdpScannerIp,
    String c2Domain,
    String stagingDomain,
    String exfilDomain,
    String phishingUrl,
    String payloadUrl,
    String c2Url,
    String phishingSender,
    List<String> contactEmails,
    String onion,
    String bitcoin,
    String payloadSha256,
    String payloadSha1,
    String payloadMd5,
    int payloadSize,
    String payloadName,
    String payloadPath,
    String account,
    String service,
    String task,
    String cve,
    String victimId) {

  private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

  /** The indicators of the incident made from {@code d}. */
  public static Indicators of(Derivation d) {
    byte[] payload = payload(d);
    byte[] h160 = d.bytes("bitcoin/hash160", 20);
    byte[] versioned = new byte[21];
    System.arraycopy(h160, 0, versioned, 1, 20);
    StringBuilder onion = new StringBuilder("scellesamplefakeonionnotreal");
    for (byte b : d.bytes("onion", 56 - onion.length())) {
      onion.append(BASE32.charAt(b & 31));
    }
    String victim = java.util.HexFormat.of().withUpperCase().formatHex(d.bytes("victim-id", 6));
    return new Indicators(
        "203.0.113.45",
        "203.0.113.118",
        "192.0.2.77",
        "198.51.100.23",
        "192.0.2.200",
        "update-check.example.net",
        "cdn-docs.example.org",
        "files-transfer.example.com",
        "http://cdn-docs.example.org/f/Facture_2019-10-28.doc",
        "http://cdn-docs.example.org/dl/srvnetupd.bin",
        "http://update-check.example.net/api/v1/check",
        "relance.facturation@mail-docs.example.org",
        List.of("unlock-valmont@mail.example.net", "restore-desk@secure.example.org"),
        onion + ".onion",
        Base58Check.encode(versioned),
        Derivation.hex("SHA-256", payload),
        Derivation.hex("SHA-1", payload),
        Derivation.hex("MD5", payload),
        payload.length,
        "srvnetupd.exe",
        "C:\\ProgramData\\SrvNetUpd\\srvnetupd.exe",
        "svc_sauvegarde",
        "SrvNetUpdMgr",
        "SrvNetUpdCheck",
        "CVE-2019-11510",
        "VLM-" + victim);
  }

  /**
   * The fake payload: an {@code MZ} header followed by derived bytes. Only its hashes are
   * published; it is not a program and is never written to disk.
   */
  static byte[] payload(Derivation d) {
    byte[] p = d.bytes("payload", 48 * 1024);
    p[0] = 'M';
    p[1] = 'Z';
    return p;
  }
}
