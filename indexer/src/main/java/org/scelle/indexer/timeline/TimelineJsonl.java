package org.scelle.indexer.timeline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scelle.custody.json.Json;

/**
 * Writes timeline rows as JSON lines with the keys of {@link TimelineCsv#COLUMNS}, in that order;
 * {@code timestamp} is a number, absent values are left out. UTF-8, LF line ends. Owns the writer
 * it opens; close to flush.
 */
public final class TimelineJsonl implements TimelineSink {
  private final Writer out;

  /** Writes to {@code out}, closed with this sink. */
  public TimelineJsonl(Writer out) {
    this.out = out;
  }

  /** Creates or replaces {@code file}. */
  public static TimelineJsonl create(Path file) throws IOException {
    return new TimelineJsonl(
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }

  @Override
  public void write(TimelineRow r) throws IOException {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    List<String> c = TimelineCsv.COLUMNS;
    n.put(c.get(0), r.message());
    if (r.time() != null) {
      n.put(c.get(1), r.datetime());
      n.put(c.get(2), r.timestampMicros());
    }
    n.put(c.get(3), r.timestampDesc());
    String[] rest = {
      r.host(), r.source(), r.item(), r.sha256(), r.locator(), r.findingKind(), r.rule(), r.value()
    };
    for (int i = 0; i < rest.length; i++) {
      if (rest[i] != null) {
        n.put(c.get(4 + i), rest[i]);
      }
    }
    out.write(Json.mapper().writeValueAsString(n));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
