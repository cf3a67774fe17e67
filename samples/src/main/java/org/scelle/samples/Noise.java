package org.scelle.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/** Helpers for seeded benign noise: times, picks, addresses. Stateless. */
final class Noise {

  private Noise() {}

  /**
   * A time in [{@code start}, {@code end}), four times out of five within local office hours (07:00
   * to 19:00, Monday to Friday) when the drawn day allows it; whole seconds.
   */
  static Instant time(Random r, Instant start, Instant end) {
    long span = Duration.between(start, end).getSeconds();
    Instant t = start.plusSeconds((long) (r.nextDouble() * span));
    if (r.nextInt(5) > 0) {
      ZonedDateTime local = t.atZone(Scenario.ZONE);
      int dow = local.getDayOfWeek().getValue();
      if (dow <= 5) {
        Instant office =
            local
                .withHour(7 + r.nextInt(12))
                .withMinute(r.nextInt(60))
                .withSecond(r.nextInt(60))
                .toInstant();
        if (!office.isBefore(start) && office.isBefore(end)) {
          return office;
        }
      }
    }
    return t;
  }

  /** One element of {@code items}. */
  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  /** An office workstation address, 10.20.14.x or 10.20.15.x. */
  static String workstation(Random r) {
    return "10.20." + (14 + r.nextInt(2)) + "." + (20 + r.nextInt(180));
  }

  /**
   * A benign external address from the documentation ranges that is not one of the planted
   * indicators nor one of the hospital's public addresses.
   */
  static String external(Random r, Indicators ioc) {
    List<String> prefixes = List.of("192.0.2.", "198.51.100.", "203.0.113.");
    while (true) {
      String ip = pick(r, prefixes) + (1 + r.nextInt(254));
      if (!List.of(
              ioc.c2Ip(),
              ioc.stagingIp(),
              ioc.exfilIp(),
              ioc.vpnAttackerIp(),
              ioc.rdpScannerIp(),
              Scenario.PUBLIC_WEB_IP,
              Scenario.PUBLIC_VPN_IP,
              Scenario.PUBLIC_NAT_IP)
          .contains(ip)) {
        return ip;
      }
    }
  }
}
