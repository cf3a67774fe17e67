package org.scelle.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One extraction worker as seen from the indexer: a child JVM running {@link ExtractWorker} on the
 * indexer's own class path, with the heap limit, its own temporary directory (deleted when it
 * stops), and connections sent to a closed local port (Tika's parsers need no network). Used by one
 * thread at a time. Once it has timed out, run out of memory or died, it is dead: the pool starts
 * another.
 */
final class WorkerProcess implements Closeable {
  /** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OOM_EXIT = 3;

  private static final long START_TIMEOUT_S = 60;

  private final Process process;
  private final Path tmp;
  private final DataOutputStream requests;
  private final DataInputStream answers;
  private final ExtractLimits limits;
  private boolean dead;

  private WorkerProcess(Process process, Path tmp, ExtractLimits limits) {
    this.process = process;
    this.tmp = tmp;
    this.limits = limits;
    this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
  }

  /**
   * Starts a worker and waits until it is ready.
   *
   * @throws IOException when the JVM cannot be started or does not become ready within 60 s
   */
  static WorkerProcess start(ExtractLimits limits, ScheduledExecutorService watchdog)
      throws IOException {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.isEmpty()) {
      throw new IOException("cannot start an extraction worker: the class path is not known");
    }
    Path tmp = Files.createTempDirectory("scelle-extract-");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + (limits.heapBytes() >> 20) + "m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:+DisplayVMOutputToStderr");
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Djava.io.tmpdir=" + tmp);
    cmd.add("-DsocksProxyHost=127.0.0.1");
    cmd.add("-DsocksProxyPort=9");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(ExtractWorker.class.getName());
    cmd.add(Long.toString(limits.maxChars()));
    cmd.add(Integer.toString(limits.maxDepth()));
    cmd.add(Long.toString(limits.maxUnpackedBytes()));
    cmd.add(Integer.toString(limits.chunkChars()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("_JAVA_OPTIONS");
    WorkerProcess w;
    try {
      w = new WorkerProcess(pb.start(), tmp, limits);
    } catch (IOException e) {
      deleteTree(tmp);
      throw new IOException("cannot start an extraction worker: " + e.getMessage(), e);
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        watchdog.schedule(
            () -> {
              late.set(true);
              w.process.destroyForcibly();
            },
            START_TIMEOUT_S,
            TimeUnit.SECONDS);
    try {
      if (w.answers.readByte() != Frames.READY || w.answers.readInt() != Frames.VERSION) {
        throw new IOException("extraction worker out of step at start");
      }
    } catch (IOException e) {
      w.close();
      throw new IOException(
          "extraction worker did not start"
              + (late.get() ? " within " + START_TIMEOUT_S + " s" : ": " + e.getMessage()),
          e);
    } finally {
      alarm.cancel(false);
    }
    return w;
  }

  /** Whether this worker can take another item. */
  boolean alive() {
    return !dead && process.isAlive();
  }

  /** The worker's process id. */
  long pid() {
    return process.pid();
  }

  /**
   * Extracts {@code file}, handing each chunk to {@code sink} as it arrives. Never throws for what
   * the file does to the worker: a worker killed for the time limit, out of memory or dead gives a
   * {@code timeout}, {@code out-of-memory} or {@code error} outcome, with the chunks received
   * before kept, and this worker is then dead.
   */
  Extraction extract(Path file, Consumer<TextChunk> sink, ScheduledExecutorService watchdog) {
    if (!alive()) {
      throw new IllegalStateException("extraction worker " + pid() + " is dead");
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        watchdog.schedule(
            () -> {
              late.set(true);
              process.destroyForcibly();
            },
            limits.timeout().toMillis(),
            TimeUnit.MILLISECONDS);
    long chunks = 0;
    long chars = 0;
    try {
      Frames.writeString(requests, file.toAbsolutePath().toString());
      requests.flush();
      while (true) {
        byte type = answers.readByte();
        if (type == Frames.CHUNK) {
          TextChunk c = Frames.readChunkBody(answers);
          chunks++;
          chars += c.text().length();
          sink.accept(c);
        } else if (type == Frames.END) {
          return Frames.readEndBody(answers);
        } else {
          throw new IOException("extraction worker out of step: frame type " + type);
        }
      }
    } catch (IOException e) {
      dead = true;
      process.destroyForcibly();
      return died(late.get(), e, chunks, chars);
    } catch (RuntimeException e) {
      dead = true; // the sink failed mid-item: the worker's answer is no longer wanted
      process.destroyForcibly();
      throw e;
    } finally {
      alarm.cancel(false);
    }
  }

  private Extraction died(boolean late, IOException e, long chunks, long chars) {
    String kept = chunks == 0 ? "" : ", " + chunks + " chunk(s) received before kept";
    if (late) {
      return new Extraction(
          ExtractStatus.TIMEOUT,
          "no result within " + limits.timeout().toSeconds() + " s, worker killed" + kept,
          null,
          chunks,
          chars);
    }
    int exit = exitStatus();
    if (exit == OOM_EXIT) {
      return new Extraction(
          ExtractStatus.OUT_OF_MEMORY,
          "the worker ran out of its " + (limits.heapBytes() >> 20) + " MiB heap" + kept,
          null,
          chunks,
          chars);
    }
    return new Extraction(
        ExtractStatus.ERROR,
        "extraction worker died (exit status " + exit + "; " + e.getMessage() + ")" + kept,
        null,
        chunks,
        chars);
  }

  private int exitStatus() {
    try {
      return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Stops the worker (its input ends; killed if it has not exited within 5 s). */
  @Override
  public void close() {
    dead = true;
    try {
      requests.close();
    } catch (IOException e) {
      // the worker is gone already
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteTree(tmp);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is not evidence; the OS cleans it
    }
  }
}
