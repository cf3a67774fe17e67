package org.scelle.cli;

import java.util.Locale;

/** Human sizes: parsing {@code 4G}, {@code 512MiB}, {@code 1000} and printing bytes. */
final class Sizes {
  private Sizes() {}

  static long parse(String s) {
    String t = s.trim().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
    long mult = 1;
    if (!t.isEmpty() && "KMGT".indexOf(t.charAt(t.length() - 1)) >= 0) {
      mult = 1L << (10 * ("KMGT".indexOf(t.charAt(t.length() - 1)) + 1));
      t = t.substring(0, t.length() - 1);
    }
    try {
      long v = Long.parseLong(t.trim());
      if (v < 0) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(v, mult);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "invalid size '" + s + "' (examples: 1000, 64K, 512M, 4G)");
    }
  }

  static String format(double bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (bytes >= 1024 && u < units.length - 1) {
      bytes /= 1024;
      u++;
    }
    return u == 0
        ? String.format(Locale.ROOT, "%.0f %s", bytes, units[u])
        : String.format(Locale.ROOT, "%.1f %s", bytes, units[u]);
  }
}
