package org.scelle.reporter.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scelle.custody.concurrent.Background;

class ReadAheadTest {
  private static final int N = 10 * ReadAhead.BATCH * ReadAhead.CAPACITY + 7;

  @Test
  void everyRecordReachesTheConsumerOnceInOrderOnTheCallingThread() throws IOException {
    List<Integer> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    ReadAhead.<Integer>forEach(
        "test",
        sink -> {
          for (int i = 0; i < N; i++) {
            sink.accept(i);
          }
        },
        r -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          seen.add(r);
        });
    assertThat(seen).hasSize(N);
    for (int i = 0; i < N; i++) {
      assertThat(seen.get(i)).isEqualTo(i);
    }
  }

  @Test
  void aFailingSourceFailsTheCallAfterTheRecordsReadBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                ReadAhead.<Integer>forEach(
                    "test",
                    sink -> {
                      for (int i = 0; i < 100; i++) {
                        sink.accept(i);
                      }
                      throw new IOException("line 101 is malformed");
                    },
                    seen::add))
        .isInstanceOf(IOException.class)
        .hasMessage("line 101 is malformed");
    assertThat(seen).hasSize(100).startsWith(0).endsWith(99);
  }

  @Test
  void aFailingConsumerStopsTheSource() throws InterruptedException {
    AtomicInteger produced = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ReadAhead.<Integer>forEach(
                    "test",
                    sink -> {
                      for (int i = 0; i < Integer.MAX_VALUE; i++) {
                        produced.incrementAndGet();
                        sink.accept(i);
                      }
                    },
                    r -> {
                      if (r == 10) {
                        throw new IllegalStateException("layout failed");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class);
    Thread.sleep(500);
    int after = produced.get();
    Thread.sleep(300);
    // stopped: bounded by what the queue holds, and no longer growing
    assertThat(produced.get()).isEqualTo(after);
    assertThat(after).isLessThan((ReadAhead.CAPACITY + 3) * ReadAhead.BATCH);
  }

  @Test
  void aBackgroundFailureIsRethrownAsIsWhenJoined() {
    Background<String> b =
        Background.start(
            "test",
            () -> {
              throw new IOException("ledger unreadable");
            });
    assertThatThrownBy(b::join).isInstanceOf(IOException.class).hasMessage("ledger unreadable");
  }

  @Test
  void aBackgroundResultIsReturnedWhenJoined() throws IOException {
    assertThat(Background.start("test", () -> "root").join()).isEqualTo("root");
  }
}
