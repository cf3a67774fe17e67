package org.scelle.indexer.evtx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.scelle.custody.testing.References;

/** The EVTX files of {@code ../shared/data} that the parser's tests read. */
final class SharedEvtx {
  private SharedEvtx() {}

  /**
   * Every {@code .evtx} file under the shared data, sorted by path; skips (fails when references
   * are required) when the data is absent.
   */
  static List<Path> files() throws IOException {
    Path data = References.sharedData("");
    try (Stream<Path> s = Files.walk(data)) {
      return s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
    }
  }
}
