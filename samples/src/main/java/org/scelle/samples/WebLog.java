package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * SRV-WEB01's Apache access log (combined format): the public site and the patient portal, whose
 * URLs carry the planted patient numbers, a scan by the attacker's address, and the portal failing
 * with 503 once the back end is encrypted.
 */
final class WebLog {

  private WebLog() {}

  static final String PATH = "var/log/apache2/access.log";

  private static final List<String> PAGES =
      List.of(
          "/",
          "/offres-de-soins/",
          "/offres-de-soins/urgences/",
          "/actualites/",
          "/venir-au-chu/",
          "/recrutement/",
          "/prendre-rendez-vous/",
          "/portail/connexion",
          "/css/site.css",
          "/js/site.js",
          "/images/facade.jpg",
          "/favicon.ico",
          "/robots.txt");
  private static final List<String> AGENTS =
      List.of(
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:70.0) Gecko/20100101 Firefox/70.0",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.97 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 13_1_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.1 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.96 Mobile Safari/537.36");

  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    Random r = d.random("web");
    LogLines log = new LogLines();
    for (int i = 0; i < 700; i++) {
      Instant t = Noise.time(r, Scenario.LOGS_START, Scenario.LOGS_END);
      String page = Noise.pick(r, PAGES);
      boolean portalDown =
          page.startsWith("/portail") && t.isAfter(Scenario.DETONATION.plusSeconds(600));
      int status = portalDown ? 503 : page.equals("/favicon.ico") && r.nextInt(4) == 0 ? 404 : 200;
      add(
          log,
          t,
          Noise.external(r, ioc),
          "GET " + page,
          status,
          status == 200 ? 800 + r.nextInt(40_000) : 299,
          r.nextInt(3) == 0 ? "-" : "https://www." + Scenario.DOMAIN + "/",
          Noise.pick(r, AGENTS));
    }
    int k = 0;
    for (Patients p : Patients.ALL) {
      Instant t =
          Instant.parse("2019-11-04T12:17:40Z").plusSeconds(k * (3 * 86_400L + 3_600L + 1L));
      String client = Noise.external(r, ioc);
      add(
          log,
          t,
          client,
          "GET /portail/dossier?ipp=" + p.ipp() + "&vue=rdv",
          200,
          5_210 + r.nextInt(900),
          "https://www." + Scenario.DOMAIN + "/portail/connexion",
          AGENTS.get(k));
      k++;
    }
    List<String> probes =
        List.of(
            "/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/",
            "/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession",
            "/wp-login.php",
            "/.env",
            "/phpmyadmin/",
            "/owa/auth/logon.aspx",
            "/cgi-bin/luci",
            "/admin/");
    for (int i = 0; i < probes.size(); i++) {
      add(
          log,
          Scenario.VPN_EXPLOIT_ATTEMPT.minusSeconds(240 - i * 9L),
          ioc.vpnAttackerIp(),
          "GET " + probes.get(i),
          404,
          196,
          "-",
          "Mozilla/5.0 zgrab/0.x");
    }
    for (int i = 0; i < 25; i++) {
      add(
          log,
          Scenario.DETONATION.plusSeconds(720 + i * 53L + r.nextInt(40)),
          Noise.external(r, ioc),
          "POST /portail/connexion",
          503,
          299,
          "https://www." + Scenario.DOMAIN + "/portail/connexion",
          Noise.pick(r, AGENTS));
    }
    tree.text(Tree.host(Scenario.WEB.name(), PATH), log.render(), log.last());
  }

  private static void add(
      LogLines log,
      Instant t,
      String client,
      String request,
      int status,
      int size,
      String referer,
      String agent) {
    log.add(
        t,
        client
            + " - - ["
            + LogTime.apache(t)
            + "] \""
            + request
            + " HTTP/1.1\" "
            + status
            + " "
            + size
            + " \""
            + referer
            + "\" \""
            + agent
            + "\"");
  }
}
