package org.scelle.collector.triage;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Detects a MIME type from the first bytes of a file (magic numbers), without a dependency and
 * without ever reading more than the head it is given. Stateless and thread safe.
 *
 * <p>Formats recognised: PDF, ZIP and the formats built on it (OOXML, ODF, JAR), OLE2 compound
 * files (Word, Excel, PowerPoint, MSI), JPEG, PNG, GIF, BMP, TIFF, WebP, gzip, bzip2, xz, 7z, RAR,
 * zstd, EVTX, Windows PE, ELF, SQLite, MP3 (ID3), MP4/QuickTime, WAV, AVI, RTF, XML, HTML and plain
 * text (UTF-8, UTF-16 with a byte order mark, or Latin-1); anything else is {@link #OCTET_STREAM}.
 */
final class ContentDetector {

  static final String OCTET_STREAM = "application/octet-stream";
  static final String EMPTY = "application/x-empty";
  static final String TEXT = "text/plain";
  static final String HTML = "text/html";
  static final String XML = "application/xml";
  static final String RTF = "application/rtf";
  static final String ZIP = "application/zip";
  static final String OLE2 = "application/x-ole-storage";

  private ContentDetector() {}

  /** Whether {@code type} is text a person reads (plain text, HTML, XML, RTF). */
  static boolean isText(String type) {
    return type.startsWith("text/") || type.equals(XML) || type.equals(RTF);
  }

  /** The MIME type of a file whose first {@code len} bytes are in {@code head}. */
  static String detect(byte[] head, int len) {
    if (len == 0) {
      return EMPTY;
    }
    String binary = binary(head, len);
    return binary != null ? binary : TextSniffer.detect(head, len);
  }

  private static String binary(byte[] h, int n) {
    if (starts(h, n, 0, "%PDF-") || indexOf(h, Math.min(n, 1024), ascii("%PDF-")) >= 0) {
      return "application/pdf";
    }
    if (starts(h, n, 0, "PK\3\4") || starts(h, n, 0, "PK\5\6") || starts(h, n, 0, "PK\7\10")) {
      return ZipHead.detect(h, n);
    }
    if (starts(h, n, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return ole2(h, n);
    }
    if (starts(h, n, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(h, n, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(h, n, 0, "GIF87a") || starts(h, n, 0, "GIF89a")) {
      return "image/gif";
    }
    if (isBmp(h, n)) {
      return "image/bmp";
    }
    if (starts(h, n, 0, "II*\0") || starts(h, n, 0, "MM\0*")) {
      return "image/tiff";
    }
    if (starts(h, n, 0, 0x1F, 0x8B, 0x08)) {
      return "application/gzip";
    }
    if (starts(h, n, 0, "BZh") && n > 3 && h[3] >= '1' && h[3] <= '9') {
      return "application/x-bzip2";
    }
    if (starts(h, n, 0, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return "application/x-xz";
    }
    if (starts(h, n, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "application/x-7z-compressed";
    }
    if (starts(h, n, 0, "Rar!\u001A\u0007")) {
      return "application/vnd.rar";
    }
    if (starts(h, n, 0, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "application/zstd";
    }
    if (starts(h, n, 0, "ElfFile\0")) {
      return "application/x-evtx";
    }
    if (isPe(h, n)) {
      return "application/vnd.microsoft.portable-executable";
    }
    if (starts(h, n, 0, 0x7F, 'E', 'L', 'F')) {
      return "application/x-elf";
    }
    if (starts(h, n, 0, "SQLite format 3\0")) {
      return "application/vnd.sqlite3";
    }
    if (starts(h, n, 0, "ID3")) {
      return "audio/mpeg";
    }
    if (starts(h, n, 4, "ftyp")) {
      return mp4(h, n);
    }
    if (starts(h, n, 0, "RIFF")) {
      return riff(h, n);
    }
    if (starts(h, n, 0, "{\\rtf")) {
      return RTF;
    }
    return null;
  }

  private static String ole2(byte[] h, int n) {
    if (indexOf(h, n, utf16le("WordDocument")) >= 0) {
      return "application/msword";
    }
    if (indexOf(h, n, utf16le("Workbook")) >= 0 || indexOf(h, n, utf16le("Book")) >= 0) {
      return "application/vnd.ms-excel";
    }
    if (indexOf(h, n, utf16le("PowerPoint Document")) >= 0) {
      return "application/vnd.ms-powerpoint";
    }
    return OLE2;
  }

  private static boolean isBmp(byte[] h, int n) {
    if (!starts(h, n, 0, "BM") || n < 14) {
      return false;
    }
    long reserved = le32(h, 6);
    long dataOffset = le32(h, 10);
    return reserved == 0 && dataOffset >= 26 && dataOffset <= 4096;
  }

  private static boolean isPe(byte[] h, int n) {
    if (!starts(h, n, 0, "MZ") || n < 0x40) {
      return false;
    }
    long peOffset = le32(h, 0x3C);
    return peOffset < n - 4 && starts(h, n, (int) peOffset, "PE\0\0");
  }

  private static String mp4(byte[] h, int n) {
    String brand = n >= 12 ? new String(h, 8, 4, StandardCharsets.ISO_8859_1) : "";
    return switch (brand) {
      case "qt  " -> "video/quicktime";
      case "M4A ", "M4B " -> "audio/mp4";
      case "heic", "heix", "mif1" -> "image/heic";
      default -> "video/mp4";
    };
  }

  private static String riff(byte[] h, int n) {
    if (starts(h, n, 8, "WAVE")) {
      return "audio/wav";
    }
    if (starts(h, n, 8, "AVI ")) {
      return "video/x-msvideo";
    }
    if (starts(h, n, 8, "WEBP")) {
      return "image/webp";
    }
    return null;
  }

  static long le32(byte[] h, int at) {
    return (h[at] & 0xFFL)
        | (h[at + 1] & 0xFFL) << 8
        | (h[at + 2] & 0xFFL) << 16
        | (h[at + 3] & 0xFFL) << 24;
  }

  static boolean starts(byte[] h, int n, int at, String ascii) {
    if (at < 0 || at + ascii.length() > n) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if ((h[at + i] & 0xFF) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean starts(byte[] h, int n, int at, int... bytes) {
    if (at + bytes.length > n) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((h[at + i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first index of {@code needle} in the first {@code n} bytes of {@code h}, or -1. */
  static int indexOf(byte[] h, int n, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= n; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (h[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] utf16le(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
