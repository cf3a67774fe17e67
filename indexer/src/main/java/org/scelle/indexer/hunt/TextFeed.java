package org.scelle.indexer.hunt;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads CSV feeds with a header (RFC 4180 quoting) and plain lists of values. */
final class TextFeed {
  private TextFeed() {}

  /**
   * Reads the indicators of {@code file} into {@code out}, those it cannot match into {@code
   * rejected}.
   *
   * @throws IOException naming the file, and the line, when it is not UTF-8 text
   */
  static void read(Path file, String feed, String sha, List<Indicator> out, List<String> rejected)
      throws IOException {
    try {
      readUtf8(file, feed, sha, out, rejected);
    } catch (CharacterCodingException e) {
      throw FeedLoader.notUtf8(file);
    }
  }

  private static void readUtf8(
      Path file, String feed, String sha, List<Indicator> out, List<String> rejected)
      throws IOException {
    try (BufferedReader r = FeedLoader.reader(file)) {
      String first = r.readLine();
      if (first == null) {
        return;
      }
      List<String> header = split(first);
      int valueCol = indexOf(header, "value", "indicator", "ioc");
      int typeCol = indexOf(header, "type", "indicator_type", "ioc_type");
      int descCol = indexOf(header, "description", "comment", "name");
      boolean csv = valueCol >= 0;
      int lineNo = 1;
      if (!csv) {
        line(first, lineNo, feed, sha, out, rejected);
      }
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (csv) {
          List<String> cols = split(line);
          if (cols.size() == 1 && cols.get(0).isBlank()) {
            continue;
          }
          String value = valueCol < cols.size() ? cols.get(valueCol).trim() : "";
          String typeName = typeCol >= 0 && typeCol < cols.size() ? cols.get(typeCol) : "";
          IndicatorType t = typeName.isBlank() ? TypeNames.infer(value) : TypeNames.of(typeName);
          String id = feed + ":" + lineNo;
          if (t == null || value.isEmpty()) {
            rejected.add(id + ": type '" + typeName + "' of '" + value + "' cannot be matched");
          } else {
            String desc =
                descCol >= 0 && descCol < cols.size() ? cols.get(descCol) : t.label() + " " + value;
            out.add(Indicator.of(id, desc, new Comparison(t, value), feed, sha));
          }
        } else {
          line(line, lineNo, feed, sha, out, rejected);
        }
      }
    }
  }

  private static void line(
      String line,
      int lineNo,
      String feed,
      String sha,
      List<Indicator> out,
      List<String> rejected) {
    String v = line.strip();
    int hash = v.indexOf(" #");
    if (hash >= 0) {
      v = v.substring(0, hash).strip();
    }
    if (v.isEmpty() || v.startsWith("#")) {
      return;
    }
    IndicatorType t = TypeNames.infer(v);
    String id = feed + ":" + lineNo;
    if (t == null) {
      rejected.add(id + ": cannot tell what '" + v + "' is");
    } else {
      out.add(Indicator.of(id, t.label() + " " + v, new Comparison(t, v), feed, sha));
    }
  }

  private static int indexOf(List<String> header, String... names) {
    for (String n : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(n)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Splits one CSV line (RFC 4180 quotes; a quoted field does not span lines here). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
