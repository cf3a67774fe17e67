package org.scelle.samples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal, valid one-page PDF 1.4: Helvetica text in WinAnsi encoding, an uncompressed content
 * stream, an Info dictionary and an exact cross-reference table. Stateless.
 */
final class PdfFile {

  private PdfFile() {}

  /** A PDF whose page shows {@code title} then {@code lines}; text is limited to Latin-1. */
  static byte[] of(String title, String author, LocalDateTime created, List<String> lines) {
    StringBuilder content =
        new StringBuilder("BT\n/F1 16 Tf\n56 780 Td\n(")
            .append(literal(title))
            .append(") Tj\n")
            .append("/F1 10 Tf\n0 -28 Td\n");
    for (String line : lines) {
      content.append('(').append(literal(line)).append(") Tj\n0 -14 Td\n");
    }
    content.append("ET\n");
    byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
    String date =
        String.format(
            java.util.Locale.ROOT,
            "D:%04d%02d%02d%02d%02d%02dZ",
            created.getYear(),
            created.getMonthValue(),
            created.getDayOfMonth(),
            created.getHour(),
            created.getMinute(),
            created.getSecond());
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                + "/Contents 4 0 R >>",
            "<< /Length "
                + stream.length
                + " >>\nstream\n"
                + new String(stream, StandardCharsets.ISO_8859_1)
                + "endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Title ("
                + literal(title)
                + ") /Author ("
                + literal(author)
                + ") /Producer (scelle samples) "
                + "/CreationDate ("
                + date
                + ") /ModDate ("
                + date
                + ") >>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder sb =
        new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int off : offsets) {
      sb.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", off));
    }
    sb.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R /Info 6 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    write(out, sb.toString());
    return out.toByteArray();
  }

  private static String literal(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\u2019') {
        sb.append('\'');
      } else if (c > 0xff) {
        throw new IllegalArgumentException(
            "PDF text limited to Latin-1; got U+" + Integer.toHexString(c) + " in: " + s);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
