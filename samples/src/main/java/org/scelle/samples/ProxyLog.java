package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * SRV-PRX01's Squid {@code access.log} in the native format ({@code time elapsed client action/code
 * size method URL user hierarchy/peer type}), with the authenticated user name in the ident column.
 */
final class ProxyLog {

  private ProxyLog() {}

  static final String PATH = "var/log/squid/access.log";

  private static final List<String> SITES =
      List.of(
          "www.has-sante.fr",
          "www.legifrance.gouv.fr",
          "www.ameli.fr",
          "www.service-public.fr",
          "fr.wikipedia.org",
          "www.vidal.fr",
          "www.meteofrance.com",
          "ctldl.windowsupdate.com",
          "www.sncf-connect.com",
          "www.santepubliquefrance.fr");
  private static final List<String> USERS =
      List.of(
          "p.lemaire",
          "s.anquetil",
          "m.delorme",
          "i.valette",
          "h.carpentier",
          "n.belkacem",
          "j.ferrand",
          "a.giraud");
  private static final List<String> PATHS =
      List.of(
          "/",
          "/index.html",
          "/recherche?q=protocole",
          "/actualites",
          "/static/app.js",
          "/images/logo.png",
          "/api/search");

  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    Random r = d.random("proxy");
    LogLines log = new LogLines();
    for (int i = 0; i < 800; i++) {
      Instant t = LogTime.millis(Noise.time(r, Scenario.LOGS_START, Scenario.LOGS_END), r);
      String site = Noise.pick(r, SITES);
      String peer = "HIER_DIRECT/" + Noise.external(r, ioc);
      if (r.nextInt(3) == 0) {
        line(
            log,
            t,
            40 + r.nextInt(900),
            Noise.workstation(r),
            "TCP_MISS/200",
            300 + r.nextInt(60000),
            "GET",
            "http://" + site + Noise.pick(r, PATHS),
            Noise.pick(r, USERS),
            peer,
            "text/html");
      } else {
        line(
            log,
            t,
            200 + r.nextInt(120000),
            Noise.workstation(r),
            "TCP_TUNNEL/200",
            2000 + r.nextInt(400000),
            "CONNECT",
            site + ":443",
            Noise.pick(r, USERS),
            peer,
            "-");
      }
    }
    String ws = Scenario.WORKSTATION.ip();
    String user = Scenario.PHISHED_USER;
    line(
        log,
        Scenario.PHISHING_CLICK,
        612,
        ws,
        "TCP_MISS/200",
        48_213,
        "GET",
        ioc.phishingUrl(),
        user,
        "HIER_DIRECT/" + ioc.stagingIp(),
        "application/msword");
    line(
        log,
        Scenario.PAYLOAD_DOWNLOAD,
        1_407,
        ws,
        "TCP_MISS/200",
        ioc.payloadSize() + 318,
        "GET",
        ioc.payloadUrl(),
        user,
        "HIER_DIRECT/" + ioc.stagingIp(),
        "application/octet-stream");
    for (Instant t : LogTime.beacons(d)) {
      boolean tasking = r.nextInt(12) == 0;
      line(
          log,
          t,
          180 + r.nextInt(300),
          ws,
          "TCP_MISS/200",
          tasking ? 3_000 + r.nextInt(9_000) : 210 + r.nextInt(80),
          "POST",
          ioc.c2Url(),
          user,
          "HIER_DIRECT/" + ioc.c2Ip(),
          "application/octet-stream");
    }
    for (Instant t = Scenario.EXFIL_START;
        t.isBefore(Scenario.EXFIL_END);
        t = t.plusSeconds(290 + r.nextInt(20))) {
      line(
          log,
          LogTime.millis(t.plusSeconds(280), r),
          280_000 + r.nextInt(9_000),
          Scenario.FILE.ip(),
          "TCP_TUNNEL/200",
          180_000_000 + r.nextInt(60_000_000),
          "CONNECT",
          ioc.exfilDomain() + ":443",
          ioc.account(),
          "HIER_DIRECT/" + ioc.exfilIp(),
          "-");
    }
    line(
        log,
        Instant.parse("2019-11-15T19:20:31.402Z"),
        3,
        "10.20.15.88",
        "TCP_MISS/503",
        4_108,
        "GET",
        "http://" + ioc.onion() + "/",
        "a.giraud",
        "HIER_NONE/-",
        "text/html");
    tree.text(Tree.host(Scenario.PROXY.name(), PATH), log.render(), log.last());
  }

  private static void line(
      LogLines log,
      Instant t,
      int elapsed,
      String client,
      String result,
      long size,
      String method,
      String url,
      String user,
      String peer,
      String type) {
    log.add(
        t,
        String.format(
            Locale.ROOT,
            "%s %6d %s %s %d %s %s %s %s %s",
            LogTime.squid(t),
            elapsed,
            client,
            result,
            size,
            method,
            url,
            user,
            peer,
            type));
  }
}
