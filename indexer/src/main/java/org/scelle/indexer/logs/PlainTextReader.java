package org.scelle.indexer.logs;

import java.util.Map;

/**
 * Lines without a time: one {@code text} event per non-blank line, with no time. The last resort of
 * {@link LogFormats#detect}, and the format of lines other readers could not parse.
 */
final class PlainTextReader extends LineLogReader {
  static final String FORMAT = "text";
  static final PlainTextReader INSTANCE = new PlainTextReader();

  private PlainTextReader() {
    super(FORMAT);
  }

  @Override
  LineParser open(ReadContext ctx) {
    return line -> new Parsed(null, null, Map.of());
  }
}
