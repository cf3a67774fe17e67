package org.scelle.indexer.extract;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A piece of the text of a document: the item itself or a document embedded in it. Immutable.
 *
 * @param embeddedPath where the document lies inside the item, names from the outermost container
 *     inward joined by {@code !/} (as in a jar URL, e.g. {@code mail.eml!/invoice.zip!/a.pdf});
 *     empty for the item itself
 * @param number 1-based number of the chunk within its document
 * @param text the text, cut on whitespace where possible
 * @param metadata what the document says about itself, by index field name ({@code file.mime_type},
 *     {@code document.title}...), on the first chunk of each document only
 */
public record TextChunk(
    String embeddedPath, int number, String text, Map<String, String> metadata) {

  public TextChunk {
    Objects.requireNonNull(embeddedPath, "embeddedPath");
    Objects.requireNonNull(text, "text");
    metadata =
        metadata == null || metadata.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
  }
}
