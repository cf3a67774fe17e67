package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * FW-EDGE01's Windows Firewall log ({@code pfirewall.log}, W3C-like, local time): proxy and relay
 * egress, inbound web and VPN traffic, dropped scans, and the planted connections.
 */
final class FirewallLog {

  private FirewallLog() {}

  static final String PATH = "C/Windows/System32/LogFiles/Firewall/pfirewall.log";

  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    Random r = d.random("firewall");
    LogLines log =
        new LogLines()
            .header("#Version: 1.5")
            .header("#Software: Microsoft Windows Firewall")
            .header("#Time Format: Local")
            .header(
                "#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack "
                    + "tcpwin icmptype icmpcode info path");
    String proxy = Scenario.PROXY.ip();
    for (int i = 0; i < 900; i++) {
      Instant t = Noise.time(r, Scenario.LOGS_START, Scenario.LOGS_END);
      switch (r.nextInt(6)) {
        case 0, 1 ->
            tcp(
                log,
                r,
                t,
                "ALLOW",
                proxy,
                Noise.external(r, ioc),
                r.nextBoolean() ? 443 : 80,
                "SEND");
        case 2 ->
            tcp(log, r, t, "ALLOW", Noise.external(r, ioc), Scenario.WEB.ip(), 443, "RECEIVE");
        case 3 ->
            tcp(log, r, t, "ALLOW", Noise.external(r, ioc), Scenario.VPN.ip(), 443, "RECEIVE");
        case 4 ->
            line(
                log,
                t,
                "ALLOW",
                "UDP",
                Scenario.DC.ip(),
                "192.0.2.53",
                49152 + r.nextInt(16000),
                53,
                60 + r.nextInt(40),
                "SEND");
        default ->
            tcp(
                log,
                r,
                t,
                "DROP",
                Noise.external(r, ioc),
                Scenario.PUBLIC_NAT_IP,
                Noise.pick(r, List.of(22, 23, 445, 1433, 3389, 5900, 8080)),
                "RECEIVE");
      }
    }
    tcp(log, r, Scenario.PHISHING_CLICK, "ALLOW", proxy, ioc.stagingIp(), 80, "SEND");
    tcp(log, r, Scenario.PAYLOAD_DOWNLOAD, "ALLOW", proxy, ioc.stagingIp(), 80, "SEND");
    tcp(log, r, Scenario.PHISHING_MAIL, "ALLOW", ioc.stagingIp(), proxy, 25, "RECEIVE");
    for (Instant t : LogTime.beacons(d)) {
      tcp(log, r, t.minusMillis(400), "ALLOW", proxy, ioc.c2Ip(), 80, "SEND");
    }
    for (int i = 0; i < 40; i++) {
      tcp(
          log,
          r,
          Instant.parse("2019-11-02T01:20:00Z").plusSeconds(i * 37L + r.nextInt(20)),
          "DROP",
          ioc.rdpScannerIp(),
          Scenario.PUBLIC_NAT_IP,
          3389,
          "RECEIVE");
    }
    tcp(
        log,
        r,
        Scenario.VPN_EXPLOIT_ATTEMPT,
        "ALLOW",
        ioc.vpnAttackerIp(),
        Scenario.VPN.ip(),
        443,
        "RECEIVE");
    for (int i = 0; i < 12; i++) {
      tcp(
          log,
          r,
          Scenario.VPN_BRUTE_FORCE.plusSeconds(i * 170L),
          "ALLOW",
          ioc.vpnAttackerIp(),
          Scenario.VPN.ip(),
          443,
          "RECEIVE");
    }
    for (Instant login : VpnLog.attackerLogins()) {
      tcp(
          log,
          r,
          login.minusSeconds(3),
          "ALLOW",
          ioc.vpnAttackerIp(),
          Scenario.VPN.ip(),
          443,
          "RECEIVE");
    }
    lateral(log, r, Scenario.LATERAL_MOVEMENT, List.of(Scenario.DC.ip(), Scenario.FILE.ip()));
    lateral(
        log,
        r,
        Scenario.DEPLOYMENT.minusSeconds(600),
        List.of(Scenario.DC.ip(), Scenario.FILE.ip(), Scenario.WORKSTATION.ip()));
    for (Instant t = Scenario.EXFIL_START;
        t.isBefore(Scenario.EXFIL_END);
        t = t.plusSeconds(290 + r.nextInt(20))) {
      tcp(log, r, t, "ALLOW", proxy, ioc.exfilIp(), 443, "SEND");
    }
    Instant last = log.last();
    tree.text(Tree.host(Scenario.FIREWALL.name(), PATH), log.render(), last);
  }

  private static void lateral(LogLines log, Random r, Instant start, List<String> targets) {
    int k = 0;
    for (String target : targets) {
      for (int port : List.of(135, 445, 3389)) {
        tcp(
            log,
            r,
            start.plusSeconds(k++ * 47L),
            "ALLOW",
            Scenario.VPN_TUNNEL_IP,
            target,
            port,
            "RECEIVE");
      }
    }
  }

  private static void tcp(
      LogLines log,
      Random r,
      Instant t,
      String action,
      String src,
      String dst,
      int port,
      String path) {
    line(
        log,
        t,
        action,
        "TCP",
        src,
        dst,
        49152 + r.nextInt(16000),
        port,
        40 + r.nextInt(12) * 4,
        path);
  }

  private static void line(
      LogLines log,
      Instant t,
      String action,
      String proto,
      String src,
      String dst,
      int sport,
      int dport,
      int size,
      String path) {
    String tcp = proto.equals("TCP") ? "S 0 0 8192" : "- - - -";
    log.add(
        t,
        String.format(
            Locale.ROOT,
            "%s %s %s %s %s %d %d %d %s - - - %s",
            LogTime.windows(t),
            action,
            proto,
            src,
            dst,
            sport,
            dport,
            size,
            tcp,
            path));
  }
}
