package org.scelle.collector.walk;

import java.nio.file.Path;

/**
 * One entry met while walking a source. Immutable.
 *
 * @param path the entry as found (absolute)
 * @param readPath what to open to read it: {@code path} itself, or the link's real target when
 *     symbolic links are followed; null when the entry is not to be read
 * @param relative the path relative to the source root, '/'-separated, for target matching
 * @param kind what the entry is
 * @param detail the link target for {@link EntryKind#SYMLINK}, the error for {@link
 *     EntryKind#UNREADABLE}, else null
 */
public record Entry(Path path, Path readPath, String relative, EntryKind kind, String detail) {

  /** The entry's file name (last component), as text. */
  public String fileName() {
    Path f = path.getFileName();
    return f == null ? "" : f.toString();
  }
}
