package org.scelle.samples;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The fixed facts of the scenario: the fictitious hospital, its hosts and addresses, and the key
 * times of the attack (UTC). Everything that varies with the seed is in {@link Indicators} and the
 * generated noise.
 */
public final class Scenario {

  private Scenario() {}

  /** The seed of the committed sample. */
  public static final long DEFAULT_SEED = 20191115L;

  /** The site's time zone: France switched from UTC+2 to UTC+1 on 27 October 2019 at 03:00. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  public static final String HOSPITAL = "Centre Hospitalier Universitaire de Valmont";
  public static final String SHORT_NAME = "CHU de Valmont";

  /** The hospital's own (reserved, RFC 2606) DNS domain. */
  public static final String DOMAIN = "chu-valmont.example";

  public static final String AD_DOMAIN = "VALMONT";

  /** A host of the sample: name, role, internal address, operating system. */
  public record Host(String name, String role, String ip, String os) {}

  public static final Host DC =
      new Host("SRV-DC01", "domain controller", "10.20.1.10", "Windows Server 2016");
  public static final Host FILE =
      new Host("SRV-FILE01", "file server", "10.20.1.20", "Windows Server 2012 R2");
  public static final Host PROXY =
      new Host("SRV-PRX01", "web proxy (Squid) and mail relay (Postfix)", "10.20.1.30", "Debian 9");
  public static final Host FIREWALL =
      new Host(
          "FW-EDGE01",
          "perimeter firewall (Windows Firewall log)",
          "10.20.0.1",
          "Windows Server 2016");
  public static final Host VPN =
      new Host("VPN-GW01", "remote-access VPN gateway", "10.20.0.5", "appliance");
  public static final Host WEB =
      new Host(
          "SRV-WEB01", "public web site and patient portal (Apache)", "10.20.2.10", "Debian 9");
  public static final Host WORKSTATION =
      new Host(
          "WS-FIN-014",
          "finance workstation of the phished user",
          "10.20.14.37",
          "Windows 10 1809");

  /** Every host, in a fixed order. */
  public static final List<Host> HOSTS = List.of(DC, FILE, PROXY, FIREWALL, VPN, WEB, WORKSTATION);

  /** Public addresses of the hospital (documentation range). */
  public static final String PUBLIC_WEB_IP = "198.51.100.11";

  public static final String PUBLIC_VPN_IP = "198.51.100.5";
  public static final String PUBLIC_NAT_IP = "198.51.100.10";

  /** Address the VPN gateway gives the attacker's tunnel. */
  public static final String VPN_TUNNEL_IP = "10.99.0.23";

  /** The phished user and their workstation's user profile. */
  public static final String PHISHED_USER = "c.durand";

  /** First and last instant of the generated logs. */
  public static final Instant LOGS_START = Instant.parse("2019-10-25T00:00:00Z");

  public static final Instant LOGS_END = Instant.parse("2019-11-15T20:30:00Z");

  public static final Instant PHISHING_MAIL = Instant.parse("2019-10-28T08:41:07Z");
  public static final Instant PHISHING_CLICK = Instant.parse("2019-10-28T08:52:13Z");
  public static final Instant PAYLOAD_DOWNLOAD = Instant.parse("2019-10-28T08:53:40Z");
  public static final Instant TASK_CREATED = Instant.parse("2019-10-28T08:55:02Z");
  public static final Instant VPN_EXPLOIT_ATTEMPT = Instant.parse("2019-10-29T02:14:33Z");
  public static final Instant VPN_BRUTE_FORCE = Instant.parse("2019-10-30T01:02:00Z");
  public static final Instant VPN_FIRST_LOGIN = Instant.parse("2019-11-04T22:13:05Z");
  public static final Instant LATERAL_MOVEMENT = Instant.parse("2019-11-05T22:40:00Z");
  public static final Instant EXFIL_START = Instant.parse("2019-11-13T01:10:00Z");
  public static final Instant EXFIL_END = Instant.parse("2019-11-13T03:40:00Z");
  public static final Instant VPN_LAST_LOGIN = Instant.parse("2019-11-15T17:58:41Z");
  public static final Instant DEPLOYMENT = Instant.parse("2019-11-15T18:31:12Z");
  public static final Instant DETONATION = Instant.parse("2019-11-15T18:38:00Z");

  /** First call to the IT on-call service, 19:45 local time. */
  public static final Instant DISCOVERY = Instant.parse("2019-11-15T18:45:00Z");

  /** SRV-FILE01 powered off by the on-call engineer, which stopped the encryption. */
  public static final Instant FILE_SERVER_OFF = Instant.parse("2019-11-15T18:51:40Z");

  public static final Instant EXTORTION_MAIL = Instant.parse("2019-11-15T19:12:44Z");

  /** Modification time of the clean documents (created before the attack). */
  public static final Instant DOCUMENTS_TIME = Instant.parse("2019-10-14T09:30:00Z");
}
