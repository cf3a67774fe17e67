package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/** {@link EvtxReader#forEachChunk}: the same records, order and problems as plain iteration. */
class ParallelChunksTest {
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  /** What one pass over a file yields: rendered records in order, then the problems. */
  private record Pass(List<String> records, List<String> problems) {}

  private static Pass sequential(Path f) throws IOException {
    List<String> records = new ArrayList<>();
    try (EvtxReader r = EvtxReader.open(f)) {
      r.forEach(rec -> records.add(rec.chunkIndex() + ":" + EvtxXml.render(rec)));
      return new Pass(records, r.problems().stream().map(EvtxProblem::message).toList());
    }
  }

  private static Pass parallel(Path f, int window) throws Exception {
    List<String> records = new ArrayList<>();
    try (EvtxReader r = EvtxReader.open(f)) {
      r.forEachChunk(
          pool,
          window,
          chunk -> chunk.stream().map(rec -> rec.chunkIndex() + ":" + EvtxXml.render(rec)).toList(),
          records::addAll);
      return new Pass(records, r.problems().stream().map(EvtxProblem::message).toList());
    }
  }

  @Test
  void everyEvtxFileOfTheSharedDataReadsTheSameInParallel() throws Exception {
    Path data = References.sharedData("");
    List<Path> files;
    try (Stream<Path> s = Files.walk(data)) {
      files = s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    int withProblems = 0;
    for (Path f : files) {
      Pass expected = sequential(f);
      for (int window : new int[] {1, 2, 8}) {
        assertThat(parallel(f, window)).as("%s, window %d", f, window).isEqualTo(expected);
      }
      withProblems += expected.problems().isEmpty() ? 0 : 1;
    }
    assertThat(withProblems).as("dirty samples among the files").isGreaterThan(3);
  }

  @Test
  void aTruncatedFileReportsTheSameProblemsInParallel(@TempDir Path dir) throws Exception {
    Path src = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    byte[] all = Files.readAllBytes(src);
    Path cut = Files.write(dir.resolve("cut.evtx"), Arrays.copyOf(all, 4096 + 3 * 65536 + 30000));
    Pass expected = sequential(cut);
    assertThat(expected.problems()).anyMatch(p -> p.contains("truncated"));
    assertThat(parallel(cut, 2)).isEqualTo(expected);
  }

  @Test
  void aFailingMapIsRethrownAndTheReaderCanOnlyBeReadOnce() throws Exception {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    try (EvtxReader r = EvtxReader.open(f)) {
      assertThatThrownBy(
              () ->
                  r.forEachChunk(
                      pool,
                      2,
                      chunk -> {
                        throw new UncheckedIOException(new IOException("disk full"));
                      },
                      x -> {}))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("disk full");
      assertThatThrownBy(() -> r.iterator()).isInstanceOf(IllegalStateException.class);
    }
    try (EvtxReader r = EvtxReader.open(f)) {
      assertThatThrownBy(() -> r.forEachChunk(pool, 0, c -> c, c -> {}))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
