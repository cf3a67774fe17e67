package org.scelle.reporter.complaint;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one complaint, in reading order. Not thread-safe. */
final class Problems {

  private final List<ComplaintException.Problem> list = new ArrayList<>();

  void add(String field, String message) {
    list.add(new ComplaintException.Problem(field, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<ComplaintException.Problem> list() {
    return List.copyOf(list);
  }

  /** A value quoted for a message: {@code "1234"}. */
  static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return '"' + shown.replace("\"", "\\\"") + '"';
  }
}
