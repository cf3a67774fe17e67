package org.scelle.samples;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The IOC feed {@code iocs/iocs.csv} (RFC 4180, header {@code type,value,description,first_seen}).
 */
final class CsvFeed {

  private CsvFeed() {}

  static final String PATH = "iocs/iocs.csv";

  static void write(Tree tree, List<IocList.Entry> entries, Instant published) throws IOException {
    StringBuilder sb = new StringBuilder("type,value,description,first_seen\n");
    for (IocList.Entry e : entries) {
      sb.append(field(e.type()))
          .append(',')
          .append(field(e.value()))
          .append(',')
          .append(field(e.description()))
          .append(',')
          .append(e.firstSeen())
          .append('\n');
    }
    tree.text(PATH, sb.toString(), published);
  }

  private static String field(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
