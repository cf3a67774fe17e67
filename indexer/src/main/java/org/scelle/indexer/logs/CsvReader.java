package org.scelle.indexer.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scelle.indexer.Fields;

/**
 * CSV with a header line, RFC 4180: fields separated by {@code ,} (or {@code ;} or a tab, the one
 * the header uses most), double-quoted when they hold a separator, a quote (doubled) or a line
 * break; a record with a quoted line break spans several lines and is located at its first. Each
 * column becomes {@code csv.<header>}. The time column is the first header, in this order of
 * preference, among {@link #TIME_HEADERS} (compared lower-case, without spaces, dashes and
 * underscores); when there is only a {@code date} and a {@code time} column, they are joined.
 * Values are read as in {@link TimePatterns#value}; a local time is read in the context zone; a
 * record whose time column holds no time it can read has no time and the note {@code
 * time-unreadable}. A record whose field count differs from the header's is unparsed. The header
 * counts as a skipped line.
 */
final class CsvReader extends LineLogReader {
  static final String FORMAT = "csv";
  static final CsvReader INSTANCE = new CsvReader();

  /** Normalised header names of time columns, preferred first. */
  static final List<String> TIME_HEADERS =
      List.of(
          "@timestamp",
          "timestamp",
          "datetime",
          "time",
          "eventtime",
          "timecreated",
          "timegenerated",
          "utctime",
          "date",
          "created",
          "createdat",
          "firstseen",
          "firstseenutc",
          "lastseen",
          "ts",
          "logtime",
          "starttime");

  /** The time note of a record whose time column holds no time it can read. */
  static final String TIME_UNREADABLE = "time-unreadable";

  private CsvReader() {
    super(FORMAT);
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver times = new TimeResolver(ctx);
    return new LineParser() {
      private List<String> header;
      private char separator;
      private int timeColumn = -1;
      private int dateColumn = -1;

      @Override
      public Parsed parse(Line line) {
        if (header == null) {
          separator = separator(line.text());
          List<String> h = split(line.text(), separator);
          if (h == null) {
            return Parsed.MORE;
          }
          header = h;
          chooseTimeColumn();
          return Parsed.SKIP;
        }
        List<String> values = split(line.text(), separator);
        if (values == null) {
          return Parsed.MORE;
        }
        if (values.size() != header.size()) {
          return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
          Values.put(fields, Fields.CSV_PREFIX + header.get(i), values.get(i));
        }
        if (timeColumn < 0) {
          return new Parsed(null, null, fields);
        }
        String v = values.get(timeColumn);
        if (dateColumn >= 0) {
          v = values.get(dateColumn) + " " + v;
        }
        Stamp s = TimePatterns.value(v);
        TimeResolver.Resolved t = s == null ? null : times.resolve(s);
        return t == null ? new Parsed(null, TIME_UNREADABLE, fields) : Parsed.of(t, fields);
      }

      private void chooseTimeColumn() {
        List<String> normalised = new ArrayList<>();
        for (String h : header) {
          normalised.add(h.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", ""));
        }
        for (String candidate : TIME_HEADERS) {
          int i = normalised.indexOf(candidate);
          if (i >= 0) {
            timeColumn = i;
            break;
          }
        }
        int date = normalised.indexOf("date");
        int time = normalised.indexOf("time");
        if (timeColumn == time && date >= 0 && time >= 0) {
          dateColumn = date;
        }
      }
    };
  }

  /** The separator a header line uses most, outside quotes: {@code ,} by default. */
  static char separator(String header) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }

  /** The fields of a record, or null when a quoted field is still open at the end. */
  static List<String> split(String text, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == separator) {
        out.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    out.add(field.toString());
    return out;
  }
}
