package org.scelle.indexer.timeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes timeline rows as CSV in Timesketch's columns ({@code message}, {@code datetime}, {@code
 * timestamp}, {@code timestamp_desc}) followed by scelle's ({@code host}, {@code source}, {@code
 * item}, {@code sha256}, {@code locator}, {@code finding_kind}, {@code rule}, {@code value}). RFC
 * 4180: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, quotes
 * doubled. Owns the writer it opens; close to flush.
 */
public final class TimelineCsv implements TimelineSink {
  /** The header, in column order. */
  public static final List<String> COLUMNS =
      List.of(
          "message",
          "datetime",
          "timestamp",
          "timestamp_desc",
          "host",
          "source",
          "item",
          "sha256",
          "locator",
          "finding_kind",
          "rule",
          "value");

  private final Writer out;

  /** Writes to {@code out} (closed with this sink), starting with the header. */
  public TimelineCsv(Writer out) throws IOException {
    this.out = out;
    line(COLUMNS.toArray(String[]::new));
  }

  /** Creates or replaces {@code file}. */
  public static TimelineCsv create(Path file) throws IOException {
    return new TimelineCsv(
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }

  @Override
  public void write(TimelineRow r) throws IOException {
    Long micros = r.timestampMicros();
    line(
        r.message(),
        r.datetime(),
        micros == null ? "" : micros.toString(),
        r.timestampDesc(),
        r.host(),
        r.source(),
        r.item(),
        r.sha256(),
        r.locator(),
        r.findingKind(),
        r.rule(),
        r.value());
  }

  private void line(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields[i]));
    }
    out.write("\r\n");
  }

  /** One field, quoted as RFC 4180 requires; null is the empty field. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
