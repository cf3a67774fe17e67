package org.scelle.indexer.ioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scelle.indexer.event.Event;

/**
 * The indicator fields of an event for the index: every indicator extracted from its message and
 * from its field values, by {@code ioc.<type>} field, normalised, each value once, sorted.
 * Stateless and thread-safe.
 */
public final class Enrichment {
  private static final IocExtractor EXTRACTOR = new IocExtractor();

  private Enrichment() {}

  /** The {@code ioc.*} fields of {@code event}. */
  public static Map<String, List<String>> iocFields(Event event) {
    Map<String, TreeSet<String>> found = new TreeMap<>();
    add(found, event.message());
    for (String v : event.fields().values()) {
      if (v != null && !event.message().contains(v)) {
        add(found, v);
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    found.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  /**
   * The canonical form of one indicator value of {@code type}, as the index stores it; the value
   * itself when it does not parse as that type.
   */
  public static String normalise(IocType type, String value) {
    for (Ioc ioc : EXTRACTOR.extract(value)) {
      if (ioc.type() == type && ioc.start() == 0 && ioc.end() == value.length()) {
        return ioc.value();
      }
    }
    for (Ioc ioc : EXTRACTOR.extract(value.strip())) {
      if (ioc.type() == type) {
        return ioc.value();
      }
    }
    return value.strip();
  }

  private static void add(Map<String, TreeSet<String>> found, String text) {
    for (Ioc ioc : EXTRACTOR.extract(text)) {
      found.computeIfAbsent(ioc.type().field(), k -> new TreeSet<>()).add(ioc.value());
    }
  }
}
