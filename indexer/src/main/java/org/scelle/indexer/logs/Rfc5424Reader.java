package org.scelle.indexer.logs;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scelle.indexer.Fields;

/**
 * Syslog, RFC 5424: {@code <PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD [MSG]}. The
 * time is RFC 3339 with its offset (or {@code -}: no time). Structured data elements {@code [id
 * name="value" ...]} become {@code log.syslog.structured_data.<id>.<name>} fields, with {@code \"},
 * {@code \\} and {@code \]} unescaped. Fields: {@code host.name}, {@code process.name}, {@code
 * process.pid} (a numeric PROCID), and the {@code log.syslog.*} header fields.
 */
final class Rfc5424Reader extends LineLogReader {
  static final String FORMAT = "syslog-5424";
  static final Rfc5424Reader INSTANCE = new Rfc5424Reader();

  static final Pattern HEADER =
      Pattern.compile("<(\\d{1,3})>([1-9]\\d{0,2}) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) ");

  private Rfc5424Reader() {
    super(FORMAT);
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver times = new TimeResolver(ctx);
    return line -> {
      String text = line.text();
      Matcher m = HEADER.matcher(text);
      if (!m.lookingAt() || Integer.parseInt(m.group(1)) > 191) {
        return null;
      }
      Map<String, String> fields = new HashMap<>();
      Values.putPriority(fields, Integer.parseInt(m.group(1)));
      fields.put(Fields.LOG_SYSLOG_VERSION, m.group(2));
      TimeResolver.Resolved t = null;
      if (!m.group(3).equals("-")) {
        Stamp s = TimePatterns.prefix(m.group(3));
        if (s == null || s.end() != m.group(3).length() || s.offset() == null) {
          return null;
        }
        t = times.resolve(s);
        if (t == null) {
          return null;
        }
      }
      Values.put(fields, Fields.HOST_NAME, m.group(4));
      Values.put(fields, Fields.LOG_SYSLOG_HOSTNAME, m.group(4));
      Values.put(fields, Fields.LOG_SYSLOG_APPNAME, m.group(5));
      Values.put(fields, Fields.PROCESS_NAME, m.group(5));
      Values.put(fields, Fields.LOG_SYSLOG_PROCID, m.group(6));
      if (m.group(6).chars().allMatch(Character::isDigit)) {
        fields.put(Fields.PROCESS_PID, m.group(6));
      }
      Values.put(fields, Fields.LOG_SYSLOG_MSGID, m.group(7));
      int end = structuredData(text, m.end(), fields);
      if (end < 0 || (end < text.length() && text.charAt(end) != ' ')) {
        return null;
      }
      return Parsed.of(t, fields);
    };
  }

  /** Reads the SD at {@code i} into {@code fields}; returns the index after it, or -1. */
  static int structuredData(String text, int i, Map<String, String> fields) {
    if (i < text.length() && text.charAt(i) == '-') {
      return i + 1;
    }
    if (i >= text.length() || text.charAt(i) != '[') {
      return -1;
    }
    while (i < text.length() && text.charAt(i) == '[') {
      int j = i + 1;
      while (j < text.length() && " ]=\"".indexOf(text.charAt(j)) < 0) {
        j++;
      }
      String id = text.substring(i + 1, j);
      while (j < text.length() && text.charAt(j) == ' ') {
        int k = ++j;
        while (k < text.length() && text.charAt(k) != '=') {
          k++;
        }
        if (k + 1 >= text.length() || text.charAt(k + 1) != '"') {
          return -1;
        }
        String name = text.substring(j, k);
        StringBuilder value = new StringBuilder();
        int v = k + 2;
        for (; v < text.length() && text.charAt(v) != '"'; v++) {
          char c = text.charAt(v);
          if (c == '\\' && v + 1 < text.length() && "\"\\]".indexOf(text.charAt(v + 1)) >= 0) {
            c = text.charAt(++v);
          }
          value.append(c);
        }
        if (v >= text.length()) {
          return -1;
        }
        fields.put(Fields.LOG_SYSLOG_SD_PREFIX + id + "." + name, value.toString());
        j = v + 1;
      }
      if (j >= text.length() || text.charAt(j) != ']' || id.isEmpty()) {
        return -1;
      }
      i = j + 1;
    }
    return i;
  }
}
