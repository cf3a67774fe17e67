package org.scelle.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Real EVTX recordings from mdecrevoisier/EVTX-to-MITRE-Attack (CC0-1.0), copied byte for byte into
 * the hosts' {@code winevt/Logs} folders under the name of their (main) channel. They were recorded
 * in the author's lab ({@code offsec.lan}), so host names, users and times inside them are the
 * lab's, not the scenario's.
 */
final class EventLogs {

  private EventLogs() {}

  /** The source data set's folder name under the shared data directory. */
  static final String SOURCE = "mdecrevoisier-EVTX-to-MITRE-Attack";

  static final String LOGS = "C/Windows/System32/winevt/Logs/";

  /**
   * One copied file.
   *
   * @param host target host
   * @param name file name on the host
   * @param source path inside the source data set
   * @param what what it shows
   */
  record Copy(String host, String name, String source, String what) {}

  static final List<Copy> COPIES =
      List.of(
          new Copy(
              Scenario.DC.name(),
              "Security.evtx",
              "TA0006-Credential Access/T1110.xxx-Brut force/ID4768-4771-Kerberos user enumeration (Kerbrute).evtx",
              "Kerberos user enumeration, 4768/4771 (recorded on rootdc1.offsec.lan)"),
          new Copy(
              Scenario.DC.name(),
              "System.evtx",
              "TA0005-Defense Evasion/T1070.001-Clear Windows event logs/ID104-1102-Event log cleared.evtx",
              "event logs cleared, 104 (and one 1102) (FS03.offsec.lan)"),
          new Copy(
              Scenario.FILE.name(),
              "Security.evtx",
              "TA0040-Impact/T1490-Inhibit System Recovery/ID4688-Delete VSS backup (WMI).evtx",
              "shadow copies deleted through WMI, 4688 (FS03.offsec.lan)"),
          new Copy(
              Scenario.FILE.name(),
              "Microsoft-Windows-PowerShell%4Operational.evtx",
              "TA0040-Impact/T1490-Inhibit System Recovery/ID800-4103-4104-Delete VSS backup (PowerShell).evtx",
              "shadow copies deleted with PowerShell, 4103/4104 and 800 (FS03.offsec.lan)"),
          new Copy(
              Scenario.FILE.name(),
              "System.evtx",
              "TA0003-Persistence/T1543.003-Create or Modify System Process-Windows Service/"
                  + "ID7045-7036 PSexec service installation.evtx",
              "PsExec service installed and started, 7045/7036 (jump01.offsec.lan)"),
          new Copy(
              Scenario.WORKSTATION.name(),
              "Security.evtx",
              "TA0008-Lateral Movement/T1021.002-SMB Windows Admin Shares/"
                  + "ID4688,4697,5140-5145 PSexec remote execution + admin share.evtx",
              "PsExec remote execution over the admin share, 4688/4697/5140/5145 (srvdefender01.offsec.lan)"));

  /**
   * Copies every file of {@link #COPIES} from {@code sharedData/}{@value #SOURCE}, and its licence.
   *
   * @throws IOException if a source file is missing or unreadable
   */
  static void write(Tree tree, Path sharedData) throws IOException {
    Path source = sharedData.resolve(SOURCE);
    for (Copy c : COPIES) {
      Instant collected =
          c.host().equals(Scenario.FILE.name()) ? Scenario.FILE_SERVER_OFF : Scenario.LOGS_END;
      tree.write(Tree.host(c.host(), LOGS + c.name()), read(source.resolve(c.source())), collected);
    }
    tree.write(
        "LICENSES/" + SOURCE + "-LICENSE.md",
        read(source.resolve("LICENSE.md")),
        Scenario.LOGS_END);
  }

  private static byte[] read(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new IOException(
          "shared data file '" + p + "' is missing (see ../shared/data/SOURCES.md)");
    }
    return Files.readAllBytes(p);
  }
}
