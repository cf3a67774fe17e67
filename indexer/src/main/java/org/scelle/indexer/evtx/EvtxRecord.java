package org.scelle.indexer.evtx;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event record of an EVTX file: its header fields and its XML tree. Immutable.
 *
 * <p>The XML tree is materialised on the first call of {@link #root()}: {@link EvtxXml} renders a
 * record straight from its parsed binary XML, so a dump never builds it.
 */
public final class EvtxRecord {
  private final long recordId;
  private final Instant written;
  private final long chunkIndex;
  private final long fileOffset;
  private final Materializer.Located parsed;
  private Element root;

  /**
   * @param recordId the record identifier from the record header
   * @param written when the record was written (record header FILETIME), UTC
   * @param chunkIndex 0-based index of the chunk holding the record
   * @param fileOffset offset of the record's first byte in the file
   * @param parsed the record's root element as parsed, with its substitution values
   */
  EvtxRecord(
      long recordId,
      Instant written,
      long chunkIndex,
      long fileOffset,
      Materializer.Located parsed) {
    this.recordId = recordId;
    this.written = Objects.requireNonNull(written, "written");
    this.chunkIndex = chunkIndex;
    this.fileOffset = fileOffset;
    this.parsed = Objects.requireNonNull(parsed, "parsed");
  }

  /**
   * The record identifier from the record header (equal to {@code System/EventRecordID} in
   * well-formed logs).
   */
  public long recordId() {
    return recordId;
  }

  /** When the record was written (record header FILETIME), UTC. */
  public Instant written() {
    return written;
  }

  /** The 0-based index of the chunk holding the record. */
  public long chunkIndex() {
    return chunkIndex;
  }

  /** The offset of the record's first byte in the file. */
  public long fileOffset() {
    return fileOffset;
  }

  /**
   * The record's root element, normally {@code Event}. Built on the first call; a record read by
   * several threads may build it more than once, always the same.
   */
  public Element root() {
    Element r = root;
    if (r == null) {
      r = parsed.materialize();
      root = r;
    }
    return r;
  }

  /** The root element as parsed, for rendering without materialising it. */
  Materializer.Located parsed() {
    return parsed;
  }

  /** {@code System/EventID}. */
  public Optional<String> eventId() {
    return text("System", "EventID");
  }

  /** {@code System/TimeCreated/@SystemTime}, as {@code yyyy-MM-dd HH:mm:ss[.ffffff]} UTC. */
  public Optional<String> systemTime() {
    return root().path("System", "TimeCreated").flatMap(e -> e.attribute("SystemTime"));
  }

  /** {@code System/Computer}. */
  public Optional<String> computer() {
    return text("System", "Computer");
  }

  /** {@code System/Channel}. */
  public Optional<String> channel() {
    return text("System", "Channel");
  }

  /** {@code System/Provider/@Name}. */
  public Optional<String> provider() {
    return root().path("System", "Provider").flatMap(e -> e.attribute("Name"));
  }

  /** {@code System/EventRecordID}. */
  public Optional<String> eventRecordId() {
    return text("System", "EventRecordID");
  }

  /**
   * Every named data field, in document order: each {@code EventData/Data} with a {@code Name}
   * attribute, and each child element of the element under {@code UserData} (named by its element
   * name). A later field of the same name replaces an earlier one.
   */
  public Map<String, String> eventData() {
    Map<String, String> out = new LinkedHashMap<>();
    root()
        .child("EventData")
        .ifPresent(
            d -> {
              for (Element e : d.elements()) {
                e.attribute("Name").ifPresent(n -> out.put(n, e.text()));
              }
            });
    root()
        .child("UserData")
        .ifPresent(
            u -> {
              for (Element wrapper : u.elements()) {
                for (Element e : wrapper.elements()) {
                  out.put(e.name(), e.text());
                }
              }
            });
    return out;
  }

  private Optional<String> text(String... path) {
    return root().path(path).map(Element::text);
  }
}
