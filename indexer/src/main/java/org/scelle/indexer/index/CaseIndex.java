package org.scelle.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;

/**
 * The writable case index of a vault, {@code CASE/index/}: one shared {@link IndexWriter} that
 * several threads may use at once, flushing by RAM. Each indexed item has a marker document that
 * records its SHA-256 and outcome, so a later run indexes only new items. Close to commit.
 */
public final class CaseIndex implements DocumentSink {
  /** The value of {@link Fields#KIND} for item markers. */
  public static final String KIND_ITEM = "item";

  /**
   * The version of the index's layout, in each commit's user data under {@link #FORMAT_KEY}: 3
   * since an event's locator is stored, not indexed, and found through its offset ({@link
   * Schema#addLocator}); 2 when documents became ordered by item id and position ({@link
   * Schema#addItem}); an index without it is of format 1, ordered by document id.
   */
  public static final String FORMAT = "3";

  /** The commit user-data key of {@link #FORMAT}. */
  public static final String FORMAT_KEY = "scelle.index.format";

  public static final String STATUS = "scelle.index.status";
  public static final String EVENTS = "scelle.index.events";
  public static final String NOTE = "scelle.index.note";

  private final Directory dir;
  private final IndexWriter writer;

  private CaseIndex(Directory dir, IndexWriter writer) {
    this.dir = dir;
    this.writer = writer;
  }

  /** The index directory of {@code vault}. */
  public static Path location(Vault vault) {
    return vault.root().resolve("index");
  }

  /**
   * Opens (creating when absent) the index of {@code vault} for writing.
   *
   * @throws VaultException when the index there is of another {@linkplain #FORMAT format}
   */
  public static CaseIndex openForWriting(Vault vault, int ramBufferMb) throws IOException {
    Directory dir = FSDirectory.open(location(vault));
    try {
      if (DirectoryReader.indexExists(dir)) {
        checkFormat(dir, location(vault));
      }
    } catch (IOException e) {
      dir.close();
      throw isDamage(e) ? damaged(location(vault), e) : e;
    } catch (RuntimeException e) {
      dir.close();
      throw e;
    }
    IndexWriterConfig cfg = new IndexWriterConfig(Schema.analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(ramBufferMb);
    // Flushed segments stay as separate files: packing each into a compound file copies it once
    // more, and merges repack the small ones anyway (the merge policy's own compound-file rule).
    cfg.setUseCompoundFile(false);
    cfg.setCommitOnClose(true);
    IndexWriter writer = new IndexWriter(dir, cfg);
    writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    return new CaseIndex(dir, writer);
  }

  /**
   * Whether {@code e} says the index files are damaged or not Lucene's of this version: a checksum
   * mismatch, a truncated file, an unknown codec.
   */
  static boolean isDamage(IOException e) {
    return e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException;
  }

  /**
   * The error for an index at {@code location} whose files are damaged ({@link #isDamage}): names
   * the directory and the remedy, keeping Lucene's message (which names the file) as its detail.
   */
  static VaultException damaged(Path location, IOException e) {
    VaultException v =
        new VaultException(
            location
                + ": the index is damaged ("
                + e.getMessage()
                + "); remove the directory and run 'scelle index' again (the index is derived"
                + " from the vault, which stays as it is)");
    v.initCause(e);
    return v;
  }

  /**
   * Checks that the latest commit of the index in {@code dir} (which must exist) names this
   * version's {@linkplain #FORMAT format}.
   *
   * @param location the index directory, for the message
   * @throws VaultException naming {@code location} and both formats otherwise
   */
  static void checkFormat(Directory dir, Path location) throws IOException {
    String found = SegmentInfos.readLatestCommit(dir).getUserData().getOrDefault(FORMAT_KEY, "1");
    if (!found.equals(FORMAT)) {
      throw new VaultException(
          location
              + ": this index is of format "
              + found
              + ", and this version of scelle reads format "
              + FORMAT
              + "; remove the directory and run 'scelle index' again (the index is derived"
              + " from the vault, which stays as it is)");
    }
  }

  /**
   * Adds a document: the item's documents were removed with {@link #deleteItem} first, which spares
   * the writer a buffered delete per document (an event's id is not indexed). Thread-safe.
   */
  @Override
  public void add(String id, Document doc) throws IOException {
    writer.addDocument(doc);
  }

  /** Removes every document of an item (before it is indexed again). Thread-safe. */
  @Override
  public void deleteItem(String itemId) throws IOException {
    writer.deleteDocuments(new Term(Fields.ITEM_ID, itemId));
  }

  /** Records that an item was indexed, with its outcome. Thread-safe. */
  @Override
  public void markItem(String itemId, String sha256, String status, long events, String note)
      throws IOException {
    writer.updateDocument(
        new Term(Fields.DOC_ID, markerId(itemId)), marker(itemId, sha256, status, events, note));
  }

  /** The document id of the marker of item {@code itemId}. */
  public static String markerId(String itemId) {
    return "item:" + itemId;
  }

  /** The marker document of an item, id {@code item:<item id>}, as every backend stores it. */
  public static Document marker(
      String itemId, String sha256, String status, long events, String note) {
    Document doc = new Document();
    Schema.addMarkerId(doc, markerId(itemId));
    Schema.addKeyword(doc, Fields.KIND, KIND_ITEM);
    Schema.addItem(doc, itemId, Schema.MARKER_SEQ);
    Schema.addKeyword(doc, Fields.ITEM_SHA256, sha256);
    Schema.addKeyword(doc, STATUS, status);
    Schema.addKeyword(doc, EVENTS, Long.toString(events));
    if (note != null) {
      Schema.addKeyword(doc, NOTE, note);
    }
    return doc;
  }

  /**
   * The marker of an indexed item: what its indexing gave.
   *
   * @param sha256 the item's SHA-256 when it was indexed
   * @param status its outcome, one word ({@code indexed}, {@code truncated}, {@code timeout}...)
   * @param events the event documents it gave
   * @param note details: the status word and {@code : reason} for an outcome other than {@code
   *     indexed}; may be null
   */
  public record Marker(String sha256, String status, long events, String note) {}

  /** Item id to SHA-256 of every item already marked in the committed index. */
  public static Map<String, String> indexedItems(Vault vault) throws IOException {
    Map<String, String> out = new HashMap<>();
    markers(vault).forEach((id, m) -> out.put(id, m.sha256()));
    return out;
  }

  /** Item id to marker of every item marked in the committed index; empty without an index. */
  public static Map<String, Marker> markers(Vault vault) throws IOException {
    Map<String, Marker> out = new HashMap<>();
    Path loc = location(vault);
    if (!java.nio.file.Files.isDirectory(loc)) {
      return out;
    }
    try (Directory d = FSDirectory.open(loc)) {
      if (!DirectoryReader.indexExists(d)) {
        return out;
      }
      try {
        checkFormat(d, loc);
        try (DirectoryReader r = DirectoryReader.open(d)) {
          readMarkers(r, out);
        }
      } catch (IOException e) {
        throw isDamage(e) ? damaged(loc, e) : e;
      }
    }
    return out;
  }

  private static void readMarkers(DirectoryReader r, Map<String, Marker> out) throws IOException {
    IndexSearcher s = new IndexSearcher(r);
    TermQuery markers = new TermQuery(new Term(Fields.KIND, KIND_ITEM));
    TopDocs top = s.search(markers, Math.max(1, s.count(markers)));
    StoredFields stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc);
      out.put(
          doc.get(Fields.ITEM_ID),
          new Marker(
              doc.get(Fields.ITEM_SHA256),
              doc.get(STATUS),
              Long.parseLong(doc.get(EVENTS)),
              doc.get(NOTE)));
    }
  }

  /** Commits what was written so far. */
  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }
}
