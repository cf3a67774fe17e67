package org.scelle.dist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Java runtimes the distribution is tried on. */
final class Javas {
  /** Where CI machines and this project's development machines keep a Java 25 beside Java 17. */
  private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  private Javas() {}

  /** The home of the Java 17 running the tests and, when installed beside it, of Java 25. */
  static List<Path> homes() {
    List<Path> out = new ArrayList<>();
    out.add(Path.of(System.getProperty("java.home")));
    if (Files.isExecutable(JAVA_25.resolve("bin/java"))) {
      out.add(JAVA_25);
    }
    return out;
  }

  /** The {@code java} command of each of {@link #homes()}. */
  static List<String> commands() {
    return homes().stream().map(h -> h.resolve("bin/java").toString()).toList();
  }
}
