package org.scelle.custody.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/** {@link Futures#await}: the result, the task's own exception, or a stop on interrupt. */
class FuturesTest {

  @Test
  void theResultOrTheTasksOwnException() throws IOException {
    assertThat(Futures.await(CompletableFuture.completedFuture("ok"), "test")).isEqualTo("ok");
    IOException io = new IOException("disk full");
    assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(io), "test"))
        .isSameAs(io);
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(bug), "test"))
        .isSameAs(bug);
    OutOfMemoryError oom = new OutOfMemoryError("heap");
    assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(oom), "test"))
        .isSameAs(oom);
    Exception checked = new Exception("other");
    assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(checked), "test"))
        .isInstanceOf(IOException.class)
        .hasCause(checked);
  }

  @Test
  void anInterruptStopsTheWaitAndStaysSet() {
    FutureTask<String> never = new FutureTask<>(() -> "never run");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Futures.await(never, "collection"))
          .isInstanceOf(InterruptedIOException.class)
          .hasMessage("collection interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
