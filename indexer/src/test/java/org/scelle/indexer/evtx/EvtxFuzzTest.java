package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.scelle.custody.testing.References;

/**
 * Fuzzes the EVTX parser with mutations of a real log (the header and two chunks of the upstream
 * {@code security.evtx}): random byte overwrites, runs of zeros or 0xFF, truncations. Whatever the
 * bytes, reading must end within a time limit without any exception other than {@link
 * NotEvtxException}, every problem must name the file, and every record read must render as XML
 * (the same from the template tree as from the materialised tree), JSON (the same as the JSON
 * tree's) and an event. The number of tries is bounded ({@code scelle.fuzzTries}, default 400) so
 * that CI runs it in a few seconds; a failing case is printed by jqwik with its seed.
 */
class EvtxFuzzTest {
  private static final int PREFIX = 4096 + 2 * 65536;
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static byte[] original;
  private static Path dir;
  private static ExecutorService worker;

  /** One change to the original bytes. */
  record Mutation(int kind, int offset, int length, int value) {}

  @BeforeContainer
  static void load() throws IOException {
    Path src = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    original = Arrays.copyOf(Files.readAllBytes(src), PREFIX);
    dir = Files.createTempDirectory("scelle-evtx-fuzz");
    worker = Executors.newSingleThreadExecutor();
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    worker.shutdownNow();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, PREFIX - 1),
                Arbitraries.integers().between(1, 4096),
                Arbitraries.integers().between(0, 255))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 400, seed = "20191115")
  void anyMutationIsReadWithoutCrashOrHang(@ForAll("mutations") List<Mutation> mutations)
      throws Exception {
    byte[] bytes = apply(original, mutations);
    Path file = Files.write(dir.resolve("fuzz.evtx"), bytes);
    Future<Integer> read = worker.submit(() -> readAll(file));
    try {
      assertThat(read.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS)).isNotNegative();
    } catch (TimeoutException e) {
      read.cancel(true);
      throw new AssertionError("the parser did not finish within " + LIMIT + ": " + mutations);
    }
  }

  private static int readAll(Path file) throws IOException {
    List<EvtxProblem> problems = new ArrayList<>();
    int records = 0;
    EvtxReader reader;
    try {
      reader = EvtxReader.open(file);
    } catch (NotEvtxException e) {
      assertThat(e.getMessage()).contains("fuzz.evtx");
      return 0;
    }
    try (reader) {
      for (EvtxRecord r : reader) {
        StringBuilder materialised = new StringBuilder();
        EvtxXml.element(r.root(), materialised);
        assertThat(EvtxXml.render(r)).startsWith("<").isEqualTo(materialised.toString());
        assertThat(EvtxJson.render(r)).startsWith("{").isEqualTo(EvtxJson.write(EvtxJson.tree(r)));
        assertThat(EvtxEvents.toEvent(r).format()).isEqualTo(EvtxEvents.FORMAT);
        records++;
        if (Thread.currentThread().isInterrupted()) {
          throw new UncheckedIOException(new IOException("interrupted"));
        }
      }
      problems.addAll(reader.problems());
    }
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("fuzz.evtx"));
    return records;
  }

  private static byte[] apply(byte[] source, List<Mutation> mutations) {
    byte[] b = source.clone();
    int length = b.length;
    for (Mutation m : mutations) {
      int end = Math.min(length, m.offset() + m.length());
      switch (m.kind()) {
        case 0 -> b[Math.min(m.offset(), length - 1)] = (byte) m.value();
        case 1 -> Arrays.fill(b, Math.min(m.offset(), length - 1), end, (byte) 0);
        case 2 -> Arrays.fill(b, Math.min(m.offset(), length - 1), end, (byte) 0xff);
        default -> length = Math.max(1, Math.min(length, m.offset()));
      }
    }
    return Arrays.copyOf(b, length);
  }
}
