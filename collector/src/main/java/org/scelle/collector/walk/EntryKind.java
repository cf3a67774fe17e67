package org.scelle.collector.walk;

/** What a walked entry is. Only {@link #FILE} entries are ever opened. */
public enum EntryKind {
  FILE,
  SYMLINK,
  FIFO,
  SOCKET,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  /** A directory that could not be listed, or an entry whose attributes could not be read. */
  UNREADABLE,
  /** A symbolic link that, followed, leads back to a directory being walked. */
  LOOP,
  /** The case vault being written, met inside a source: never walked. */
  CASE_VAULT
}
