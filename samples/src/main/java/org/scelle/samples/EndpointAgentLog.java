package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * The log of the hospital's in-house inventory agent on WS-FIN-014 ({@code ISO-time LEVEL
 * [component] message}): daily inventories and heartbeats, and what it saw of the intrusion: the
 * downloaded document, the payload with its hashes, the scheduled task, the service, the mass
 * renaming.
 */
final class EndpointAgentLog {

  private EndpointAgentLog() {}

  static final String PATH = "C/ProgramData/ValmontInventaire/logs/agent.log";

  static void write(Tree tree, Derivation d, Indicators ioc) throws IOException {
    Random r = d.random("endpoint-agent");
    LogLines log = new LogLines();
    String docs = "C:\\Users\\" + Scenario.PHISHED_USER + "\\Documents";
    Instant off = Scenario.DISCOVERY.plusSeconds(300);
    for (ZonedDateTime day = Scenario.LOGS_START.atZone(Scenario.ZONE);
        day.toInstant().isBefore(off);
        day = day.plusDays(1)) {
      for (int h = 0; h < 24; h += 4) {
        Instant t = day.withHour(h).withMinute(r.nextInt(3)).withSecond(r.nextInt(60)).toInstant();
        if (t.isBefore(off)) {
          add(
              log,
              t,
              "INFO ",
              "net",
              "heartbeat sent to inventaire."
                  + Scenario.DOMAIN
                  + " ("
                  + (20 + r.nextInt(60))
                  + " ms)");
        }
      }
      Instant scan =
          day.withHour(12).withMinute(10 + r.nextInt(20)).withSecond(r.nextInt(60)).toInstant();
      if (scan.isBefore(off)) {
        boolean after = scan.isAfter(Scenario.PAYLOAD_DOWNLOAD);
        add(
            log,
            scan,
            "INFO ",
            "scan",
            "inventory complete: "
                + (after ? 215 : 214)
                + " programs, "
                + (scan.isAfter(Scenario.PAYLOAD_DOWNLOAD)
                        && scan.isBefore(Scenario.PAYLOAD_DOWNLOAD.plusSeconds(86_400))
                    ? 1
                    : 0)
                + " changes");
      }
    }
    add(
        log,
        Scenario.PAYLOAD_DOWNLOAD.minusSeconds(80),
        "INFO ",
        "watch",
        "new-file path=\"C:\\Users\\"
            + Scenario.PHISHED_USER
            + "\\Downloads\\Facture_2019-10-28.doc\" size=47895 user="
            + Scenario.AD_DOMAIN
            + "\\"
            + Scenario.PHISHED_USER);
    add(
        log,
        Scenario.PAYLOAD_DOWNLOAD.plusSeconds(71),
        "WARN ",
        "watch",
        "new-executable path=\""
            + ioc.payloadPath()
            + "\" size="
            + ioc.payloadSize()
            + " md5="
            + ioc.payloadMd5()
            + " sha1="
            + ioc.payloadSha1()
            + " sha256="
            + ioc.payloadSha256()
            + " signed=no parent=\"WINWORD.EXE\"");
    add(
        log,
        Scenario.TASK_CREATED,
        "WARN ",
        "watch",
        "new-scheduled-task name=\"\\"
            + ioc.task()
            + "\" author=\""
            + Scenario.AD_DOMAIN
            + "\\"
            + Scenario.PHISHED_USER
            + "\" command=\""
            + ioc.payloadPath()
            + " /c "
            + ioc.c2Url()
            + "\"");
    add(
        log,
        Scenario.DEPLOYMENT.minusSeconds(17),
        "WARN ",
        "watch",
        "new-service name=\""
            + ioc.service()
            + "\" image=\""
            + ioc.payloadPath()
            + " -s\" account=LocalSystem installer=\""
            + Scenario.AD_DOMAIN
            + "\\"
            + ioc.account()
            + "\"");
    add(
        log,
        Scenario.DETONATION.plusSeconds(64 + 90),
        "ERROR",
        "watch",
        "mass-rename: 5 files renamed to *.Clop in \""
            + docs
            + "\" within 90 s by process \""
            + ioc.payloadName()
            + "\"");
    add(
        log,
        Scenario.DETONATION.plusSeconds(64 + 9 * 25 + 10),
        "WARN ",
        "watch",
        "new-file path=\""
            + docs
            + "\\"
            + RansomNote.FILE_NAME
            + "\" size="
            + Text.utf8(RansomNote.text(ioc)).length);
    tree.text(Tree.host(Scenario.WORKSTATION.name(), PATH), log.render(), log.last());
  }

  private static void add(LogLines log, Instant t, String level, String component, String msg) {
    log.add(t, LogTime.iso(t) + " " + level + " [" + component + "] " + msg);
  }
}
