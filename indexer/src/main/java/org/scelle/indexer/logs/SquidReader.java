package org.scelle.indexer.logs;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scelle.indexer.Fields;

/**
 * Squid's native {@code access.log}: {@code time elapsed client code/status bytes method URL user
 * hierarchy/peer type}, the time in epoch seconds with milliseconds (UTC by nature), the elapsed
 * time in milliseconds. Fields: {@code source.ip}, {@code event.action} (the result code, such as
 * {@code TCP_MISS}), {@code http.response.status_code}, {@code http.response.bytes} (the reply's
 * size with headers), {@code http.request.method}, {@code url.original}, {@code destination.domain}
 * (the requested host), {@code destination.ip} (the peer Squid connected to, when an address),
 * {@code user.name}, {@code http.response.mime_type}, {@code event.duration} (in nanoseconds, as
 * ECS wants).
 */
final class SquidReader extends LineLogReader {
  static final String FORMAT = "squid";
  static final SquidReader INSTANCE = new SquidReader();

  static final Pattern LINE =
      Pattern.compile(
          "(\\d{9,11})(?:\\.(\\d{1,6}))? +(-?\\d+) (\\S+) ([A-Z_]+)/(\\d{1,3}|-) (\\d+|-) (\\S+)"
              + " (\\S+) (\\S+) ([A-Z_]+)/(\\S+) (\\S+)(?: .*)?");

  private SquidReader() {
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
      Stamp s = TimePatterns.epoch(Long.parseLong(m.group(1)), Stamp.nanos(m.group(2)), 0);
      Map<String, String> fields = new HashMap<>();
      Values.putAddress(fields, Fields.SOURCE_IP, Fields.SOURCE_DOMAIN, m.group(4));
      fields.put(Fields.EVENT_ACTION, m.group(5));
      Values.put(fields, Fields.HTTP_STATUS, m.group(6));
      Values.put(fields, Fields.HTTP_RESPONSE_BYTES, m.group(7));
      Values.put(fields, Fields.HTTP_METHOD, m.group(8));
      Values.put(fields, Fields.URL_ORIGINAL, m.group(9));
      String host = Values.host(m.group(9));
      if (host != null && !Values.isIp(host)) {
        fields.put(Fields.DESTINATION_DOMAIN, host);
      }
      Values.put(fields, Fields.USER_NAME, m.group(10));
      String peer = m.group(12);
      if (Values.isIp(peer)) {
        fields.put(Fields.DESTINATION_IP, peer);
      } else if (host != null && Values.isIp(host)) {
        fields.put(Fields.DESTINATION_IP, host);
      }
      Values.put(fields, Fields.HTTP_MIME_TYPE, m.group(13));
      long elapsed = Long.parseLong(m.group(3));
      if (elapsed >= 0) {
        fields.put(Fields.EVENT_DURATION, Long.toString(elapsed * 1_000_000));
      }
      return Parsed.of(times.resolve(s), fields);
    };
  }
}
