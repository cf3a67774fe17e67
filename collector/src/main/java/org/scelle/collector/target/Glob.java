package org.scelle.collector.target;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A case-insensitive glob over '/'-separated relative paths: {@code **} matches any number of
 * directories, {@code *} and {@code ?} match within one name, {@code [abc]} a class, {@code {a,b}}
 * alternatives. A pattern without '/' matches the file name at any depth. Case-insensitive because
 * evidence often comes from Windows volumes. Immutable.
 */
public final class Glob {
  private final String pattern;
  private final Pattern regex;

  private Glob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  /**
   * Compiles {@code glob}.
   *
   * @throws IllegalArgumentException naming the pattern when it is malformed
   */
  public static Glob of(String glob) {
    String g = glob.replace('\\', '/');
    if (g.indexOf('/') < 0) {
      g = "**/" + g;
    }
    while (g.startsWith("/")) {
      g = g.substring(1);
    }
    try {
      return new Glob(
          glob,
          Pattern.compile(
              toRegex(g), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("malformed glob '" + glob + "': " + e.getDescription(), e);
    }
  }

  /** Whether {@code relativePath} ('/'-separated) matches. */
  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static String toRegex(String g) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
            boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
            re.append(slashAfter ? "(?:.*/)?" : ".*");
            i += slashAfter ? 2 : 1;
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int end = g.indexOf(']', i + 1);
          if (end < 0) {
            throw new IllegalArgumentException("malformed glob '" + g + "': unclosed '['");
          }
          String body = g.substring(i + 1, end);
          if (body.startsWith("!")) {
            body = "^" + body.substring(1);
          }
          re.append('[').append(body.replace("\\", "\\\\")).append(']');
          i = end;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("malformed glob '" + g + "': unmatched '}'");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("malformed glob '" + g + "': unclosed '{'");
    }
    return re.toString();
  }
}
