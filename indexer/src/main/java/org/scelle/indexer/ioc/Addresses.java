package org.scelle.indexer.ioc;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Validation and canonical forms of IP address literals. Never resolves a name: IPv6 literals are
 * checked syntactically here before Guava's {@link InetAddresses} parses them. Thread-safe.
 */
final class Addresses {

  private Addresses() {}

  /**
   * Returns dotted-quad {@code s} without leading zeros, or {@code null} when it is not four
   * decimal octets of at most 255.
   */
  static String ipv4(String s) {
    // One pass, no split: this runs for every dotted number of every indexed line.
    StringBuilder out = null;
    int parts = 0;
    int i = 0;
    int n = s.length();
    while (true) {
      int start = i;
      int octet = 0;
      while (i < n && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        octet = octet * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 3 || octet > 255) {
        return null;
      }
      parts++;
      boolean canonical = digits == 1 || s.charAt(start) != '0';
      if (out == null && !canonical) {
        out = new StringBuilder(15).append(s, 0, start);
      }
      if (out != null) {
        out.append(octet);
      }
      if (i == n) {
        break;
      }
      if (s.charAt(i) != '.' || parts == 4) {
        return null;
      }
      if (out != null) {
        out.append('.');
      }
      i++;
    }
    if (parts != 4) {
      return null;
    }
    return out == null ? s : out.toString();
  }

  /**
   * Returns IPv6 literal {@code s} in RFC 5952 canonical form (IPv4-mapped addresses as {@code
   * ::ffff:a.b.c.d}), or {@code null} when it is not a valid IPv6 literal. Timestamps such as
   * {@code 12:34:56} and MAC addresses fail the group count.
   */
  static String ipv6(String s) {
    int lastColon = s.lastIndexOf(':');
    if (lastColon < 0 || s.indexOf(":::") >= 0) {
      return null;
    }
    String head = s;
    int groups = 0;
    if (s.indexOf('.') > lastColon) {
      if (ipv4(s.substring(lastColon + 1)) == null) {
        return null;
      }
      head = s.substring(0, lastColon + 1) + "0";
      groups = 1; // the IPv4 tail counts as two groups: the "0" stands for one of them
    }
    int compressed = head.indexOf("::");
    if (compressed >= 0 && head.indexOf("::", compressed + 1) >= 0) {
      return null;
    }
    if (head.equals("::") || (compressed < 0 && (head.startsWith(":") || head.endsWith(":")))) {
      return null;
    }
    for (String group : head.split(":", -1)) {
      if (group.length() > 4) {
        return null;
      }
      if (!group.isEmpty()) {
        groups++;
      }
    }
    if (compressed < 0 ? groups != 8 : groups > 7) {
      return null;
    }
    if (!InetAddresses.isInetAddress(s)) {
      return null;
    }
    InetAddress address = InetAddresses.forString(s);
    if (address instanceof Inet4Address) {
      return "::ffff:" + InetAddresses.toAddrString(address);
    }
    return InetAddresses.toAddrString(address);
  }
}
