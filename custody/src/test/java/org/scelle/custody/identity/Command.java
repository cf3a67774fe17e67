package org.scelle.custody.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a reference tool and captures its output, for tests. */
record Command(int exitCode, String out, String err) {

  static Command run(List<String> command, Map<String, String> env, Path workDir)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().putAll(env);
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    Command result =
        new Command(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  /** Throws unless the command succeeded, with its output in the message. */
  Command ok(List<String> command) {
    if (exitCode != 0) {
      throw new AssertionError(
          command + " exited with " + exitCode + "\nstdout: " + out + "\nstderr: " + err);
    }
    return this;
  }
}
