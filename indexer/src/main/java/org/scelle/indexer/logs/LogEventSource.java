package org.scelle.indexer.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.index.ItemEventSource;

/**
 * Reads text logs for the indexer: any item whose first bytes look like text (no NUL byte in the
 * head, or a text content type other than HTML) goes to the reader {@link LogFormats#detect}
 * chooses. Local times are read in the given zone and noted as assumed, since a source's zone is
 * only ever recorded, not measured. Stateless and thread-safe.
 */
public final class LogEventSource implements ItemEventSource {
  private static final String HTML = "text/html";

  @Override
  public boolean accepts(ItemRecord item, byte[] head) {
    String type = item.contentType() == null ? "" : item.contentType();
    if (type.equals(HTML)) {
      return false; // a document, not a log: its text is extracted without the markup
    }
    if (type.startsWith("text/")
        || type.equals("application/json")
        || type.equals("application/xml")) {
      return true;
    }
    if (head.length == 0 || type.startsWith("application/x-evtx")) {
      return false;
    }
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return type.isEmpty() || type.equals("application/octet-stream");
  }

  @Override
  public Outcome read(Path file, ItemRecord item, ZoneId zone, Consumer<Event> sink)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(16 * 1024);
    }
    String name = item.sourcePath().substring(item.sourcePath().lastIndexOf('/') + 1);
    LogReader reader = LogFormats.detect(name, head);
    ReadContext ctx =
        new ReadContext(
            item.id(),
            item.sha256(),
            zone,
            false,
            modified(item),
            ReadContext.DEFAULT_MAX_LINE_BYTES);
    ReadStats stats;
    try (InputStream in = Files.newInputStream(file)) {
      stats = reader.read(in, ctx, sink);
    }
    return new Outcome(
        stats.events(),
        stats.unparsed(),
        "format:" + reader.format() + (stats.cut() > 0 ? ", " + stats.cut() + " lines cut" : ""));
  }

  private static Instant modified(ItemRecord item) {
    if (item.times() == null || item.times().modified() == null) {
      return null;
    }
    try {
      return Instant.parse(item.times().modified());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
