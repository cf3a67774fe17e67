package org.scelle.indexer.evtx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;
import org.scelle.indexer.event.Locator;

/**
 * Maps EVTX records onto the normalised {@link Event}. Stateless.
 *
 * <p>{@code @timestamp} is {@code System/TimeCreated/@SystemTime} (UTC), or the record header's
 * written time when absent. {@code event.code} is the EventID, {@code event.provider} the provider
 * name, {@code winlog.channel}, {@code winlog.record_id}, {@code host.name} the Computer. Every
 * named data field (see {@link EvtxRecord#eventData()}) becomes {@code winlog.event_data.<Name>}.
 *
 * <p>{@code user.*}: the account the event is about. When the event names a target account ({@code
 * TargetUserName}, as in logons 4624/4625 and account changes), that one: {@code user.name}, {@code
 * user.domain} from {@code TargetDomainName}, {@code user.id} from {@code TargetUserSid}. Otherwise
 * the subject ({@code SubjectUserName}, {@code SubjectDomainName}, {@code SubjectUserSid}). {@code
 * user.id} falls back to {@code System/Security/@UserID}. The placeholder {@code -} counts as
 * absent. Both accounts stay searchable under {@code winlog.event_data.*}.
 */
public final class EvtxEvents {
  /** The {@link Event#format()} of EVTX records. */
  public static final String FORMAT = "evtx";

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private EvtxEvents() {}

  /** The normalised event of {@code record}. */
  public static Event toEvent(EvtxRecord record) {
    Map<String, String> f = new HashMap<>();
    record.eventId().ifPresent(v -> f.put(Fields.EVENT_CODE, v));
    record.provider().filter(v -> !v.isEmpty()).ifPresent(v -> f.put(Fields.EVENT_PROVIDER, v));
    record.channel().ifPresent(v -> f.put(Fields.WINLOG_CHANNEL, v));
    f.put(Fields.WINLOG_RECORD_ID, record.eventRecordId().orElse(Long.toString(record.recordId())));
    record.computer().ifPresent(v -> f.put(Fields.HOST_NAME, v));
    Map<String, String> data = record.eventData();
    data.forEach((k, v) -> f.put(Fields.WINLOG_EVENT_DATA_PREFIX + k, v));
    String prefix = present(data, "TargetUserName").isPresent() ? "Target" : "Subject";
    present(data, prefix + "UserName").ifPresent(v -> f.put(Fields.USER_NAME, v));
    present(data, prefix + "DomainName").ifPresent(v -> f.put(Fields.USER_DOMAIN, v));
    Optional<String> sid =
        present(data, prefix + "UserSid")
            .or(() -> record.root().path("System", "Security").flatMap(e -> e.attribute("UserID")))
            .filter(v -> !v.isEmpty());
    sid.ifPresent(v -> f.put(Fields.USER_ID, v));
    return new Event(
        timestamp(record),
        null,
        FORMAT,
        new Locator(0, record.fileOffset(), record.recordId()),
        message(record, data),
        f);
  }

  private static Optional<String> present(Map<String, String> data, String key) {
    return Optional.ofNullable(data.get(key)).filter(v -> !v.isEmpty() && !v.equals("-"));
  }

  private static Instant timestamp(EvtxRecord record) {
    Optional<String> t = record.systemTime();
    if (t.isPresent()) {
      try {
        return LocalDateTime.parse(t.get(), TIME).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException unreadable) {
        return record.written();
      }
    }
    return record.written();
  }

  /**
   * One line: {@code 4624 Microsoft-Windows-Security-Auditing [Security] on HOST:
   * TargetUserName=alice LogonType=3}, values with line breaks folded to spaces.
   */
  static String message(EvtxRecord record, Map<String, String> data) {
    StringBuilder sb = new StringBuilder();
    sb.append(record.eventId().orElse("?"));
    record.provider().ifPresent(p -> sb.append(' ').append(p));
    record.channel().ifPresent(c -> sb.append(" [").append(c).append(']'));
    record.computer().ifPresent(c -> sb.append(" on ").append(c));
    if (!data.isEmpty()) {
      sb.append(':');
      data.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    } else {
      record
          .root()
          .child("EventData")
          .map(Element::text)
          .filter(s -> !s.isBlank())
          .ifPresent(s -> sb.append(": ").append(s));
    }
    return LINE_BREAKS.matcher(sb).replaceAll(" ").strip();
  }
}
