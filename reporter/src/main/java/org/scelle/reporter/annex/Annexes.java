package org.scelle.reporter.annex;

/**
 * Names and MIME types of the annexes a dossier embeds. The names are the embedded file names; the
 * relationship of every annex to the document is {@code /Data} except the manifest's, which is
 * {@code /Supplement}.
 */
public final class Annexes {
  /** Copy of {@code scelle/items.jsonl}. */
  public static final String ITEMS = "items.jsonl";

  /** Copy of {@code scelle/custody.jsonl} at report time. */
  public static final String LEDGER = "custody.jsonl";

  /** Copy of {@code scelle/findings.jsonl}; embedded only when the vault has one. */
  public static final String FINDINGS = "findings.jsonl";

  /** Copy of {@code scelle/timeline.csv}; embedded only when the vault has one. */
  public static final String TIMELINE = "timeline.csv";

  /** Prefix of the IOC feeds used by the hunt, followed by the feed's file name. */
  public static final String FEED_PREFIX = "ioc-feed-";

  /** MIME type of JSON lines annexes. */
  public static final String MIME_JSONL = "application/x-ndjson";

  /** MIME type of CSV annexes. */
  public static final String MIME_CSV = "text/csv";

  /** MIME type of the manifest. */
  public static final String MIME_JSON = "application/json";

  private Annexes() {}
}
