package org.scelle.indexer.evtx;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Parses the chunks of EVTX files on a pool of threads and hands them back in order: files in the
 * order they were added, chunks in file order, with the same records and {@link
 * EvtxReader#problems() problems} as iterating each reader, but using every core, across file
 * boundaries too (a dump of many small files keeps the pool busy).
 *
 * <p>Each chunk's records are mapped by {@code map} on a pool thread (it must be thread-safe); the
 * results go to {@code sink} on the thread calling {@link #add} or {@link #finish}. At most {@code
 * window} chunks are read and not yet handed over: memory is bounded by that many 64 KiB buffers
 * and their mapped results, whatever the files' sizes.
 *
 * <p>The pipeline owns the readers added to it: once a reader's last chunk has been handed over its
 * problems are complete, {@code done} runs with it, then it is closed. {@link #close()} cancels
 * what is pending and closes the readers not yet done. Not thread-safe: one calling thread.
 *
 * @param <T> what a chunk's records are mapped to
 */
public final class ChunkPipeline<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final Function<List<EvtxRecord>, T> map;
  private final Consumer<T> sink;
  private final ArrayDeque<Step<T>> queue = new ArrayDeque<>();
  private int chunksInFlight;

  /** A queued chunk being parsed, or the end of a reader's chunks. */
  private record Step<T>(EvtxReader reader, Future<Parsed<T>> chunk, ReaderConsumer done) {}

  /** One chunk's problems and mapped records. */
  private record Parsed<T>(List<EvtxProblem> problems, T mapped) {}

  /** What to do with a reader once all its chunks were handed over. */
  @FunctionalInterface
  public interface ReaderConsumer {
    /** Called on the calling thread with the reader, whose problems are then complete. */
    void accept(EvtxReader reader) throws Exception;
  }

  /**
   * @param window the most chunks read and not yet handed to {@code sink}, at least 1
   */
  public ChunkPipeline(
      ExecutorService pool, int window, Function<List<EvtxRecord>, T> map, Consumer<T> sink) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1: " + window);
    }
    this.pool = Objects.requireNonNull(pool, "pool");
    this.window = window;
    this.map = Objects.requireNonNull(map, "map");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Queues every chunk of {@code reader}, handing over earlier chunks as the window fills, then
   * {@code done}.
   *
   * @throws IllegalStateException when the reader was already iterated
   * @throws java.io.UncheckedIOException when reading a file fails
   * @throws InterruptedException when interrupted while waiting for a chunk
   * @throws Exception what {@code done} or {@code sink} throws
   */
  public void add(EvtxReader reader, ReaderConsumer done) throws Exception {
    try {
      reader.claim();
    } catch (IllegalStateException e) {
      reader.close();
      throw e;
    }
    for (long index = 0, slots = reader.chunkSlots(); index < slots; index++) {
      while (chunksInFlight >= window) {
        deliverHead();
      }
      byte[] buf = new byte[ChunkReader.CHUNK_SIZE];
      long chunkIndex = index;
      int n = reader.read(chunkIndex, buf);
      Future<Parsed<T>> f =
          pool.submit(
              () -> {
                EvtxReader.Chunk c = reader.parse(chunkIndex, buf, n);
                return new Parsed<>(c.problems(), map.apply(c.records()));
              });
      queue.add(new Step<>(reader, f, null));
      chunksInFlight++;
    }
    queue.add(new Step<>(reader, null, Objects.requireNonNull(done, "done")));
  }

  /**
   * Hands over everything still queued.
   *
   * @throws Exception as {@link #add}
   */
  public void finish() throws Exception {
    while (!queue.isEmpty()) {
      deliverHead();
    }
  }

  private void deliverHead() throws Exception {
    Step<T> step = queue.poll();
    if (step.chunk() == null) {
      try (EvtxReader r = step.reader()) {
        step.done().accept(r);
      }
      return;
    }
    chunksInFlight--;
    Parsed<T> p;
    try {
      p = step.chunk().get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Exception ex) {
        throw ex;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
    step.reader().addProblems(p.problems());
    sink.accept(p.mapped());
  }

  /** Cancels the chunks not handed over and closes the readers not done. Idempotent. */
  @Override
  public void close() {
    Set<EvtxReader> open = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Step<T> s : queue) {
      if (s.chunk() != null) {
        s.chunk().cancel(true);
      }
      open.add(s.reader());
    }
    queue.clear();
    chunksInFlight = 0;
    for (EvtxReader r : open) {
      try {
        r.close();
      } catch (IOException ignored) {
        // closing a read-only channel: nothing to recover
      }
    }
  }
}
