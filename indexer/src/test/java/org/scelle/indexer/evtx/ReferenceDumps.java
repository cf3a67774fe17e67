package org.scelle.indexer.evtx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the reference tools ({@code evtx_dump.py}, {@code evtxexport -f xml}) once per file, in
 * parallel on every core, largest files first, and keeps their output for the test run.
 */
final class ReferenceDumps {
  /** One tool's run: exit status and standard output. */
  record Run(int exit, String out) {
    /** Records in the output: lines starting an {@code Event} element. */
    int events() {
      int n = 0;
      for (int i = out.indexOf("<Event xmlns"); i >= 0; i = out.indexOf("<Event xmlns", i + 1)) {
        if (i == 0 || out.charAt(i - 1) == '\n') {
          n++;
        }
      }
      return n;
    }
  }

  /** Both tools' runs for one file. */
  record Dumps(Run python, Run libevtx) {}

  private static final Map<Path, CompletableFuture<Dumps>> CACHE = new ConcurrentHashMap<>();
  private static ExecutorService pool;

  private ReferenceDumps() {}

  /** Starts every file's tools in the background; later {@link #of} calls wait for one file. */
  static synchronized void prefetch(List<Path> files, Path python, Path libevtx) {
    if (pool == null) {
      pool =
          Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors(),
              r -> {
                Thread t = new Thread(r, "reference-dump");
                t.setDaemon(true);
                return t;
              });
    }
    files.stream()
        .sorted(Comparator.comparingLong(ReferenceDumps::size).reversed())
        .forEach(
            f ->
                CACHE.computeIfAbsent(
                    f,
                    k ->
                        CompletableFuture.supplyAsync(
                            () ->
                                new Dumps(
                                    run(List.of(python.toString(), k.toString())),
                                    run(List.of(libevtx.toString(), "-f", "xml", k.toString()))),
                            pool)));
  }

  static Dumps of(Path file) {
    return CACHE.get(file).join();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Run run(List<String> command) {
    try {
      Path out = Files.createTempFile("evtx-ref", ".xml");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = p.waitFor();
        return new Run(exit, new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    }
  }
}
