package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDetectorTest {

  @ParameterizedTest
  @CsvSource({
    "255044462d312e370a,                      application/pdf",
    "d0cf11e0a1b11ae1000000,                  application/x-ole-storage",
    "ffd8ffe000104a464946,                    image/jpeg",
    "89504e470d0a1a0a0000,                    image/png",
    "474946383961,                            image/gif",
    "49492a0008000000,                        image/tiff",
    "1f8b0800000000000003,                    application/gzip",
    "425a683931415926,                        application/x-bzip2",
    "fd377a585a0000,                          application/x-xz",
    "377abcaf271c0004,                        application/x-7z-compressed",
    "526172211a0701,                          application/vnd.rar",
    "28b52ffd,                                application/zstd",
    "456c6646696c650000000000,                application/x-evtx",
    "7f454c46020101,                          application/x-elf",
    "53514c69746520666f726d6174203300,        application/vnd.sqlite3",
    "494433040000,                            audio/mpeg",
    "0000001866747970697336,                  video/mp4",
    "52494646000000005741564566,              audio/wav",
    "7b5c72746631,                            application/rtf",
    "4d5a9000,                                application/octet-stream",
    "00010203fffefdfc,                        application/octet-stream",
  })
  void magic(String hex, String type) {
    byte[] head = HexFormat.of().parseHex(hex);
    assertThat(ContentDetector.detect(head, head.length)).isEqualTo(type);
  }

  @Test
  void portableExecutableNeedsItsPeSignature() {
    byte[] pe = new byte[0x100];
    pe[0] = 'M';
    pe[1] = 'Z';
    pe[0x3C] = (byte) 0x80;
    System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, pe, 0x80, 4);
    assertThat(ContentDetector.detect(pe, pe.length))
        .isEqualTo("application/vnd.microsoft.portable-executable");
    pe[0x81] = 'X';
    assertThat(ContentDetector.detect(pe, pe.length)).isEqualTo("application/octet-stream");
  }

  @Test
  void ole2KindFromDirectoryNames() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HexFormat.of().parseHex("d0cf11e0a1b11ae1"));
    out.writeBytes(new byte[504]);
    out.writeBytes("WordDocument".getBytes(StandardCharsets.UTF_16LE));
    byte[] doc = out.toByteArray();
    assertThat(ContentDetector.detect(doc, doc.length)).isEqualTo("application/msword");
  }

  @Test
  void odfFromMimetypeEntry() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String mime = "application/vnd.oasis.opendocument.text";
    byte[] header = new byte[30];
    header[0] = 'P';
    header[1] = 'K';
    header[2] = 3;
    header[3] = 4;
    header[18] = (byte) mime.length();
    header[26] = 8;
    out.writeBytes(header);
    out.writeBytes("mimetype".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(mime.getBytes(StandardCharsets.US_ASCII));
    byte[] odt = out.toByteArray();
    assertThat(ContentDetector.detect(odt, odt.length)).isEqualTo(mime);
  }

  @Test
  void text() {
    assertThat(detect("plain log line\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    assertThat(detect("Dossier de l'hôpital, été\n".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("text/plain");
    byte[] cut = "données".getBytes(StandardCharsets.UTF_8);
    assertThat(ContentDetector.detect(cut, cut.length - 1)).isEqualTo("text/plain");
    assertThat(detect("  <?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("application/xml");
    assertThat(detect("<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("text/html");
    assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}))
        .isEqualTo("text/plain");
    assertThat(detect(new byte[] {'h', 'i', 0, 'x'})).isEqualTo("application/octet-stream");
    assertThat(detect(new byte[0])).isEqualTo("application/x-empty");
  }

  private static String detect(byte[] b) {
    return ContentDetector.detect(b, b.length);
  }
}
