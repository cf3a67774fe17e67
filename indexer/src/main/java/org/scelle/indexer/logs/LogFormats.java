package org.scelle.indexer.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * The log readers, and the choice of one for an item. Stateless and thread safe.
 *
 * <p>{@link #detect} decides by content first: W3C directives at the top; otherwise the share of
 * the first {@value #SNIFF_LINES} non-blank lines that each strict grammar (RFC 5424, JSON lines,
 * Squid, access log, RFC 3164, CSV) accepts, the first to reach {@value #MIN_SHARE} winning, in
 * that order. When none does, the file name decides ({@code pfirewall.log}, {@code u_ex*.log},
 * {@code *.csv}, {@code *.jsonl}, {@code access.log}, {@code syslog}, {@code messages}, ...); then
 * the generic timestamped-lines reader when most lines start with a time; then plain text.
 */
public final class LogFormats {
  private LogFormats() {}

  /** How many non-blank lines of the head are sniffed. */
  public static final int SNIFF_LINES = 20;

  /** The share of sniffed lines a grammar must accept to be chosen. */
  public static final double MIN_SHARE = 0.8;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every reader, strict formats first. */
  public static List<LogReader> all() {
    return List.of(
        Rfc5424Reader.INSTANCE,
        JsonLinesReader.INSTANCE,
        SquidReader.INSTANCE,
        AccessLogReader.COMBINED,
        AccessLogReader.COMMON,
        Rfc3164Reader.INSTANCE,
        W3cReader.IIS,
        W3cReader.FIREWALL,
        CsvReader.INSTANCE,
        TimestampedLinesReader.INSTANCE,
        PlainTextReader.INSTANCE);
  }

  /**
   * The reader of a format by its name.
   *
   * @throws NoSuchElementException naming the format and the known ones when none has that name
   */
  public static LogReader byName(String format) {
    for (LogReader r : all()) {
      if (r.format().equals(format)) {
        return r;
      }
    }
    List<String> names = all().stream().map(LogReader::format).toList();
    throw new NoSuchElementException("unknown log format '" + format + "'; known: " + names);
  }

  /**
   * Chooses the reader for an item.
   *
   * @param fileName the item's file name (or path), used when the content does not decide; may be
   *     null
   * @param head the item's first bytes (a few KiB are enough; a last line without terminator is
   *     ignored when there are others)
   */
  public static LogReader detect(String fileName, byte[] head) {
    List<String> lines = lines(head);
    if (!lines.isEmpty() && lines.get(0).startsWith("#")) {
      LogReader w3c = w3c(lines);
      if (w3c != null) {
        return w3c;
      }
    }
    if (share(lines, l -> Rfc5424Reader.HEADER.matcher(l).lookingAt()) >= MIN_SHARE) {
      return Rfc5424Reader.INSTANCE;
    }
    if (share(lines, LogFormats::isJsonObject) >= MIN_SHARE) {
      return JsonLinesReader.INSTANCE;
    }
    if (share(lines, l -> SquidReader.LINE.matcher(l).matches()) >= MIN_SHARE) {
      return SquidReader.INSTANCE;
    }
    if (share(lines, l -> AccessLogReader.STRICT.matcher(l).matches()) >= MIN_SHARE) {
      return lines.stream().anyMatch(LogFormats::combined)
          ? AccessLogReader.COMBINED
          : AccessLogReader.COMMON;
    }
    if (share(lines, l -> Rfc3164Reader.LINE.matcher(l).matches()) >= MIN_SHARE) {
      return Rfc3164Reader.INSTANCE;
    }
    if (csv(lines)) {
      return CsvReader.INSTANCE;
    }
    LogReader byName = byFileName(fileName);
    if (byName != null) {
      return byName;
    }
    if (share(lines, l -> TimePatterns.prefix(l) != null) >= 0.5) {
      return TimestampedLinesReader.INSTANCE;
    }
    return PlainTextReader.INSTANCE;
  }

  private static LogReader w3c(List<String> lines) {
    boolean directives = false;
    boolean firewall = false;
    for (String l : lines) {
      if (!l.startsWith("#")) {
        break;
      }
      String lower = l.toLowerCase(Locale.ROOT);
      directives |= lower.matches("#(fields|software|version|date|remark|start-date):.*");
      firewall |= lower.startsWith("#software:") && lower.contains("firewall");
      firewall |= lower.startsWith("#fields:") && lower.contains(" src-ip ");
    }
    return !directives ? null : firewall ? W3cReader.FIREWALL : W3cReader.IIS;
  }

  private static LogReader byFileName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String path = fileName.replace('\\', '/').toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JsonLinesReader.INSTANCE;
    }
    if (name.endsWith(".csv")) {
      return CsvReader.INSTANCE;
    }
    if (name.startsWith("pfirewall")) {
      return W3cReader.FIREWALL;
    }
    if (name.matches("u_(ex|in|nc)\\d+.*\\.log") || path.contains("/w3svc")) {
      return W3cReader.IIS;
    }
    if (path.contains("squid/") && name.startsWith("access")) {
      return SquidReader.INSTANCE;
    }
    if (name.contains("access.log") || name.contains("access_log")) {
      return AccessLogReader.COMBINED;
    }
    if (name.matches("(syslog|messages|auth\\.log|secure|kern\\.log|daemon\\.log)(\\.\\d+)?")) {
      return Rfc3164Reader.INSTANCE;
    }
    return null;
  }

  private static boolean combined(String line) {
    Matcher m = AccessLogReader.STRICT.matcher(line);
    return m.matches() && m.group(8) != null;
  }

  private static boolean isJsonObject(String line) {
    if (!line.startsWith("{")) {
      return false;
    }
    try {
      return MAPPER.readTree(line).isObject();
    } catch (JsonProcessingException e) {
      return false; // not JSON: not this format
    }
  }

  private static boolean csv(List<String> lines) {
    if (lines.size() < 2 || TimePatterns.prefix(lines.get(0)) != null) {
      return false;
    }
    char sep = CsvReader.separator(lines.get(0));
    List<String> header = CsvReader.split(lines.get(0), sep);
    if (header == null || header.size() < 2) {
      return false;
    }
    for (String h : header) {
      if (h.isBlank() || h.strip().matches("[-+\\d.,:/ ]+")) {
        return false;
      }
    }
    List<String> rows = lines.subList(1, lines.size());
    return share(
            rows,
            l -> {
              List<String> f = CsvReader.split(l, sep);
              return f != null && f.size() == header.size();
            })
        >= MIN_SHARE;
  }

  private static double share(List<String> lines, Predicate<String> accepts) {
    if (lines.isEmpty()) {
      return 0;
    }
    long n = lines.stream().filter(accepts).count();
    return (double) n / lines.size();
  }

  private static List<String> lines(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] parts = text.split("\n", -1);
    int count = parts.length;
    if (count > 1) {
      count--; // the last part follows the last terminator, or is a partial line
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count && out.size() < SNIFF_LINES; i++) {
      String l = parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      if (!l.isBlank()) {
        out.add(l);
      }
    }
    return out;
  }
}
