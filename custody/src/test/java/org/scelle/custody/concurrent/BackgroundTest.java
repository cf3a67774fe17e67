package org.scelle.custody.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** {@link Background}: the task's result or its own exception, on the joining thread. */
class BackgroundTest {

  @Test
  void joinReturnsTheResultComputedOnAnotherThread() throws IOException {
    Background<String> b = Background.start("test-bg", () -> Thread.currentThread().getName());
    assertThat(b.join()).isEqualTo("test-bg");
  }

  @Test
  void anIoExceptionIsRethrownAsItIs() {
    IOException boom = new IOException("disk gone");
    Background<String> b =
        Background.start(
            "test-bg",
            () -> {
              throw boom;
            });
    assertThatThrownBy(b::join).isSameAs(boom);
  }

  @Test
  void uncheckedExceptionsAndErrorsAreRethrownAsTheyAre() {
    UncheckedIOException unchecked = new UncheckedIOException(new IOException("x"));
    assertThatThrownBy(
            Background.start(
                    "test-bg",
                    () -> {
                      throw unchecked;
                    })
                ::join)
        .isSameAs(unchecked);
    StackOverflowError error = new StackOverflowError("deep");
    assertThatThrownBy(
            Background.start(
                    "test-bg",
                    () -> {
                      throw error;
                    })
                ::join)
        .isSameAs(error);
  }

  @Test
  void anInterruptWhileWaitingIsKeptAndTheResultStillReturned() throws IOException {
    Background<Integer> b =
        Background.start(
            "test-bg",
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                throw new IOException(e);
              }
              return 42;
            });
    Thread.currentThread().interrupt();
    try {
      assertThat(b.join()).isEqualTo(42);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
