package org.scelle.indexer.logs;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scelle.indexer.Fields;

/**
 * The W3C extended log file format: {@code #} directives, of which {@code #Fields:} names the
 * space-separated columns of the lines after it (a later {@code #Fields:} replaces it), and {@code
 * #Time Format: Local} or {@code UTC} says how to read {@code date time}. Two instances:
 *
 * <ul>
 *   <li>{@link #IIS} ({@code w3c}): IIS and other W3C logs, UTC unless the header says otherwise;
 *   <li>{@link #FIREWALL} ({@code pfirewall}): the Windows Firewall log, local time of the host
 *       unless the header says otherwise, read in the context zone (DST overlaps ordered by {@link
 *       TimeResolver}).
 * </ul>
 *
 * <p>Columns with an ECS name map to it ({@code c-ip}/{@code src-ip} to {@code source.ip}, {@code
 * action} to {@code event.action}, {@code path} {@code SEND}/{@code RECEIVE} to {@code
 * network.direction} {@code egress}/{@code ingress}, ...); the others become {@code w3c.<name>}.
 * Values may be double-quoted. A line before any {@code #Fields:}, or whose value count differs
 * from it, is unparsed. Directives count as skipped lines.
 */
final class W3cReader extends LineLogReader {
  static final W3cReader IIS = new W3cReader("w3c", false);
  static final W3cReader FIREWALL = new W3cReader("pfirewall", true);

  private static final Map<String, String> ECS =
      Map.ofEntries(
          Map.entry("c-ip", Fields.SOURCE_IP),
          Map.entry("src-ip", Fields.SOURCE_IP),
          Map.entry("c-port", Fields.SOURCE_PORT),
          Map.entry("src-port", Fields.SOURCE_PORT),
          Map.entry("s-ip", Fields.DESTINATION_IP),
          Map.entry("dst-ip", Fields.DESTINATION_IP),
          Map.entry("s-port", Fields.DESTINATION_PORT),
          Map.entry("dst-port", Fields.DESTINATION_PORT),
          Map.entry("cs-method", Fields.HTTP_METHOD),
          Map.entry("cs-uri", Fields.URL_ORIGINAL),
          Map.entry("sc-status", Fields.HTTP_STATUS),
          Map.entry("sc-bytes", Fields.HTTP_RESPONSE_BYTES),
          Map.entry("cs(user-agent)", Fields.USER_AGENT),
          Map.entry("cs(referer)", Fields.HTTP_REFERRER),
          Map.entry("cs-username", Fields.USER_NAME),
          Map.entry("s-computername", Fields.HOST_NAME),
          Map.entry("action", Fields.EVENT_ACTION),
          Map.entry("size", Fields.NETWORK_BYTES));

  private final boolean localByDefault;

  private W3cReader(String format, boolean localByDefault) {
    super(format);
    this.localByDefault = localByDefault;
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver local = new TimeResolver(ctx);
    return new LineParser() {
      private List<String> names;
      private boolean isLocal = localByDefault;

      @Override
      public Parsed parse(Line line) {
        String text = line.text();
        if (text.startsWith("#")) {
          directive(text);
          return Parsed.SKIP;
        }
        List<String> values = split(text);
        if (names == null || values == null || values.size() != names.size()) {
          return null;
        }
        return record(values, isLocal, local);
      }

      private void directive(String text) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(1, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : text.substring(colon + 1).strip();
        if (name.equals("fields")) {
          names = new ArrayList<>();
          for (String n : value.split("[ \\t]+")) {
            names.add(n.toLowerCase(Locale.ROOT));
          }
        } else if (name.equals("time format")) {
          isLocal = value.equalsIgnoreCase("local");
        }
      }

      private Parsed record(List<String> values, boolean isLocal, TimeResolver times) {
        Map<String, String> fields = new HashMap<>();
        String date = null;
        String time = null;
        String stem = null;
        String query = null;
        for (int i = 0; i < names.size(); i++) {
          String n = names.get(i);
          String v = values.get(i);
          switch (n) {
            case "date" -> date = v;
            case "time" -> time = v;
            case "cs-uri-stem" -> stem = v;
            case "cs-uri-query" -> query = v;
            case "protocol" -> Values.put(fields, Fields.NETWORK_TRANSPORT, lower(v));
            case "path" -> {
              Values.put(fields, Fields.W3C_PREFIX + n, v);
              Values.put(fields, Fields.NETWORK_DIRECTION, direction(v));
            }
            case "time-taken" -> {
              if (v.chars().allMatch(Character::isDigit) && !v.isEmpty()) {
                fields.put(Fields.EVENT_DURATION, Long.parseLong(v) * 1_000_000 + "");
              }
            }
            default -> Values.put(fields, ECS.getOrDefault(n, Fields.W3C_PREFIX + n), v);
          }
        }
        if (!Values.absent(stem)) {
          fields.put(Fields.URL_ORIGINAL, Values.absent(query) ? stem : stem + "?" + query);
        }
        TimeResolver.Resolved t = null;
        if (date != null || time != null) {
          Stamp s = TimePatterns.value(date + " " + time);
          if (s == null || s.offset() != null) {
            return null;
          }
          if (!isLocal) {
            s =
                new Stamp(
                    s.year(),
                    s.month(),
                    s.day(),
                    s.hour(),
                    s.minute(),
                    s.second(),
                    s.nano(),
                    ZoneOffset.UTC,
                    s.end());
          }
          t = times.resolve(s);
          if (t == null) {
            return null;
          }
        }
        return Parsed.of(t, fields);
      }
    };
  }

  private static String lower(String v) {
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  private static String direction(String path) {
    return switch (path.toUpperCase(Locale.ROOT)) {
      case "SEND" -> "egress";
      case "RECEIVE" -> "ingress";
      default -> null;
    };
  }

  /** Splits on spaces and tabs, honouring double quotes; null for an unterminated quote. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          return null;
        }
        out.add(text.substring(i + 1, close));
        i = close + 1;
      } else {
        int j = i;
        while (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t') {
          j++;
        }
        out.add(text.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
