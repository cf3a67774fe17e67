package org.scelle.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/** The zip a user downloads: its layout, launcher, generated man pages and licence notices. */
class DistributionIT {
  @TempDir static Path dir;
  static Path home;

  @BeforeAll
  static void unzip() throws IOException {
    home = unpack(dir);
  }

  /**
   * Unpacks the distribution zip into {@code target} (the launcher made executable, as unzip does)
   * and returns its top directory, {@code scelle-<version>}.
   */
  static Path unpack(Path target) throws IOException {
    Files.createDirectories(target);
    Path zip = Path.of(System.getProperty("scelle.dist.zip"));
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        Path file = target.resolve(e.getName()).normalize();
        assertThat(file.startsWith(target)).as("zip entry inside the directory: %s", e).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(file);
          continue;
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, file);
        }
        if (e.getName().endsWith("bin/scelle")) {
          Files.setPosixFilePermissions(
              file,
              java.util.Set.of(
                  PosixFilePermission.OWNER_READ,
                  PosixFilePermission.OWNER_WRITE,
                  PosixFilePermission.OWNER_EXECUTE));
        }
      }
    }
    Path top;
    try (Stream<Path> s = Files.list(target)) {
      top = s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertThat(top.getFileName().toString()).startsWith("scelle-");
    return top;
  }

  @Test
  void holdsLaunchersLibrariesManPagesCompletionLicencesAndSamples() throws IOException {
    assertThat(home.resolve("bin/scelle")).isRegularFile();
    assertThat(Files.readString(home.resolve("bin/scelle.bat"))).contains("\r\n");
    assertThat(home.resolve("LICENSE")).content().contains("GNU AFFERO GENERAL PUBLIC LICENSE");
    assertThat(home.resolve("completion/scelle.bash")).content().contains("complete -F");
    assertThat(home.resolve("samples/incident/complaint.yaml")).isRegularFile();
    assertThat(home.resolve("samples/sigma/LICENSE")).isRegularFile();
    assertThat(home.resolve("docs/vault.md")).isRegularFile();
    for (String page : List.of("scelle.1", "scelle-collect.1", "scelle-hunt.1", "scelle-field.1")) {
      assertThat(home.resolve("man/man1").resolve(page)).content().startsWith(".TH ");
    }
  }

  @Test
  void everyBundledJarIsListedWithItsLicence() throws IOException {
    String notices = Files.readString(home.resolve("THIRD-PARTY.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    try (Stream<Path> s = Files.list(home.resolve("lib"))) {
      for (Path jar : s.sorted().toList()) {
        String artifact =
            jar.getFileName().toString().replaceFirst("-\\d[^-]*(-[A-Za-z]+)?\\.jar$", "");
        artifact = artifact.replaceFirst("-\\d.*$", "");
        if (!notices.matches("(?s).*[|, ]" + java.util.regex.Pattern.quote(artifact) + "[ ,|].*")) {
          missing.add(jar.getFileName().toString());
        }
      }
    }
    assertThat(missing).as("jars in lib/ without an entry in THIRD-PARTY.md").isEmpty();
  }

  @Test
  void theLauncherRunsFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
    Run version =
        Run.of(List.of(home.resolve("bin/scelle").toString(), "--version"), elsewhere, Map.of(), 2);
    assertThat(version.exit()).as("%s", version).isZero();
    assertThat(version.out()).startsWith("scelle ");
    Run bad =
        Run.of(List.of(home.resolve("bin/scelle").toString(), "nonsense"), elsewhere, Map.of(), 2);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("nonsense");
  }

  /**
   * On each Java the tests find (17, and 25 when installed), the launcher's keygen, collect, index
   * and search print nothing on stderr but their own messages: no warning of the JDK about what a
   * library does (native access, {@code sun.misc.Unsafe}) and no note of Lucene about the JVM.
   */
  @Test
  void printsNoWarningOfTheJvmOrOfALibraryOnAnyInstalledJava(@TempDir Path dir) throws Exception {
    for (Path javaHome : Javas.homes()) {
      Path work = Files.createDirectories(dir.resolve(javaHome.getFileName()));
      Path logs = Files.createDirectories(work.resolve("src/var/log"));
      Files.writeString(
          logs.resolve("access.log"),
          "203.0.113.45 - - [15/Nov/2019:20:03:11 +0100] \"GET /owa/ HTTP/1.1\" 200 512 \"-\""
              + " \"curl/7.64\"\n");
      Map<String, String> env =
          Map.of("JAVA_HOME", javaHome.toString(), "SCELLE_KEY_PASSWORD", "dist test password");
      List<List<String>> commands =
          List.of(
              List.of("keygen", "--name", "Ana Lyst", "--role", "analyst", "--out", "a.p12"),
              List.of("collect", "case", "--host", "WEB-01", "--key", "a.p12", "src"),
              List.of("index", "case", "--key", "a.p12"),
              List.of("search", "case", "source.ip:203.0.113.45"));
      for (List<String> args : commands) {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/scelle").toString()));
        cmd.addAll(args);
        Run r = Run.of(cmd, work, env, 3);
        assertThat(r.exit()).as("%s on %s: %s", args.get(0), javaHome, r).isZero();
        assertThat(r.err())
            .as("%s on %s", args.get(0), javaHome)
            .doesNotContain("WARNING")
            .doesNotContain("INFO:");
      }
    }
  }

  @Test
  void manPagesRenderWithoutWarnings() throws Exception {
    Path groff = References.tool("groff", "groff-base");
    List<String> problems = new ArrayList<>();
    try (Stream<Path> s = Files.list(home.resolve("man/man1"))) {
      for (Path page : s.sorted().toList()) {
        Run r =
            Run.of(
                List.of(groff.toString(), "-man", "-Tutf8", "-ww", "-z", page.toString()),
                dir,
                Map.of("LC_ALL", "C.UTF-8"),
                1);
        if (r.exit() != 0 || !r.err().isBlank()) {
          problems.add(page.getFileName() + ": " + r.err());
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
