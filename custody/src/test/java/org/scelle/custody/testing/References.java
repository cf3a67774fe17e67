package org.scelle.custody.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to the independent reference tools and the third-party data that tests compare against.
 *
 * <p>On a developer's machine a missing tool or data set skips the test with a visible reason. When
 * the system property {@code scelle.requireReferences} is {@code true} (CI sets it), the same
 * absence fails the test instead, so that nothing is skipped silently in CI.
 */
public final class References {

  private References() {}

  /** Whether absent references fail instead of skipping. */
  public static boolean required() {
    return Boolean.getBoolean("scelle.requireReferences");
  }

  /**
   * Returns the absolute path of executable {@code tool} on the PATH, or skips (fails when
   * references are required) naming the Debian package that provides it.
   */
  public static Path tool(String tool, String debianPackage) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, tool);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return missing(
        "reference tool '" + tool + "' not found on PATH (Debian package " + debianPackage + ")");
  }

  /**
   * Returns {@code ../shared/data/<relative>} (or the directory named by the system property {@code
   * scelle.sharedData}), or skips (fails when references are required) when it is absent.
   */
  public static Path sharedData(String relative) {
    String base = System.getProperty("scelle.sharedData");
    Path root = base != null ? Path.of(base) : Path.of("..", "shared", "data");
    Path p = root.resolve(relative).normalize();
    if (!Files.exists(p)) {
      return missing("third-party data '" + p + "' is absent (see ../shared/data/SOURCES.md)");
    }
    return p;
  }

  /**
   * Returns a path that must exist, like {@link #sharedData}, for a file or library outside the
   * data set.
   */
  public static Path file(String path, String debianPackage) {
    Path p = Path.of(path);
    if (!Files.exists(p)) {
      return missing("'" + path + "' not found (Debian package " + debianPackage + ")");
    }
    return p;
  }

  private static <T> T missing(String reason) {
    if (required()) {
      fail(reason + ", and scelle.requireReferences=true");
    }
    abort("skipped: " + reason);
    throw new AssertionError("unreachable");
  }
}
