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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/** {@link ChunkPipeline}: the same records, order and problems as iterating each reader. */
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

  private static List<String> render(List<EvtxRecord> chunk) {
    return chunk.stream().map(rec -> rec.chunkIndex() + ":" + EvtxXml.render(rec)).toList();
  }

  /** The files through one pipeline: one pass per file, as each file's problems complete. */
  private static List<Pass> parallel(List<Path> files, int window) throws Exception {
    List<Pass> passes = new ArrayList<>();
    List<String> records = new ArrayList<>();
    try (ChunkPipeline<List<String>> p =
        new ChunkPipeline<>(pool, window, ParallelChunksTest::render, records::addAll)) {
      for (Path f : files) {
        p.add(
            EvtxReader.open(f),
            done -> {
              passes.add(
                  new Pass(
                      List.copyOf(records),
                      done.problems().stream().map(EvtxProblem::message).toList()));
              records.clear();
            });
      }
      p.finish();
    }
    return passes;
  }

  private static Pass parallel(Path f, int window) throws Exception {
    List<Pass> passes = parallel(List.of(f), window);
    assertThat(passes).hasSize(1);
    return passes.get(0);
  }

  @Test
  void everyEvtxFileOfTheSharedDataReadsTheSameInParallel() throws Exception {
    List<Path> files = SharedEvtx.files();
    assertThat(files).hasSizeGreaterThan(50);
    int withProblems = 0;
    List<Pass> expected = new ArrayList<>();
    for (Path f : files) {
      Pass pass = sequential(f);
      expected.add(pass);
      for (int window : new int[] {1, 2}) {
        assertThat(parallel(f, window)).as("%s, window %d", f, window).isEqualTo(pass);
      }
      withProblems += pass.problems().isEmpty() ? 0 : 1;
    }
    assertThat(withProblems).as("dirty samples among the files").isGreaterThan(3);
    for (int window : new int[] {1, 3, 16}) {
      assertThat(parallel(files, window)).as("all files, window %d", window).isEqualTo(expected);
    }
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
  void aFailingMapIsRethrownAndTheReadersAreClosed() throws Exception {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    EvtxReader first = EvtxReader.open(f);
    ChunkPipeline<Object> p =
        new ChunkPipeline<>(
            pool,
            2,
            chunk -> {
              throw new UncheckedIOException(new IOException("disk full"));
            },
            x -> {});
    assertThatThrownBy(
            () -> {
              p.add(first, r -> {});
              p.finish();
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    p.close();
    assertThatThrownBy(() -> first.read(0, new byte[ChunkReader.CHUNK_SIZE]))
        .as("closed by the pipeline")
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> first.iterator()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new ChunkPipeline<>(pool, 0, c -> c, c -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReaderAlreadyReadIsRefused() throws Exception {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    EvtxReader r = EvtxReader.open(f);
    r.iterator();
    try (ChunkPipeline<Object> p = new ChunkPipeline<>(pool, 2, c -> c, c -> {})) {
      assertThatThrownBy(() -> p.add(r, done -> {})).isInstanceOf(IllegalStateException.class);
    }
  }
}
