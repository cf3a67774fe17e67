package org.scelle.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences what libraries print through {@code java.util.logging} about the JVM they run on, which
 * a user can neither act on nor needs: on Java 21 and later Lucene notes at INFO which kind of
 * memory-mapped input it uses, and at WARNING that it does not use the newest Vector API. Messages
 * at {@link Level#SEVERE} still print. On older JVMs Lucene says nothing, and the log manager is
 * left unloaded. Not thread-safe: call once, early in {@code main}.
 */
final class LibraryLogs {
  /** The loggers quietened (each covers the loggers below it). */
  private static final List<String> NAMES =
      List.of("org.apache.lucene.store", "org.apache.lucene.internal.vectorization");

  /** Held so that the levels stay set: the log manager keeps only weak references to loggers. */
  private static List<Logger> held = List.of();

  private LibraryLogs() {}

  /** Raises the level of the loggers above to {@link Level#SEVERE} on Java 21 and later. */
  static void quiet() {
    if (Runtime.version().feature() < 21) {
      return;
    }
    held = NAMES.stream().map(Logger::getLogger).toList();
    held.forEach(l -> l.setLevel(Level.SEVERE));
  }
}
