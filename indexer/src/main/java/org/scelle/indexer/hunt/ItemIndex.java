package org.scelle.indexer.hunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scelle.custody.item.ItemRecord;

/**
 * The acquired items, looked up by MD5, SHA-1 and SHA-256 and by file name, for matching indicators
 * against items: a hash comparison reads the items with that hash instead of every item. Items come
 * out in the order they were given. Immutable.
 */
final class ItemIndex {
  /** An item and the last component of its source path. */
  private record Entry(ItemRecord item, String name) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, List<Entry>> byMd5 = new HashMap<>();
  private final Map<String, List<Entry>> bySha1 = new HashMap<>();
  private final Map<String, List<Entry>> bySha256 = new HashMap<>();

  ItemIndex(List<ItemRecord> items) {
    for (ItemRecord r : items) {
      String p = r.sourcePath();
      Entry e = new Entry(r, p == null ? "" : p.substring(p.lastIndexOf('/') + 1));
      entries.add(e);
      add(byMd5, r.md5(), e);
      add(bySha1, r.sha1(), e);
      add(bySha256, r.sha256(), e);
    }
  }

  private static void add(Map<String, List<Entry>> m, String key, Entry e) {
    if (key != null) {
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
  }

  /**
   * The items that satisfy every comparison of {@code conj}, in item order: none unless every
   * comparison is of an item type (a hash, equal; a file name, equal to the last component of the
   * item's source path, ignoring case).
   */
  List<ItemRecord> matching(List<Comparison> conj) {
    List<ItemRecord> out = new ArrayList<>();
    if (!conj.stream().allMatch(c -> isItemType(c.type()))) {
      return out;
    }
    List<Entry> candidates = entries;
    for (Comparison c : conj) {
      Map<String, List<Entry>> m = byHash(c.type());
      if (m != null) {
        candidates = m.getOrDefault(c.value(), List.of());
        break;
      }
    }
    for (Entry e : candidates) {
      if (conj.stream().allMatch(c -> matches(e, c))) {
        out.add(e.item());
      }
    }
    return out;
  }

  private Map<String, List<Entry>> byHash(IndicatorType t) {
    return switch (t) {
      case MD5 -> byMd5;
      case SHA1 -> bySha1;
      case SHA256 -> bySha256;
      default -> null;
    };
  }

  private static boolean matches(Entry e, Comparison c) {
    ItemRecord r = e.item();
    return switch (c.type()) {
      case MD5 -> c.value().equals(r.md5());
      case SHA1 -> c.value().equals(r.sha1());
      case SHA256 -> c.value().equals(r.sha256());
      case FILE_NAME -> e.name().equalsIgnoreCase(c.value());
      default -> false;
    };
  }

  private static boolean isItemType(IndicatorType t) {
    return t == IndicatorType.MD5
        || t == IndicatorType.SHA1
        || t == IndicatorType.SHA256
        || t == IndicatorType.FILE_NAME;
  }
}
