package org.scelle.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal, valid Office Open XML files (WordprocessingML and SpreadsheetML) with core properties.
 *
 * <p>Entries are STORED (not deflated, so the bytes do not depend on the zlib version) with a fixed
 * local DOS time and no extended timestamp. Stateless.
 */
final class OfficeFiles {

  private OfficeFiles() {}

  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String RELS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String OFFICE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A .docx with a title paragraph and {@code paragraphs}. */
  static byte[] docx(String title, String author, LocalDateTime created, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    body.append(paragraph(title, true));
    for (String p : paragraphs) {
      body.append(paragraph(p, false));
    }
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        contentTypes(
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    parts.put("_rels/.rels", packageRels("word/document.xml"));
    parts.put("docProps/core.xml", core(title, author, created));
    parts.put(
        "word/document.xml",
        XML
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
    return zip(parts, created);
  }

  /**
   * A .xlsx with one sheet {@code sheet}; numeric-looking cells are numbers, others inline strings.
   */
  static byte[] xlsx(
      String title, String author, LocalDateTime created, String sheet, List<List<String>> rows) {
    StringBuilder data = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      data.append("<row r=\"").append(r + 1).append("\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String ref = (char) ('A' + c) + Integer.toString(r + 1);
        String v = row.get(c);
        if (v.matches("-?\\d+(\\.\\d+)?")) {
          data.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
        } else {
          data.append("<c r=\"")
              .append(ref)
              .append("\" t=\"inlineStr\"><is><t>")
              .append(escape(v))
              .append("</t></is></c>");
        }
      }
      data.append("</row>");
    }
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        contentTypes(
            "/xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "/xl/worksheets/sheet1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
    parts.put("_rels/.rels", packageRels("xl/workbook.xml"));
    parts.put("docProps/core.xml", core(title, author, created));
    parts.put(
        "xl/workbook.xml",
        XML
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
            + OFFICE_REL
            + "\"><sheets><sheet name=\""
            + escape(sheet)
            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        XML
            + "<Relationships xmlns=\""
            + RELS_NS
            + "\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + OFFICE_REL
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>");
    parts.put(
        "xl/worksheets/sheet1.xml",
        XML
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + data
            + "</sheetData></worksheet>");
    return zip(parts, created);
  }

  private static String paragraph(String text, boolean bold) {
    return "<w:p><w:r>"
        + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
        + "<w:t xml:space=\"preserve\">"
        + escape(text)
        + "</w:t></w:r></w:p>";
  }

  private static String contentTypes(String... overrides) {
    StringBuilder sb =
        new StringBuilder(XML)
            .append(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .append(
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    for (int i = 0; i < overrides.length; i += 2) {
      sb.append("<Override PartName=\"")
          .append(overrides[i])
          .append("\" ContentType=\"")
          .append(overrides[i + 1])
          .append("\"/>");
    }
    return sb.append("<Override PartName=\"/docProps/core.xml\" ")
        .append(
            "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>")
        .toString();
  }

  private static String packageRels(String main) {
    return XML
        + "<Relationships xmlns=\""
        + RELS_NS
        + "\">"
        + "<Relationship Id=\"rId1\" Type=\""
        + OFFICE_REL
        + "/officeDocument\" Target=\""
        + main
        + "\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        + "core-properties\" Target=\"docProps/core.xml\"/></Relationships>";
  }

  private static String core(String title, String author, LocalDateTime created) {
    String when = created + "Z";
    return XML
        + "<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>"
        + escape(title)
        + "</dc:title><dc:creator>"
        + escape(author)
        + "</dc:creator>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
        + when
        + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
        + when
        + "</dcterms:modified></cp:coreProperties>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static byte[] zip(Map<String, String> parts, LocalDateTime time) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        byte[] data = part.getValue().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry e = new ZipEntry(part.getKey());
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        e.setCrc(crc.getValue());
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing an in-memory zip", e);
    }
    return out.toByteArray();
  }
}
