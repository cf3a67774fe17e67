package org.scelle.indexer.index;

import java.util.Map;

/**
 * One search hit with its provenance. Immutable.
 *
 * @param timestamp UTC RFC 3339, or null when the event has no time
 * @param highlight the message with the matched terms marked {@code [[...]]}, or the message
 * @param fields every stored keyword field of the document, sorted by name
 */
public record Hit(
    String docId,
    float score,
    String timestamp,
    String itemId,
    String itemSha256,
    String host,
    String locator,
    String message,
    String highlight,
    Map<String, String> fields) {}
