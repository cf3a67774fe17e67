package org.scelle.custody.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DaemonThreads}: named daemon threads that run their task. */
class DaemonThreadsTest {
  @Test
  void namedDaemonThreadsRunTheirTask() throws InterruptedException {
    String[] ran = new String[1];
    Thread t = DaemonThreads.named("scelle-test").newThread(() -> ran[0] = "yes");
    assertThat(t.isDaemon()).isTrue();
    assertThat(t.getName()).isEqualTo("scelle-test");
    t.start();
    t.join();
    assertThat(ran[0]).isEqualTo("yes");
  }
}
