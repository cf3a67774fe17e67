package org.scelle.reporter.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams records read (and parsed) on a second thread to a consumer on the calling thread, through
 * a bounded queue, so that parsing a vault file overlaps the layout of its table. Records reach the
 * consumer in the order the source gives them, each exactly once; memory is bounded by the queue
 * ({@value #CAPACITY} batches of {@value #BATCH} records).
 *
 * <p>A failure of the source is rethrown on the calling thread after the records read before it
 * have been consumed (the same records a direct pass would have consumed before failing); a failure
 * of the consumer stops the source at its next record.
 */
final class ReadAhead {
  static final int BATCH = 64;
  static final int CAPACITY = 16;

  /** A source of records, such as {@code ItemStore::forEach}. */
  @FunctionalInterface
  interface Source<T> {
    void forEach(Consumer<T> sink) throws IOException;
  }

  /** Thrown inside the reading thread to stop the source once the consumer has failed. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /** The end of the records: {@code failure} is null when the source completed. */
  private record End(Throwable failure) {}

  private ReadAhead() {}

  /**
   * Reads {@code source} on a thread named {@code name} and passes each record to {@code sink} on
   * this thread.
   *
   * @throws IOException what the source threw
   */
  static <T> void forEach(String name, Source<T> source, Consumer<? super T> sink)
      throws IOException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    Thread reader =
        new Thread(
            () -> {
              List<T> batch = new ArrayList<>(BATCH);
              Throwable failure = null;
              try {
                source.forEach(
                    r -> {
                      batch.add(r);
                      if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch));
                        batch.clear();
                      }
                    });
                if (!batch.isEmpty()) {
                  put(queue, new ArrayList<>(batch));
                }
              } catch (Stopped e) {
                return;
              } catch (Throwable e) { // NOPMD: handed to the consumer's thread, rethrown there
                failure = e;
                if (!batch.isEmpty() && !Thread.currentThread().isInterrupted()) {
                  try {
                    put(queue, new ArrayList<>(batch));
                  } catch (Stopped s) {
                    return;
                  }
                }
              }
              try {
                put(queue, new End(failure));
              } catch (Stopped s) {
                // the consumer has gone
              }
            },
            name);
    reader.setDaemon(true);
    reader.start();
    boolean done = false;
    try {
      while (true) {
        Object o = take(queue);
        if (o instanceof End end) {
          done = true;
          rethrow(end.failure());
          return;
        }
        @SuppressWarnings("unchecked")
        List<T> batch = (List<T>) o;
        for (T r : batch) {
          sink.accept(r);
        }
      }
    } finally {
      if (!done) {
        reader.interrupt();
      }
    }
  }

  private static void put(BlockingQueue<Object> queue, Object o) {
    try {
      while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private static Object take(BlockingQueue<Object> queue) throws IOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading ahead", e);
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    throw new IOException(failure);
  }
}
