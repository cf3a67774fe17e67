package org.scelle.indexer.extract;

/**
 * The outcome of extracting the text of one item, as recorded on its index marker. The limits
 * ({@link #TRUNCATED}, {@link #NESTED_TOO_DEEP}, {@link #ZIP_BOMB}) keep the text extracted before
 * they were reached; the failures keep whatever was extracted before the worker stopped.
 */
public enum ExtractStatus {
  /** Extracted in full. */
  INDEXED("indexed"),
  /** The text reached the write limit; what came before it is indexed. */
  TRUNCATED("truncated"),
  /** Documents embedded deeper than the depth limit were not opened. */
  NESTED_TOO_DEEP("nested-too-deep"),
  /**
   * An archive or compressed document unpacks to more than the unpack limit, or Tika's guard found
   * far more output than input.
   */
  ZIP_BOMB("zip-bomb"),
  /** The worker did not answer within the time limit and was killed. */
  TIMEOUT("timeout"),
  /** The worker ran out of its heap and was restarted. */
  OUT_OF_MEMORY("out-of-memory"),
  /** Encrypted: by the collector's triage (not opened) or password-protected (Tika). */
  ENCRYPTED("encrypted"),
  /** A zero-byte file. */
  EMPTY("empty"),
  /** No parser knows the format. */
  UNSUPPORTED("unsupported"),
  /** The parser failed (corrupt, truncated or malformed input) or the worker died. */
  ERROR("error");

  private final String word;

  ExtractStatus(String word) {
    this.word = word;
  }

  /** The status as recorded: one lower-case word. */
  public String word() {
    return word;
  }

  /** The status with the given word. */
  static ExtractStatus of(String word) {
    for (ExtractStatus s : values()) {
      if (s.word.equals(word)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown extraction status: " + word);
  }
}
