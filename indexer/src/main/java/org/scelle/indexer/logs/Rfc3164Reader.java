package org.scelle.indexer.logs;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scelle.indexer.Fields;

/**
 * BSD syslog, RFC 3164: {@code [<PRI>]Mmm dd hh:mm:ss HOST TAG[PID]: MSG}, as written by syslogd,
 * rsyslog's traditional format and most appliances. The time has no year and no zone: the year
 * comes from the item's modification time and the zone from the context (see {@link TimeResolver}).
 * Fields: {@code host.name}, {@code process.name}, {@code process.pid}, the priority's facility and
 * severity. The tag is optional (a line such as {@code last message repeated 3 times} has none); a
 * version after the program name, as sysklogd writes it ({@code syslogd 1.4.1: restart.}), is not
 * part of {@code process.name}.
 */
final class Rfc3164Reader extends LineLogReader {
  static final String FORMAT = "syslog-3164";
  static final Rfc3164Reader INSTANCE = new Rfc3164Reader();

  static final Pattern LINE =
      Pattern.compile(
          "(?:<(\\d{1,3})>)?([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?"
              + " +(\\S+)(?: (.*))?");
  private static final Pattern TAG =
      Pattern.compile("([^\\s:\\[]+)(?: \\d[\\w.]*)?(?:\\[(\\d+)\\])?:(?: |$)");

  private Rfc3164Reader() {
    super(FORMAT);
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver times = new TimeResolver(ctx);
    return line -> {
      Matcher m = LINE.matcher(line.text());
      if (!m.matches()) {
        return null;
      }
      int month = TimePatterns.month(m.group(2));
      if (month == 0) {
        return null;
      }
      Stamp s =
          new Stamp(
              Stamp.NO_YEAR,
              month,
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)),
              Stamp.nanos(m.group(7)),
              null,
              m.end(6));
      TimeResolver.Resolved t = times.resolve(s);
      if (t == null) {
        return null;
      }
      Map<String, String> fields = new HashMap<>();
      if (m.group(1) != null) {
        int pri = Integer.parseInt(m.group(1));
        if (pri > 191) {
          return null;
        }
        Values.putPriority(fields, pri);
      }
      fields.put(Fields.HOST_NAME, m.group(8));
      String msg = m.group(9);
      if (msg != null) {
        Matcher tag = TAG.matcher(msg);
        if (tag.lookingAt()) {
          fields.put(Fields.PROCESS_NAME, tag.group(1));
          Values.put(fields, Fields.PROCESS_PID, tag.group(2));
        }
      }
      return Parsed.of(t, fields);
    };
  }
}
