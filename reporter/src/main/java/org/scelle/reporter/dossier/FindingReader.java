package org.scelle.reporter.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.json.Json;
import org.scelle.custody.json.JsonLines;

/**
 * Streams {@code scelle/findings.jsonl}: one finding at a time, so that memory does not grow with
 * the number of findings (custody's {@code FindingStore.readAll} holds them all). Stateless.
 */
final class FindingReader {
  private FindingReader() {}

  /**
   * Calls {@code consumer} with every finding in file order; a missing file has none.
   *
   * @throws JsonLines.MalformedLineException naming the line when a finding does not parse
   */
  static void forEach(Path file, Consumer<Finding> consumer) throws IOException {
    try (Stream<JsonLines.Line> lines = JsonLines.read(file)) {
      for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
        Finding f;
        try {
          f = Json.mapper().treeToValue(line.node(), Finding.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
          throw new UncheckedIOException(
              new JsonLines.MalformedLineException(
                  file, line.number(), "invalid finding: " + e.getMessage()));
        }
        consumer.accept(f);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
