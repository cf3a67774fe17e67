package org.scelle.indexer.logs;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.scelle.indexer.Fields;

/**
 * Generic timestamped lines: any line that starts with one of the {@link TimePatterns} forms, such
 * as application logs ({@code 2019-10-25T00:01:09+02:00 INFO [net] ...}), the Apache error log
 * ({@code [Sun Dec 04 04:47:44 2005] [error] ...}) or the Windows CBS log. A level word right after
 * the time ({@code INFO}, {@code [error]}, {@code Info,}) becomes {@code log.level}. A line that
 * does not start with a time (a stack trace's continuation) is unparsed.
 */
final class TimestampedLinesReader extends LineLogReader {
  static final String FORMAT = "timestamped";
  static final TimestampedLinesReader INSTANCE = new TimestampedLinesReader();

  private static final Set<String> LEVELS =
      Set.of(
          "trace",
          "debug",
          "info",
          "notice",
          "warn",
          "warning",
          "error",
          "err",
          "crit",
          "critical",
          "alert",
          "emerg",
          "fatal",
          "severe");

  private TimestampedLinesReader() {
    super(FORMAT);
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver times = new TimeResolver(ctx);
    return line -> {
      Stamp s = TimePatterns.prefix(line.text());
      if (s == null) {
        return null;
      }
      TimeResolver.Resolved t = times.resolve(s);
      if (t == null) {
        return null;
      }
      Map<String, String> fields = new HashMap<>();
      String level = level(line.text(), s.end());
      if (level != null) {
        fields.put(Fields.LOG_LEVEL, level);
      }
      return Parsed.of(t, fields);
    };
  }

  private static String level(String text, int from) {
    int i = from;
    while (i < text.length()
        && (text.charAt(i) == ']' || text.charAt(i) == ',' || text.charAt(i) == ' ')) {
      i++;
    }
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    String word = text.substring(i, j).replaceAll("^[\\[<(]|[\\]>),:]$", "");
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return LEVELS.contains(lower) ? lower : null;
  }
}
