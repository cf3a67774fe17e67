package org.scelle.indexer.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a reader needs to know about the item it reads. Immutable.
 *
 * @param itemId the item's id (for callers; readers do not use it)
 * @param itemSha256 the item's SHA-256, lower-case hex (for callers; readers do not use it)
 * @param zone the zone of local times in the item: its {@code source_tz}, else the case's, else
 *     {@code --tz}
 * @param zoneFromItem whether {@code zone} is the item's own {@code source_tz}; when not, events
 *     read in it carry the time note {@code zone-assumed:<zone>}
 * @param itemModified the item's modification time, from which formats without a year (RFC 3164
 *     syslog) take it; null when unknown (such events then have no time and the note {@code
 *     year-unknown})
 * @param maxLineBytes longest line kept, in bytes; longer lines are cut and noted
 */
public record ReadContext(
    String itemId,
    String itemSha256,
    ZoneId zone,
    boolean zoneFromItem,
    Instant itemModified,
    int maxLineBytes) {

  /** The default line limit: 64 KiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;

  public ReadContext {
    Objects.requireNonNull(zone, "zone");
    if (maxLineBytes < 16) {
      throw new IllegalArgumentException("maxLineBytes must be >= 16; got: " + maxLineBytes);
    }
  }

  /** A context with no item identity, the given assumed zone and modification time. */
  public static ReadContext of(ZoneId zone, Instant itemModified) {
    return new ReadContext(null, null, zone, false, itemModified, DEFAULT_MAX_LINE_BYTES);
  }

  /** This context with another line limit. */
  public ReadContext withMaxLineBytes(int max) {
    return new ReadContext(itemId, itemSha256, zone, zoneFromItem, itemModified, max);
  }
}
