package org.scelle.reporter.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How the dossier writes times: UTC first ({@code 2019-11-15 18:38:27Z}), with the site's local
 * time and zone beside it where a reader needs it. Immutable.
 */
final class TimeText {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final ZoneId site;

  TimeText(ZoneId site) {
    this.site = site;
  }

  ZoneId site() {
    return site;
  }

  /** {@code 2019-11-15 18:38:27Z}, or an empty string for null. */
  String utc(Instant t) {
    return t == null ? "" : UTC.format(t);
  }

  /** {@code 2019-11-15 18:38:27Z (19:38 Europe/Paris)}. */
  String utcAndSite(Instant t) {
    if (t == null) {
      return "";
    }
    return UTC.format(t) + " (" + LOCAL.format(t.atZone(site)) + " " + site.getId() + ")";
  }

  /** An offset time as written in the complaint, shown in UTC and in its own offset. */
  String utcAndOffset(OffsetDateTime t) {
    if (t == null) {
      return "";
    }
    return UTC.format(t.toInstant()) + " (" + LOCAL.format(t) + " UTC" + offset(t) + ")";
  }

  private static String offset(OffsetDateTime t) {
    String id = t.getOffset().getId();
    return "Z".equals(id) ? "" : id;
  }

  /** Parses an RFC 3339 time from a vault file; null for null or an unparsable value. */
  static Instant parse(String rfc3339) {
    if (rfc3339 == null || rfc3339.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(rfc3339).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
