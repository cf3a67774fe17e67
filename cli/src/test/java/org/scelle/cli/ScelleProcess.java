package org.scelle.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code org.scelle.cli.Scelle} in a child JVM with the test class path and {@code
 * SCELLE_KEY_PASSWORD} set, so that commands needing a key can run unattended; also runs reference
 * tools the same way.
 */
final class ScelleProcess {
  static final String PASSWORD = "test-pass";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  /** The outcome of a finished run. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  /** A started run whose output goes to files. */
  record Running(Process process, Path out, Path err) {
    Result await(Duration timeout) throws IOException, InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            "scelle did not finish within " + timeout + "\n" + read(out) + read(err));
      }
      return new Result(process.exitValue(), read(out), read(err));
    }

    private static String read(Path p) throws IOException {
      return Files.readString(p, StandardCharsets.UTF_8);
    }
  }

  private ScelleProcess() {}

  /** The class path of the tests (surefire may hide it behind a manifest-only jar). */
  static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  static Running start(Path workDir, String... args) throws IOException {
    return start(workDir, Map.of(), args);
  }

  /** Starts scelle with {@code env} added to the environment (after SCELLE_KEY_PASSWORD). */
  static Running start(Path workDir, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:auto");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add("org.scelle.cli.Scelle");
    cmd.addAll(List.of(args));
    Map<String, String> all = new LinkedHashMap<>();
    all.put("SCELLE_KEY_PASSWORD", PASSWORD);
    all.putAll(env);
    return startProcess(workDir, all, cmd);
  }

  private static Running startProcess(Path workDir, Map<String, String> env, List<String> cmd)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("scelle-out-", ".txt");
    Path err = Files.createTempFile("scelle-err-", ".txt");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return new Running(pb.start(), out, err);
  }

  private static Result finish(Running r, Duration timeout)
      throws IOException, InterruptedException {
    try {
      return r.await(timeout);
    } finally {
      Files.deleteIfExists(r.out());
      Files.deleteIfExists(r.err());
    }
  }

  static Result run(Path workDir, Duration timeout, String... args)
      throws IOException, InterruptedException {
    return finish(start(workDir, args), timeout);
  }

  /** Runs scelle with {@code env} added to its environment. */
  static Result run(Path workDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return finish(start(workDir, env, args), DEFAULT_TIMEOUT);
  }

  /** Runs another program (a reference tool) with {@code env} added to its environment. */
  static Result tool(Path workDir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    return finish(startProcess(workDir, env, List.of(command)), DEFAULT_TIMEOUT);
  }

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, DEFAULT_TIMEOUT, args);
  }

  /** Runs scelle in this JVM (no key needed), capturing what it prints. */
  static Result inProcess(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Scelle.commandLine();
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
