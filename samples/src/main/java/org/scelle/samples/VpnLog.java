package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * VPN-GW01's syslog as received by its collector: RFC 3164 lines with the {@code <PRI>} prefix,
 * local time, no year. Benign remote staff sessions, and the attacker's exploitation attempt, brute
 * force and sessions with the stolen service account.
 */
final class VpnLog {

  private VpnLog() {}

  static final String PATH = "var/log/messages";

  private static final String HOST = Scenario.VPN.name();
  private static final List<String> STAFF =
      List.of(
          "dr.benoit",
          "dr.marchal",
          "s.caron",
          "l.perrot",
          "t.vidal",
          "e.roussel",
          "k.hamon",
          "j.ferrand");

  /** Attacker session starts with the stolen account; the last one precedes the deployment. */
  static List<Instant> attackerLogins() {
    return List.of(
        Scenario.VPN_FIRST_LOGIN,
        Instant.parse("2019-11-05T22:31:18Z"),
        Instant.parse("2019-11-08T23:10:52Z"),
        Instant.parse("2019-11-13T00:55:09Z"),
        Scenario.VPN_LAST_LOGIN);
  }

  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    Random r = d.random("vpn");
    LogLines log = new LogLines();
    for (int i = 0; i < 140; i++) {
      Instant t = Noise.time(r, Scenario.LOGS_START, Scenario.LOGS_END);
      String user = Noise.pick(r, STAFF);
      String src = Noise.external(r, ioc);
      String tunnel = "10.99.0." + (100 + r.nextInt(100));
      int pid = 2000 + r.nextInt(3000);
      add(
          log,
          t,
          134,
          "vpngw",
          pid,
          "auth user=" + user + " src=" + src + " method=password+otp result=success");
      add(
          log,
          t.plusSeconds(1),
          134,
          "vpngw",
          pid,
          "session start user=" + user + " tunnel_ip=" + tunnel);
      long secs = 600 + r.nextInt(12000);
      if (t.plusSeconds(secs).isAfter(Scenario.LOGS_END)) {
        continue;
      }
      add(
          log,
          t.plusSeconds(secs),
          134,
          "vpngw",
          pid,
          String.format(
              Locale.ROOT,
              "session end user=%s tunnel_ip=%s duration=%d bytes_in=%d bytes_out=%d",
              user,
              tunnel,
              secs,
              r.nextInt(90_000_000),
              r.nextInt(9_000_000)));
    }
    for (int i = 0; i < 60; i++) {
      Instant t = Scenario.LOGS_START.plusSeconds(i * 30_000L + r.nextInt(600));
      add(
          log,
          t,
          30,
          "ntpd",
          611,
          "adjusting local clock by " + (r.nextInt(400) - 200) / 1000.0 + "s");
    }
    add(
        log,
        Scenario.VPN_EXPLOIT_ATTEMPT,
        33,
        "vpngw-ips",
        812,
        "ALERT sig=\""
            + ioc.cve()
            + " arbitrary file read (path traversal)\" action=blocked src="
            + ioc.vpnAttackerIp()
            + " uri=\"/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/\"");
    List<String> tried =
        List.of("admin", "administrateur", "test", "vpn", "formation", "scanner", ioc.account());
    for (int i = 0; i < 42; i++) {
      add(
          log,
          Scenario.VPN_BRUTE_FORCE.plusSeconds(i * 48L + r.nextInt(20)),
          132,
          "vpngw",
          4410,
          "auth user="
              + tried.get(i % tried.size())
              + " src="
              + ioc.vpnAttackerIp()
              + " method=password result=failure"
              + " reason=bad_credentials");
    }
    List<Instant> logins = attackerLogins();
    for (int i = 0; i < logins.size(); i++) {
      Instant t = logins.get(i);
      int pid = 5100 + i * 7;
      add(
          log,
          t,
          134,
          "vpngw",
          pid,
          "auth user="
              + ioc.account()
              + " src="
              + ioc.vpnAttackerIp()
              + " method=password result=success");
      add(
          log,
          t.plusSeconds(1),
          134,
          "vpngw",
          pid,
          "session start user=" + ioc.account() + " tunnel_ip=" + Scenario.VPN_TUNNEL_IP);
      Instant end =
          i == logins.size() - 1
              ? Scenario.EXTORTION_MAIL.minusSeconds(600)
              : t.plusSeconds(5400 + i * 900L);
      add(
          log,
          end,
          134,
          "vpngw",
          pid,
          String.format(
              Locale.ROOT,
              "session end user=%s tunnel_ip=%s duration=%d bytes_in=%d bytes_out=%d",
              ioc.account(),
              Scenario.VPN_TUNNEL_IP,
              end.getEpochSecond() - t.getEpochSecond(),
              2_000_000 + r.nextInt(40_000_000),
              900_000 + r.nextInt(9_000_000)));
    }
    tree.text(Tree.host(HOST, PATH), log.render(), log.last());
  }

  private static void add(LogLines log, Instant t, int pri, String tag, int pid, String msg) {
    log.add(
        t, "<" + pri + ">" + LogTime.rfc3164(t) + " " + HOST + " " + tag + "[" + pid + "]: " + msg);
  }
}
