package org.scelle.indexer.logs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.scelle.indexer.event.Event;

/** What a test reads: the events and the stats. */
record Reading(List<Event> events, ReadStats stats) {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A context in Paris, assumed, with the given modification time. */
  static ReadContext paris(String modified) {
    return ReadContext.of(PARIS, modified == null ? null : Instant.parse(modified));
  }

  static Reading read(LogReader reader, String text, ReadContext ctx) {
    return read(reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ctx);
  }

  static Reading read(LogReader reader, InputStream in, ReadContext ctx) {
    List<Event> events = new ArrayList<>();
    try {
      ReadStats stats = reader.read(in, ctx, events::add);
      return new Reading(events, stats);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Detects the reader of {@code file} from its first 16 KiB and reads the whole file. */
  static Reading readFile(Path file, ReadContext ctx) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(detect(file), in, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LogReader detect(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return LogFormats.detect(file.getFileName().toString(), in.readNBytes(16 * 1024));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Event first() {
    return events.get(0);
  }
}
