package org.scelle.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks a file an option names for writing ({@code report --out}, {@code timeline --csv}), before
 * any work: it must not be a directory, and it must not lie inside the case vault, which holds only
 * what scelle records (a file written into its payload would make the vault fail verification).
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * @param file the file named by {@code option}, or null when the option was not given
   * @throws CommandLine.ParameterException naming the option and the file when it is a directory or
   *     inside {@code caseDir}
   */
  static void check(CommandSpec spec, String option, Path file, Path caseDir) throws IOException {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " " + file + ": is a directory, not a file");
    }
    if (Files.isDirectory(caseDir) && real(file).startsWith(caseDir.toRealPath())) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option
              + " "
              + file
              + ": is inside the case vault "
              + caseDir
              + ", which holds only what scelle records; write it outside the vault");
    }
  }

  /** {@code file}'s path with its nearest existing ancestor resolved to its real path. */
  private static Path real(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    return existing.toRealPath().resolve(existing.relativize(abs));
  }
}
