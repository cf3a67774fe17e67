package org.scelle.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Task Scheduler XML files as Windows stores them under {@code C:\Windows\System32\Tasks}: UTF-16LE
 * with a byte-order mark and CRLF line endings (the one format here that is not UTF-8 with LF). Two
 * benign tasks and two planted ones: the implant's hourly beacon on WS-FIN-014 and the service
 * installation on SRV-FILE01 at deployment time.
 */
final class ScheduledTasks {

  private ScheduledTasks() {}

  static final String TASKS = "C/Windows/System32/Tasks/";

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  static void write(Tree tree, Indicators ioc) throws IOException {
    String user = Scenario.AD_DOMAIN + "\\" + Scenario.PHISHED_USER;
    String svc = Scenario.AD_DOMAIN + "\\" + ioc.account();
    String ws = Scenario.WORKSTATION.name();
    String fs = Scenario.FILE.name();
    task(
        tree,
        ws,
        ioc.task(),
        Scenario.TASK_CREATED,
        user,
        "InteractiveToken",
        true,
        "<TimeTrigger><Repetition><Interval>PT1H</Interval><StopAtDurationEnd>false</StopAtDurationEnd></Repetition>"
            + "<StartBoundary>"
            + local(Scenario.TASK_CREATED.plusSeconds(298))
            + "</StartBoundary>"
            + "<Enabled>true</Enabled></TimeTrigger>",
        ioc.payloadPath(),
        "/c " + ioc.c2Url(),
        null);
    task(
        tree,
        ws,
        "Valmont\\InventaireAgent",
        Instant.parse("2019-03-11T14:02:37Z"),
        "S-1-5-18",
        "ServiceAccount",
        false,
        daily("2019-03-12T12:10:00"),
        "C:\\Program Files\\ValmontInventaire\\agent.exe",
        "/scan",
        "Inventaire logiciel quotidien (DSI " + Scenario.SHORT_NAME + ")");
    task(
        tree,
        fs,
        "Valmont\\SauvegardeNocturne",
        Instant.parse("2018-06-04T09:12:51Z"),
        svc,
        "Password",
        false,
        daily("2018-06-04T23:00:00"),
        "C:\\Windows\\System32\\Robocopy.exe",
        "D:\\Partages E:\\Sauvegardes\\Partages /MIR /COPY:DAT /R:1 /W:5 /LOG:E:\\Sauvegardes\\robocopy.log",
        "Sauvegarde nocturne des partages vers le volume E:");
    task(
        tree,
        fs,
        "Microsoft\\Windows\\Maintenance\\" + ioc.service(),
        Scenario.DEPLOYMENT.minusSeconds(40),
        svc,
        "Password",
        true,
        "<RegistrationTrigger><Enabled>true</Enabled></RegistrationTrigger>",
        "C:\\Windows\\System32\\cmd.exe",
        "/c sc create "
            + ioc.service()
            + " binPath= \""
            + ioc.payloadPath()
            + " -s\" start= demand &amp; sc start "
            + ioc.service(),
        null);
  }

  private static String daily(String start) {
    return "<CalendarTrigger><StartBoundary>"
        + start
        + "</StartBoundary><Enabled>true</Enabled>"
        + "<ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger>";
  }

  private static String local(Instant t) {
    return LOCAL.format(t.atZone(Scenario.ZONE));
  }

  private static void task(
      Tree tree,
      String host,
      String name,
      Instant registered,
      String userId,
      String logonType,
      boolean hidden,
      String trigger,
      String command,
      String arguments,
      String description)
      throws IOException {
    String xml =
        java.util.stream.Stream.of(
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">",
                "  <RegistrationInfo>",
                "    <Date>" + local(registered) + "</Date>",
                "    <Author>"
                    + (userId.startsWith("S-1-") ? Scenario.AD_DOMAIN + "\\admsys" : userId)
                    + "</Author>",
                description == null ? null : "    <Description>" + description + "</Description>",
                "    <URI>\\" + name + "</URI>",
                "  </RegistrationInfo>",
                "  <Triggers>",
                "    " + trigger,
                "  </Triggers>",
                "  <Principals>",
                "    <Principal id=\"Author\">",
                "      <UserId>" + userId + "</UserId>",
                "      <LogonType>" + logonType + "</LogonType>",
                "      <RunLevel>"
                    + (userId.equals(Scenario.AD_DOMAIN + "\\" + Scenario.PHISHED_USER)
                        ? "LeastPrivilege"
                        : "HighestAvailable")
                    + "</RunLevel>",
                "    </Principal>",
                "  </Principals>",
                "  <Settings>",
                "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>",
                "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>",
                "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>",
                "    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>",
                "    <Hidden>" + hidden + "</Hidden>",
                "    <Enabled>true</Enabled>",
                "  </Settings>",
                "  <Actions Context=\"Author\">",
                "    <Exec>",
                "      <Command>" + command + "</Command>",
                "      <Arguments>" + arguments + "</Arguments>",
                "    </Exec>",
                "  </Actions>",
                "</Task>",
                "")
            .filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining("\r\n"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xff);
    out.write(0xfe);
    out.writeBytes(xml.getBytes(StandardCharsets.UTF_16LE));
    tree.write(Tree.host(host, TASKS + name.replace('\\', '/')), out.toByteArray(), registered);
  }
}
