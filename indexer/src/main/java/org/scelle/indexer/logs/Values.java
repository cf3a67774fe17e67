package org.scelle.indexer.logs;

import java.util.Map;
import java.util.regex.Pattern;
import org.scelle.indexer.Fields;

/** What readers do to values before they become fields. Stateless. */
final class Values {
  private Values() {}

  private static final Pattern IPV4 =
      Pattern.compile(
          "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:%\\w+)?");

  /** Whether {@code v} is absent in logs' notation: null, empty or {@code -}. */
  static boolean absent(String v) {
    return v == null || v.isEmpty() || v.equals("-");
  }

  /** Puts {@code value} unless {@link #absent}. */
  static void put(Map<String, String> fields, String name, String value) {
    if (!absent(value)) {
      fields.put(name, value);
    }
  }

  /** Whether {@code v} is an IPv4 or IPv6 address literal (no brackets). */
  static boolean isIp(String v) {
    return v != null
        && (IPV4.matcher(v).matches() || (v.indexOf(':') >= 0 && IPV6.matcher(v).matches()));
  }

  /** Puts an address into {@code ipField}, or a host name into {@code domainField}. */
  static void putAddress(
      Map<String, String> fields, String ipField, String domainField, String value) {
    if (absent(value)) {
      return;
    }
    String v =
        value.startsWith("[") && value.endsWith("]")
            ? value.substring(1, value.length() - 1)
            : value;
    fields.put(isIp(v) ? ipField : domainField, v);
  }

  /** The host of a URL ({@code http://h:80/p}), of {@code h:443} (CONNECT), or null. */
  static String host(String url) {
    if (absent(url)) {
      return null;
    }
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    authority = authority.substring(at + 1);
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? null : authority.substring(1, close);
    }
    int colon = authority.lastIndexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    return host.isEmpty() ? null : host;
  }

  /** Puts a URL's host into {@code destination.ip} or {@code destination.domain}. */
  static void putDestinationHost(Map<String, String> fields, String url) {
    putAddress(fields, Fields.DESTINATION_IP, Fields.DESTINATION_DOMAIN, host(url));
  }

  /** Priority fields of syslog's {@code <PRI>}: the value, facility and severity. */
  static void putPriority(Map<String, String> fields, int pri) {
    fields.put(Fields.LOG_SYSLOG_PRIORITY, Integer.toString(pri));
    fields.put(Fields.LOG_SYSLOG_FACILITY, Integer.toString(pri / 8));
    fields.put(Fields.LOG_SYSLOG_SEVERITY, Integer.toString(pri % 8));
  }
}
