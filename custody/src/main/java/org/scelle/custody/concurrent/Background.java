package org.scelle.custody.concurrent;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A computation started on its own (daemon) thread and joined where its result is first needed, so
 * that independent work (the dossier's ledger verification and passes over items, a hunt's opening
 * of the index while the key is opened) uses a second core. The result is the same as if it had
 * been computed in place; only the time it takes differs.
 *
 * @param <T> the result
 */
public final class Background<T> {
  /** A computation that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface Task<T> {
    T call() throws IOException;
  }

  private final FutureTask<T> task;

  private Background(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code task} on a new daemon thread named {@code name}. */
  public static <T> Background<T> start(String name, Task<T> task) {
    FutureTask<T> f = new FutureTask<>(task::call);
    DaemonThreads.named(name).newThread(f).start();
    return new Background<>(f);
  }

  /**
   * Waits for the result.
   *
   * @throws IOException what the task threw (an unchecked exception or error is rethrown as is)
   */
  public T join() throws IOException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw Futures.rethrow(e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
