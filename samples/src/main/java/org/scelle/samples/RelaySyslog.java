package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * SRV-PRX01's system log in RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}): cron,
 * systemd, SSH administration and the Postfix relay, which carries the phishing e-mail and the
 * extortion e-mail.
 */
final class RelaySyslog {

  private RelaySyslog() {}

  static final String PATH = "var/log/syslog";

  private static final String HOST = Scenario.PROXY.name().toLowerCase(java.util.Locale.ROOT);
  private static final String MAILHUB = "10.20.1.40";

  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    Random r = d.random("relay-syslog");
    LogLines log = new LogLines();
    for (Instant t = Scenario.LOGS_START.plusSeconds(1020);
        t.isBefore(Scenario.LOGS_END);
        t = t.plusSeconds(3600)) {
      add(
          log,
          LogTime.millis(t, r),
          78,
          "CRON",
          20000 + r.nextInt(9000),
          "-",
          "(root) CMD (   cd / && run-parts --report /etc/cron.hourly)");
    }
    for (int i = 0; i < 90; i++) {
      Instant t = LogTime.millis(Noise.time(r, Scenario.LOGS_START, Scenario.LOGS_END), r);
      String from =
          Noise.pick(
              r,
              List.of(
                  "noreply@ars.example",
                  "newsletter@fournisseur.example",
                  "secretariat@clinique-voisine.example",
                  "alertes@laboratoire.example"));
      String to =
          Noise.pick(
                  r, List.of("accueil", "pharmacie", "daf", "drh", "qualite", "direction.generale"))
              + "@"
              + Scenario.DOMAIN;
      mail(
          log,
          r,
          t,
          Noise.external(r, ioc),
          from,
          to,
          2_000 + r.nextInt(80_000),
          "<" + hex(r, 8) + "@mail.example>");
    }
    for (int i = 0; i < 30; i++) {
      Instant t = LogTime.millis(Noise.time(r, Scenario.LOGS_START, Scenario.LOGS_END), r);
      add(
          log,
          t,
          38,
          "sshd",
          3000 + r.nextInt(5000),
          "-",
          "Accepted publickey for admsys from 10.20.1.5 port "
              + (40000 + r.nextInt(20000))
              + " ssh2: ED25519 SHA256:"
              + hex(r, 16));
    }
    mail(
        log,
        r,
        Scenario.PHISHING_MAIL,
        ioc.stagingIp(),
        ioc.phishingSender(),
        "claire.durand@" + Scenario.DOMAIN,
        61_337,
        "<20191028094107.7F3A2@mail-docs.example.org>");
    mail(
        log,
        r,
        Scenario.EXTORTION_MAIL,
        ioc.c2Ip(),
        ioc.contactEmails().get(0),
        "direction.generale@" + Scenario.DOMAIN,
        4_212,
        "<" + hex(r, 8) + "@mail.example.net>");
    add(
        log,
        LogTime.millis(Scenario.DISCOVERY.plusSeconds(1500), r),
        38,
        "sshd",
        9121,
        "-",
        "Accepted password for admsys from 10.20.1.5 port 51544 ssh2");
    tree.text(Tree.host(Scenario.PROXY.name(), PATH), log.render(), log.last());
  }

  private static void mail(
      LogLines log,
      Random r,
      Instant t,
      String client,
      String from,
      String to,
      int size,
      String messageId) {
    String queue =
        HexFormat.of()
            .withUpperCase()
            .formatHex(
                new byte[] {
                  (byte) r.nextInt(),
                  (byte) r.nextInt(),
                  (byte) r.nextInt(),
                  (byte) r.nextInt(),
                  (byte) r.nextInt()
                });
    int pid = 1000 + r.nextInt(9000);
    add(log, t, 22, "postfix/smtpd", pid, "-", "connect from unknown[" + client + "]");
    add(
        log,
        t.plusMillis(180),
        22,
        "postfix/smtpd",
        pid,
        "-",
        queue + ": client=unknown[" + client + "]");
    add(
        log,
        t.plusMillis(260),
        22,
        "postfix/cleanup",
        pid + 6,
        "-",
        queue + ": message-id=" + messageId);
    add(
        log,
        t.plusMillis(270),
        22,
        "postfix/qmgr",
        712,
        "-",
        queue + ": from=<" + from + ">, size=" + size + ", nrcpt=1 (queue active)");
    add(
        log,
        t.plusMillis(900),
        22,
        "postfix/smtp",
        pid + 8,
        "-",
        queue
            + ": to=<"
            + to
            + ">, relay="
            + MAILHUB
            + "["
            + MAILHUB
            + "]:25, delay=0.64, delays=0.27/0.01/0.1/0.26, dsn=2.0.0, status=sent (250 2.0.0 Ok queued)");
    add(log, t.plusMillis(910), 22, "postfix/qmgr", 712, "-", queue + ": removed");
  }

  private static String hex(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static void add(
      LogLines log, Instant t, int pri, String app, int pid, String msgId, String msg) {
    log.add(
        t,
        "<"
            + pri
            + ">1 "
            + LogTime.rfc5424(t)
            + " "
            + HOST
            + " "
            + app
            + " "
            + pid
            + " "
            + msgId
            + " - "
            + msg);
  }
}
