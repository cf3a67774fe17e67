package org.scelle.indexer.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.scelle.custody.concurrent.DaemonThreads;

/**
 * Extracts the text of files in isolated worker JVMs, within {@link ExtractLimits}: each call
 * borrows an idle worker or starts one, so there are as many workers as threads extracting at once
 * (the indexer's {@code --threads}). A worker that times out is killed; one that runs out of memory
 * exits; either way the file gets its outcome and the next file gets a new worker. The indexer's
 * JVM never parses a file itself, so a hostile file cannot take it down.
 *
 * <p>Thread-safe. {@link #close} stops the idle workers; the pool stays usable and starts new ones
 * on demand.
 */
public final class ExtractorPool implements Closeable {
  private final ExtractLimits limits;
  private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final ScheduledThreadPoolExecutor watchdog;
  private final AtomicLong started = new AtomicLong();

  public ExtractorPool(ExtractLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.watchdog =
        new ScheduledThreadPoolExecutor(1, DaemonThreads.named("scelle-extract-watchdog"));
    watchdog.setRemoveOnCancelPolicy(true);
    watchdog.setKeepAliveTime(5, TimeUnit.SECONDS);
    watchdog.allowCoreThreadTimeOut(true);
  }

  public ExtractLimits limits() {
    return limits;
  }

  /**
   * Extracts the text of {@code file}, handing each chunk to {@code sink} (on the calling thread)
   * as it arrives. Every outcome of the file itself, including a worker killed or dead because of
   * it, is returned as an {@link Extraction}; the chunks received before a failure have been handed
   * over.
   *
   * @throws IOException when no worker can be started (no {@code java} launcher, no class path)
   */
  public Extraction extract(Path file, Consumer<TextChunk> sink) throws IOException {
    WorkerProcess w = idle.pollFirst();
    while (w != null && !w.alive()) {
      w.close();
      w = idle.pollFirst();
    }
    if (w == null) {
      w = WorkerProcess.start(limits, watchdog);
      started.incrementAndGet();
    }
    boolean returned = false;
    try {
      Extraction e = w.extract(file, sink, watchdog);
      if (w.alive()) {
        idle.addFirst(w);
        returned = true;
      }
      return e;
    } finally {
      if (!returned) {
        w.close();
      }
    }
  }

  /** How many workers this pool has started: one per thread, plus one per worker lost. */
  public long workersStarted() {
    return started.get();
  }

  /** Stops the idle workers. */
  @Override
  public void close() {
    List<WorkerProcess> all = new ArrayList<>();
    for (WorkerProcess w = idle.pollFirst(); w != null; w = idle.pollFirst()) {
      all.add(w);
    }
    for (WorkerProcess w : all) {
      w.close();
    }
  }
}
