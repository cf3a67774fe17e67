package org.scelle.indexer.logs;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.event.Locator;

/**
 * A reader of a line-based format: streams lines through a {@link LineReader}, has a per-stream
 * {@link LineParser} parse each, and turns the results into events, keeping the counts.
 *
 * <p>Subclasses hold no mutable state; what a stream needs (a W3C {@code #Fields:} header, the
 * latest time read) lives in the parser that {@link #open} makes for it.
 */
abstract class LineLogReader implements LogReader {

  /** Parses the lines of one stream, in order. Not thread safe. */
  interface LineParser {
    /**
     * @return the line's record, {@link Parsed#SKIP} for a directive, {@link Parsed#MORE} when the
     *     record continues on the next line (the next call gets both, joined by {@code \n}), or
     *     null when the line does not match the format
     */
    Parsed parse(Line line);
  }

  /**
   * One parsed record.
   *
   * @param time its UTC time, or null
   * @param timeNote see {@link Event#timeNote()}
   * @param fields field name to value (empty and {@code -} values should be left out)
   */
  record Parsed(Instant time, String timeNote, Map<String, String> fields) {
    static final Parsed SKIP = new Parsed(null, null, Map.of());
    static final Parsed MORE = new Parsed(null, null, Map.of());

    static Parsed of(TimeResolver.Resolved t, Map<String, String> fields) {
      return t == null ? new Parsed(null, null, fields) : new Parsed(t.instant(), t.note(), fields);
    }
  }

  private final String format;

  LineLogReader(String format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  @Override
  public final String format() {
    return format;
  }

  /** A parser for one stream read with {@code ctx}. */
  abstract LineParser open(ReadContext ctx);

  @Override
  public final ReadStats read(InputStream in, ReadContext ctx, Consumer<Event> sink)
      throws IOException {
    LineReader reader = new LineReader(in, ctx.maxLineBytes());
    LineParser parser = open(ctx);
    long lines = 0;
    long events = 0;
    long unparsed = 0;
    long cut = 0;
    long skipped = 0;
    Line pending = null;
    long pendingLines = 0;
    for (Line line = next(reader, lines, ctx); line != null; line = next(reader, lines, ctx)) {
      lines++;
      cut += line.cut() ? 1 : 0;
      if (pending != null) {
        line = join(pending, line);
      } else if (line.text().isBlank()) {
        skipped++;
        continue;
      }
      pendingLines++;
      Parsed p = parser.parse(line);
      if (p == Parsed.MORE && line.text().length() < ctx.maxLineBytes()) {
        pending = line;
        continue;
      }
      if (p == Parsed.SKIP) {
        skipped += pendingLines;
      } else {
        if (p == null || p == Parsed.MORE) {
          unparsed++;
        }
        sink.accept(event(line, p == Parsed.MORE ? null : p));
        events++;
        skipped += pendingLines - 1;
      }
      pending = null;
      pendingLines = 0;
    }
    if (pending != null) {
      sink.accept(event(pending, null));
      unparsed++;
      events++;
      skipped += pendingLines - 1;
    }
    return new ReadStats(lines, events, unparsed, cut, skipped);
  }

  private Line next(LineReader reader, long read, ReadContext ctx) throws IOException {
    try {
      return reader.next();
    } catch (IOException e) {
      String item = ctx.itemId() == null ? "the item" : "item " + ctx.itemId();
      throw new IOException(
          "reading line " + (read + 1) + " of " + item + " as " + format + ": " + e.getMessage(),
          e);
    }
  }

  private static Line join(Line first, Line next) {
    return new Line(
        first.number(),
        first.offset(),
        first.text() + "\n" + next.text(),
        next.offset() + next.length() - first.offset(),
        first.cut() || next.cut());
  }

  private Event event(Line line, Parsed p) {
    Locator at = new Locator(line.number(), line.offset(), 0);
    // Sorted already, so that the event's own sorted copy is a linear one.
    Map<String, String> fields = new TreeMap<>();
    if (line.cut()) {
      fields.put(Fields.NOTE, "line-cut:" + line.length());
    }
    if (p == null) {
      fields.put(Fields.EVENT_DATASET, PlainTextReader.FORMAT);
      return new Event(null, "unparsed:" + format, PlainTextReader.FORMAT, at, line.text(), fields);
    }
    fields.putAll(p.fields());
    fields.put(Fields.EVENT_DATASET, format);
    return new Event(p.time(), p.timeNote(), format, at, line.text(), fields);
  }
}
