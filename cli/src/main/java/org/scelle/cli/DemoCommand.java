package org.scelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scelle.collector.acquire.CollectRequest;
import org.scelle.collector.acquire.CollectSummary;
import org.scelle.collector.acquire.Collection;
import org.scelle.collector.acquire.Progress;
import org.scelle.collector.handover.Handover;
import org.scelle.collector.verify.VaultVerifier;
import org.scelle.collector.verify.VerifyReport;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.KeyGenerator;
import org.scelle.custody.identity.Pkcs12Identity;
import org.scelle.custody.identity.SecretSource;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.check.DossierVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scelle demo}: the chain on the synthetic incident in {@code samples/incident}: demo keys,
 * collection of every host, seal, verification, a hand-over from the analyst to the investigator,
 * then the investigator's index, hunt (the incident's STIX and CSV feeds) and timeline with its
 * chart in {@code DIR/timeline.png}, and the legal staff's signed dossier in {@code
 * DIR/dossier.pdf}, checked against the vault.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run scelle on the synthetic incident in samples/incident: create demo keys, collect every host,"
          + " seal, verify, hand the vault from the analyst to the investigator, then index, hunt the"
          + " incident's indicators and draw the timeline (DIR/timeline.png) as the investigator,"
          + " then build the signed complaint dossier (DIR/dossier.pdf, time-stamped by a local"
          + " demo authority) as legal staff and check it against the vault.",
      "The demo keys use SCELLE_KEY_PASSWORD when it is set (so you can reuse them), else a random password."
    })
final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".scelle-demo";
  static final String CASE_ID = "VALMONT-2019-11-15";

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the demo (default: ./scelle-demo). The vault goes to DIR/case.")
  Path out = Path.of("scelle-demo");

  @Option(
      names = "--samples-dir",
      paramLabel = "DIR",
      description = "The incident to collect (default: samples/incident of this scelle).")
  Path samplesDir;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Encrypted files to sample per host (default: 10).")
  int samples = 10;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path incident = samplesDir != null ? samplesDir : defaultSamples();
    if (!Files.isDirectory(incident.resolve("hosts"))) {
      throw new IOException(
          incident.resolve("hosts") + ": no such directory; give the incident with --samples-dir");
    }
    prepare(out);
    // The hosts' files as found on the machines, with their modification times restored.
    Path hosts = DemoSources.stage(incident, out.resolve("evidence"));
    char[] password =
        System.getenv(SecretSource.KEY_PASSWORD_ENV) != null
                && !System.getenv(SecretSource.KEY_PASSWORD_ENV).isEmpty()
            ? SecretSource.keyPassword()
            : randomPassword();
    Path keys = Files.createDirectories(out.resolve("keys"));
    Identity alice =
        key(keys.resolve("alice.p12"), "Alice Martin", "analyst", "CHU de Valmont", password);
    Identity bob =
        key(keys.resolve("bob.p12"), "Bob Durand", "investigator", "Police judiciaire", password);
    Identity claire =
        key(keys.resolve("claire.p12"), "Claire Petit", "legal", "CHU de Valmont", password);
    Path caseDir = out.resolve("case");
    CaseInfo info =
        new CaseInfo(
            CASE_ID,
            "Clop ransomware, 15 November 2019",
            "CHU de Valmont (fictitious)",
            "Europe/Paris",
            Vault.toolVersion(),
            Instant.now().toString());
    List<Path> hostDirs = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(hosts, Files::isDirectory)) {
      ds.forEach(hostDirs::add);
    }
    hostDirs.sort(Comparator.comparing(Path::toString));
    Map<String, Long> verdicts = new TreeMap<>();
    long items = 0;
    long bytes = 0;
    Collection collection = new Collection(Clock.systemUTC());
    o.printf("collecting %d hosts from %s%n", hostDirs.size(), incident);
    for (Path hostDir : hostDirs) {
      String host = hostDir.getFileName().toString();
      CollectRequest r =
          new CollectRequest(
              caseDir,
              info,
              host,
              List.of(hostDir),
              List.of(),
              List.of(),
              List.of(),
              null,
              samples,
              null,
              false,
              "Europe/Paris",
              Runtime.getRuntime().availableProcessors(),
              null);
      CollectSummary s = collection.run(r, alice, Progress.NONE);
      o.printf(
          "  %-14s %4d items %10s  %s%n",
          host,
          s.acquired(),
          Sizes.format(s.bytes()),
          s.verdicts().toString().replaceAll("[{}]", ""));
      s.verdicts().forEach((k, v) -> verdicts.merge(k, v, Long::sum));
      items += s.acquired();
      bytes += s.bytes();
    }
    Vault vault = Vault.open(caseDir);
    Handover handover = new Handover(Clock.systemUTC());
    VerifyReport report = VaultVerifier.verify(vault);
    handover.verified(vault, alice, report);
    handover.transfer(vault, alice, bob.name(), "demo: hand-over to the investigator");
    handover.receive(vault, bob);
    o.println();
    DemoAnalysis.Outcome analysis = DemoAnalysis.run(o, vault, bob, incident, out);
    o.println();
    DossierVerdict dossier = DemoDossier.run(o, vault, claire, incident, out);
    VerifyReport after = VaultVerifier.verify(vault);
    o.println();
    o.printf("vault      %s%n", caseDir.toAbsolutePath());
    o.printf(
        "items      %d acquired, %s; triage %s%n",
        items, Sizes.format(bytes), verdicts.toString().replaceAll("[{}]", ""));
    o.printf("seal       Merkle root %s%n", after.merkleRoot());
    o.printf(
        "ledger     %d entries, hash-chained and signed, head %s%n",
        after.ledgerEntries(), after.ledgerHead());
    o.printf(
        "verify     %s%n",
        after.intact()
            ? "INTACT"
            : after.problems().size() + " PROBLEM(S): " + after.problems().get(0));
    o.printf(
        "custody    collected by %s, handed over to and received by %s%n",
        alice.name(), bob.name());
    TimelineCommand.print(o, analysis.timeline());
    o.printf("records    %s%n", vault.findingsFile());
    o.printf(
        "dossier    %s: %s%n",
        out.resolve(DemoDossier.DOSSIER).toAbsolutePath(),
        dossier.valid() ? "signed and VALID" : "INVALID");
    o.printf("next       scelle verify %s%n", caseDir);
    o.printf("           scelle search %s 'destination.ip:203.0.113.45'%n", caseDir);
    return after.intact() && dossier.valid() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
  }

  private static Path defaultSamples() {
    String home = System.getProperty("scelle.home");
    Path base = home != null ? Path.of(home) : Path.of(".");
    return base.resolve("samples").resolve("incident");
  }

  /** Makes {@code dir} ready: created, or emptied when an earlier demo made it. */
  private static void prepare(Path dir) throws IOException {
    if (Files.exists(dir)) {
      boolean empty;
      try (Stream<Path> s = Files.list(dir)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARKER))) {
        throw new IOException(
            dir + ": exists and was not made by 'scelle demo'; choose another --out");
      }
      List<Path> all = new ArrayList<>();
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(all::add);
      }
      for (Path p : all) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(MARKER),
        "made by scelle demo; 'scelle demo' may delete this directory's content\n");
  }

  private static Identity key(Path file, String name, String role, String org, char[] password)
      throws IOException {
    KeyGenerator.generate(name, role, org, file, password);
    return Pkcs12Identity.open(file, password);
  }

  private static char[] randomPassword() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b).toCharArray();
  }
}
