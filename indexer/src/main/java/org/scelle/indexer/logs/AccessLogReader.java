package org.scelle.indexer.logs;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scelle.indexer.Fields;

/**
 * Web server access logs in the NCSA common ({@code %h %l %u %t "%r" %>s %b}) and combined (plus
 * {@code "%{Referer}i" "%{User-agent}i"}) formats, as written by Apache httpd, nginx and Tomcat.
 * Both instances read both shapes; they differ only in their name, chosen by {@link LogFormats}
 * from the first lines. Quotes inside the request are read as Apache escapes them ({@code \"});
 * unescaped quotes (Tomcat) are tolerated by a second, greedy grammar anchored at the status.
 * Fields: {@code source.ip} (or {@code source.domain} for a resolved client name), {@code
 * user.name}, {@code http.request.method}, {@code url.original}, {@code http.version}, {@code
 * http.response.status_code}, {@code http.response.body.bytes}, {@code http.request.referrer},
 * {@code user_agent.original}.
 */
final class AccessLogReader extends LineLogReader {
  static final AccessLogReader COMBINED = new AccessLogReader("apache-combined");
  static final AccessLogReader COMMON = new AccessLogReader("apache-common");

  private static final String Q = "\"((?:[^\"\\\\]++|\\\\.)*+)\"";
  private static final String HEAD = "(\\S+) (\\S+) (.+?) \\[([^\\]]+)\\] ";
  private static final String TAIL = " (\\d{3}|-) (\\d+|-)";
  static final Pattern STRICT =
      Pattern.compile(HEAD + Q + TAIL + "(?: " + Q + " " + Q + ")?(?: .*)?");
  private static final Pattern LENIENT =
      Pattern.compile(HEAD + "\"(.*)\"" + TAIL + "(?: \"(.*)\" \"(.*)\")?");
  private static final Pattern REQUEST = Pattern.compile("(\\S+) (.+?)(?: (HTTP/[\\d.]+))?");

  private AccessLogReader(String format) {
    super(format);
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver times = new TimeResolver(ctx);
    return line -> {
      Matcher m = STRICT.matcher(line.text());
      if (!m.matches()) {
        m = LENIENT.matcher(line.text());
        if (!m.matches()) {
          return null;
        }
      }
      Stamp s = TimePatterns.value(m.group(4));
      TimeResolver.Resolved t = s == null ? null : times.resolve(s);
      if (t == null) {
        return null;
      }
      Map<String, String> fields = new HashMap<>();
      Values.putAddress(fields, Fields.SOURCE_IP, Fields.SOURCE_DOMAIN, m.group(1));
      Values.put(fields, Fields.USER_NAME, m.group(3));
      String request = m.group(5);
      Matcher r = REQUEST.matcher(request);
      if (r.matches()) {
        fields.put(Fields.HTTP_METHOD, r.group(1));
        fields.put(Fields.URL_ORIGINAL, r.group(2));
        if (r.group(3) != null) {
          fields.put(Fields.HTTP_VERSION, r.group(3).substring("HTTP/".length()));
        }
      } else {
        Values.put(fields, Fields.URL_ORIGINAL, request);
      }
      Values.put(fields, Fields.HTTP_STATUS, m.group(6));
      Values.put(fields, Fields.HTTP_BYTES, m.group(7));
      Values.put(fields, Fields.HTTP_REFERRER, m.group(8));
      Values.put(fields, Fields.USER_AGENT, m.group(9));
      return Parsed.of(t, fields);
    };
  }
}
