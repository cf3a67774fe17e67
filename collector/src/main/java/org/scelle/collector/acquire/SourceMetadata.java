package org.scelle.collector.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.scelle.custody.item.ItemRecord;

/**
 * A snapshot of a source file's metadata, taken without following links and without opening it.
 * Taken before and after the read, two snapshots tell whether the file changed meanwhile.
 * Immutable.
 */
record SourceMetadata(
    long size,
    FileTime modified,
    FileTime accessed,
    FileTime changed,
    FileTime created,
    int mode,
    Object inode,
    String owner) {

  /** Birth times are reliable on Linux from JDK 21 (statx); before that the JDK reports mtime. */
  private static final boolean BIRTH_TIME = Runtime.version().feature() >= 21;

  /**
   * Owner and group names by numeric id: looking a name up reads the account database each time.
   */
  private static final ConcurrentMap<String, String> NAMES = new ConcurrentHashMap<>();

  /**
   * Reads the metadata of {@code p} without following a link. Owner and group names are looked up
   * once per id for the whole run.
   */
  static SourceMetadata read(Path p) throws IOException {
    Map<String, Object> a =
        Files.readAttributes(
            p,
            "unix:size,lastModifiedTime,lastAccessTime,ctime,creationTime,mode,ino,uid,gid",
            LinkOption.NOFOLLOW_LINKS);
    String ownerText = name(p, "owner", a.get("uid")) + ":" + name(p, "group", a.get("gid"));
    return new SourceMetadata(
        (Long) a.get("size"),
        (FileTime) a.get("lastModifiedTime"),
        (FileTime) a.get("lastAccessTime"),
        (FileTime) a.get("ctime"),
        BIRTH_TIME ? (FileTime) a.get("creationTime") : null,
        (Integer) a.get("mode"),
        a.get("ino"),
        ownerText);
  }

  private static String name(Path p, String attribute, Object id) throws IOException {
    String key = attribute + ":" + id;
    String cached = NAMES.get(key);
    if (cached != null) {
      return cached;
    }
    Object principal = Files.getAttribute(p, "posix:" + attribute, LinkOption.NOFOLLOW_LINKS);
    String name = principal == null ? String.valueOf(id) : ((UserPrincipal) principal).getName();
    NAMES.putIfAbsent(key, name);
    return name;
  }

  ItemRecord.Times times() {
    return new ItemRecord.Times(
        utc(modified), utc(accessed), utc(changed), created == null ? null : utc(created));
  }

  String modeText() {
    String octal = Integer.toOctalString(mode & 07777);
    return "0000".substring(octal.length()) + octal;
  }

  /**
   * What changed between this snapshot and {@code after}, or an empty list. Access time is ignored.
   */
  List<String> changesTo(SourceMetadata after) {
    List<String> out = new ArrayList<>();
    if (size != after.size) {
      out.add("changed-during-read: size " + size + " -> " + after.size);
    }
    if (!modified.equals(after.modified)) {
      out.add("changed-during-read: modified " + utc(modified) + " -> " + utc(after.modified));
    }
    if (!changed.equals(after.changed) && out.isEmpty()) {
      out.add(
          "changed-during-read: inode change time " + utc(changed) + " -> " + utc(after.changed));
    }
    if (!java.util.Objects.equals(inode, after.inode)) {
      out.add("changed-during-read: replaced (inode " + inode + " -> " + after.inode + ")");
    }
    return out;
  }

  static String utc(FileTime t) {
    return t.toInstant().toString();
  }
}
