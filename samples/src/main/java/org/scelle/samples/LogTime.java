package org.scelle.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Time stamps as each log format writes them, in the site's time zone where the format is local.
 */
final class LogTime {

  private LogTime() {}

  private static final DateTimeFormatter WINDOWS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter RFC3164 =
      DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter APACHE =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private static ZonedDateTime local(Instant t) {
    return t.atZone(Scenario.ZONE);
  }

  /** {@code 2019-11-15 19:45:00}, local time (Windows Firewall, {@code #Time Format: Local}). */
  static String windows(Instant t) {
    return WINDOWS.format(local(t));
  }

  /** {@code Nov 5 23:13:05}, local time, no year (RFC 3164). */
  static String rfc3164(Instant t) {
    return RFC3164.format(local(t));
  }

  /** {@code 15/Nov/2019:19:45:00 +0100} (Apache {@code %t} without brackets). */
  static String apache(Instant t) {
    return APACHE.format(local(t));
  }

  /** {@code 2019-11-15T19:45:00.123+01:00} (RFC 5424 / RFC 3339 with milliseconds). */
  static String rfc5424(Instant t) {
    return ISO_MILLIS.format(local(t));
  }

  /** {@code 2019-11-15T19:45:00+01:00}. */
  static String iso(Instant t) {
    return ISO_SECONDS.format(local(t));
  }

  /** {@code 1573847100.123} (Squid: Unix seconds and milliseconds). */
  static String squid(Instant t) {
    return String.format(Locale.ROOT, "%d.%03d", t.getEpochSecond(), t.getNano() / 1_000_000);
  }

  /** {@code t} plus a seeded number of milliseconds below one second. */
  static Instant millis(Instant t, Random r) {
    return t.plusMillis(r.nextInt(1000));
  }

  /**
   * The beacon times of the implant on WS-FIN-014: about hourly (60 min plus or minus 5) from five
   * minutes after the scheduled task is created until the workstation is switched off after
   * discovery.
   */
  static List<Instant> beacons(Derivation d) {
    Random r = d.random("beacons");
    List<Instant> out = new ArrayList<>();
    Instant end = Scenario.DISCOVERY.plusSeconds(300);
    for (Instant t = Scenario.TASK_CREATED.plusSeconds(300);
        t.isBefore(end);
        t = t.plus(Duration.ofSeconds(3300 + r.nextInt(600)))) {
      out.add(t.plusMillis(r.nextInt(1000)));
    }
    return out;
  }
}
