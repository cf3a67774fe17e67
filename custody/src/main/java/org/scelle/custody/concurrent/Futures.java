package org.scelle.custody.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a task of a pool where an interrupt means "stop": unlike {@link Background#join},
 * which waits on through an interrupt, {@link #await} gives up, keeps the thread's interrupt status
 * and says what was interrupted. Stateless.
 */
public final class Futures {
  private Futures() {}

  /**
   * The task's result.
   *
   * @param what what the task is part of, for the message when the wait is interrupted ({@code
   *     "collection"} gives "collection interrupted")
   * @throws InterruptedIOException when the waiting thread is interrupted (its interrupt status is
   *     set again)
   * @throws IOException what the task threw, as it is; another checked exception as the cause of an
   *     {@code IOException} (an unchecked exception or an error is rethrown as it is)
   */
  public static <T> T await(Future<T> task, String what) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException stop = new InterruptedIOException(what + " interrupted");
      stop.initCause(e);
      throw stop;
    } catch (ExecutionException e) {
      throw rethrow(e);
    }
  }

  /**
   * The task's own failure, for {@link #await} and {@link Background#join}: an {@code IOException},
   * an unchecked exception or an error is thrown as it is; another checked exception is returned as
   * the cause of an {@code IOException}, for the caller to throw.
   */
  static IOException rethrow(ExecutionException e) throws IOException {
    Throwable cause = e.getCause();
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException re) {
      throw re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IOException(cause);
  }
}
