package org.scelle.collector.walk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Walks a source depth-first, children in byte order of their names, and reports every
 * non-directory entry. Nothing is opened except directories for listing; special files (FIFOs,
 * sockets, devices) are classified from their attributes alone, so a FIFO can never block the walk.
 *
 * <p>Symbolic links are reported as {@link EntryKind#SYMLINK} and not followed, unless following is
 * asked: then a link to a file is reported as that file, and a link to a directory is walked unless
 * it leads back to a directory on the current path ({@link EntryKind#LOOP}). A directory that
 * cannot be listed is reported as {@link EntryKind#UNREADABLE} with the reason.
 *
 * <p>The case vault the run writes may lie inside a source (the case on the disk being collected):
 * its directory is reported once as {@link EntryKind#CASE_VAULT} and never walked, so that a vault
 * never collects its own files. Not thread-safe.
 */
public final class SourceWalker {
  private final boolean followLinks;
  private final Path vault;
  private final Object vaultKey;

  /** A walker that knows of no case vault. */
  public SourceWalker(boolean followLinks) {
    this.followLinks = followLinks;
    this.vault = null;
    this.vaultKey = null;
  }

  /**
   * A walker that reports the directory {@code caseVault} (an existing directory) as {@link
   * EntryKind#CASE_VAULT} wherever a source holds it, found by its file key (device and inode) or,
   * where the file system has none, by its real path.
   *
   * @throws IOException when {@code caseVault} cannot be resolved
   */
  public SourceWalker(boolean followLinks, Path caseVault) throws IOException {
    this.followLinks = followLinks;
    this.vault = caseVault.toRealPath();
    this.vaultKey = Files.readAttributes(vault, BasicFileAttributes.class).fileKey();
  }

  /** Whether the directory {@code dir}, whose file key is {@code key}, is the case vault. */
  private boolean isVault(Path dir, Object key) {
    if (vault == null) {
      return false;
    }
    if (vaultKey != null && key != null) {
      return vaultKey.equals(key);
    }
    try {
      return dir.toRealPath().equals(vault);
    } catch (IOException e) {
      return false;
    }
  }

  private void reportVault(Path dir, String rel, Consumer<Entry> sink) {
    sink.accept(
        new Entry(
            dir, null, rel, EntryKind.CASE_VAULT, "the case vault being written, not walked"));
  }

  /**
   * Walks {@code root} (a directory or a single file), calling {@code sink} for each entry in
   * order.
   */
  public void walk(Path root, Consumer<Entry> sink) {
    Path absRoot = root.toAbsolutePath().normalize();
    BasicFileAttributes rootAttrs;
    try {
      rootAttrs =
          Files.readAttributes(
              absRoot,
              BasicFileAttributes.class,
              followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
    } catch (IOException e) {
      sink.accept(new Entry(absRoot, null, fileNameOf(absRoot), EntryKind.UNREADABLE, reason(e)));
      return;
    }
    if (!rootAttrs.isDirectory()) {
      classify(absRoot, fileNameOf(absRoot), sink, new ArrayDeque<>(), absRoot.getParent());
      return;
    }
    Deque<Object> ancestors = new ArrayDeque<>();
    walkDir(absRoot, absRoot, sink, ancestors, rootAttrs.fileKey());
  }

  private void walkDir(
      Path root, Path dir, Consumer<Entry> sink, Deque<Object> ancestors, Object key) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        children.add(p);
      }
    } catch (IOException e) {
      sink.accept(
          new Entry(
              dir,
              null,
              relative(root, dir),
              EntryKind.UNREADABLE,
              "directory cannot be listed: " + reason(e)));
      return;
    }
    children.sort(null); // UnixPath order: byte order of the names
    if (key != null) {
      ancestors.push(key);
    }
    for (Path child : children) {
      classify(child, relative(root, child), sink, ancestors, root);
    }
    if (key != null) {
      ancestors.pop();
    }
  }

  private void classify(
      Path p, String rel, Consumer<Entry> sink, Deque<Object> ancestors, Path root) {
    Map<String, Object> unix;
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      unix = Files.readAttributes(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      sink.accept(
          new Entry(p, null, rel, EntryKind.UNREADABLE, "attributes cannot be read: " + reason(e)));
      return;
    }
    if (attrs.isSymbolicLink()) {
      handleLink(p, rel, sink, ancestors, root);
    } else if (attrs.isDirectory()) {
      if (isVault(p, attrs.fileKey())) {
        reportVault(p, rel, sink);
        return;
      }
      walkDir(root, p, sink, ancestors, attrs.fileKey());
    } else if (attrs.isRegularFile()) {
      sink.accept(new Entry(p, p, rel, EntryKind.FILE, null));
    } else {
      sink.accept(new Entry(p, null, rel, special((Integer) unix.get("mode")), null));
    }
  }

  private void handleLink(
      Path p, String rel, Consumer<Entry> sink, Deque<Object> ancestors, Path root) {
    String target;
    try {
      target = Files.readSymbolicLink(p).toString();
    } catch (IOException e) {
      target = "(unreadable: " + reason(e) + ")";
    }
    if (!followLinks) {
      sink.accept(new Entry(p, null, rel, EntryKind.SYMLINK, target));
      return;
    }
    BasicFileAttributes followed;
    Path real;
    try {
      followed = Files.readAttributes(p, BasicFileAttributes.class);
      real = p.toRealPath();
    } catch (IOException e) {
      sink.accept(
          new Entry(p, null, rel, EntryKind.SYMLINK, target + " (dangling: " + reason(e) + ")"));
      return;
    }
    if (followed.isDirectory()) {
      if (isVault(real, followed.fileKey())) {
        reportVault(p, rel, sink);
        return;
      }
      if (ancestors.contains(followed.fileKey())) {
        sink.accept(new Entry(p, null, rel, EntryKind.LOOP, target));
        return;
      }
      // Entries below a followed link keep their path under the link, as an analyst would name
      // them.
      walkDir(root, p, sink, ancestors, followed.fileKey());
    } else if (followed.isRegularFile()) {
      sink.accept(new Entry(p, real, rel, EntryKind.FILE, target));
    } else {
      sink.accept(new Entry(p, null, rel, EntryKind.SYMLINK, target + " (not a regular file)"));
    }
  }

  private static EntryKind special(int mode) {
    switch (mode & 0170000) {
      case 0010000:
        return EntryKind.FIFO;
      case 0140000:
        return EntryKind.SOCKET;
      case 0020000:
        return EntryKind.CHAR_DEVICE;
      case 0060000:
        return EntryKind.BLOCK_DEVICE;
      default:
        return EntryKind.UNREADABLE;
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static String fileNameOf(Path p) {
    Path f = p.getFileName();
    return f == null ? "" : f.toString();
  }

  static String reason(Exception e) {
    String m = e.getMessage();
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return m == null ? type : type + ": " + m;
  }
}
