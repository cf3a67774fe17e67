package org.scelle.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.indexer.Fields;

/** The extraction workers on their own: outcomes, limits and the chunks handed back. */
class ExtractorPoolTest {
  static ExtractorPool pool;
  @TempDir Path tmp;

  record Result(Extraction extraction, List<TextChunk> chunks) {
    String text() {
      StringBuilder sb = new StringBuilder();
      chunks.stream()
          .filter(c -> c.embeddedPath().isEmpty())
          .sorted(java.util.Comparator.comparingInt(TextChunk::number))
          .forEach(c -> sb.append(c.text()));
      return sb.toString();
    }
  }

  @BeforeAll
  static void start() {
    pool =
        new ExtractorPool(
            ExtractLimits.DEFAULTS
                .withTimeout(Duration.ofSeconds(20))
                .withMaxChars(200_000)
                .withMaxUnpackedBytes(1 << 20));
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  static Result extract(Path file) throws Exception {
    List<TextChunk> chunks = new ArrayList<>();
    Extraction e = pool.extract(file, chunks::add);
    return new Result(e, chunks);
  }

  Path write(String name, String content) throws Exception {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void htmlGivesTextAndMetadataOnTheFirstChunk() throws Exception {
    Result r =
        extract(
            write(
                "note.html",
                "<html><head><title>Vos fichiers sont chiffrés</title>"
                    + "<meta name=\"author\" content=\"Clop\"></head>"
                    + "<body><p>Contact: unlock@clop-support.example</p>"
                    + "<p>Server 203.0.113.45</p></body></html>"));
    assertThat(r.extraction().status()).isEqualTo(ExtractStatus.INDEXED);
    assertThat(r.extraction().contentType()).isEqualTo("text/html");
    assertThat(r.extraction().note()).startsWith("indexed: text/html, 1 chunk(s)");
    assertThat(r.chunks()).singleElement();
    TextChunk c = r.chunks().get(0);
    assertThat(c.number()).isEqualTo(1);
    assertThat(c.text()).contains("unlock@clop-support.example", "203.0.113.45");
    assertThat(c.text()).doesNotContain("<p>");
    assertThat(c.metadata())
        .containsEntry(Fields.FILE_MIME_TYPE, "text/html")
        .containsEntry(Fields.DOCUMENT_TITLE, "Vos fichiers sont chiffrés")
        .containsEntry(Fields.DOCUMENT_AUTHOR, "Clop");
  }

  @Test
  void longTextIsCutIntoChunksOnWhitespaceAndNothingIsLost() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 100_000; i++) {
      sb.append("word").append(i).append(i % 13 == 0 ? "\n" : " ");
    }
    Result r = extract(write("long.txt", sb.toString()));
    assertThat(r.extraction().status()).isEqualTo(ExtractStatus.INDEXED);
    assertThat(r.chunks()).hasSize(4);
    assertThat(r.chunks()).extracting(TextChunk::number).containsExactlyInAnyOrder(1, 2, 3, 4);
    for (TextChunk c : r.chunks()) {
      assertThat(c.text().length()).isLessThanOrEqualTo(32 << 10);
      if (c.number() < 4) {
        assertThat(Character.isWhitespace(c.text().charAt(c.text().length() - 1))).isTrue();
      }
    }
    assertThat(r.text().strip()).isEqualTo(sb.toString().strip());
  }

  @Test
  void textBeyondTheWriteLimitIsCutAndRecordedTruncated() throws Exception {
    Result r = extract(write("big.txt", "abcd ".repeat(100_000)));
    assertThat(r.extraction().status()).isEqualTo(ExtractStatus.TRUNCATED);
    assertThat(r.extraction().characters()).isEqualTo(200_000);
    assertThat(r.text()).hasSize(200_000);
    assertThat(r.extraction().note())
        .isEqualTo("truncated: kept the first 200000 characters (the write limit)");
  }

  @Test
  void xmlExternalEntitiesAreNotResolved() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET-VALUE-42");
    Path xml =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<r>before &x; after</r>\n");
    Result r = extract(xml);
    assertThat(r.chunks()).allSatisfy(c -> assertThat(c.text()).doesNotContain("TOP-SECRET"));
    assertThat(r.extraction().status()).isIn(ExtractStatus.INDEXED, ExtractStatus.ERROR);
  }

  @Test
  void anArchiveWhoseEntriesTogetherUnpackBeyondTheLimitIsAZipBomb() throws Exception {
    // a tar.gz of many small entries, each well within the limit but not all together
    Path tgz = tmp.resolve("backup.tar.gz");
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
      for (int i = 0; i < 2048; i++) {
        TarArchiveEntry e = new TarArchiveEntry("zeros-" + i + ".bin");
        e.setSize(1024);
        tar.putArchiveEntry(e);
        tar.write(new byte[1024]);
        tar.closeArchiveEntry();
      }
    }
    Result r = extract(tgz);
    assertThat(r.extraction().status()).isEqualTo(ExtractStatus.ZIP_BOMB);
    assertThat(r.extraction().reason())
        .matches(
            "(embedded document backup.tar!/zeros-\\d+.bin declares 1024 bytes, over|embedded"
                + " documents unpack to more than) the unpack limit of 1048576 bytes.*");
  }

  @Test
  void emptyAndUnknownFilesHaveTheirOwnOutcome() throws Exception {
    Result empty = extract(Files.write(tmp.resolve("empty"), new byte[0]));
    assertThat(empty.extraction().note()).isEqualTo("empty: zero-byte file");
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 7 % 3 == 0 ? 0 : i * 31);
    }
    Result unknown = extract(Files.write(tmp.resolve("blob.bin"), junk));
    assertThat(unknown.extraction().status()).isEqualTo(ExtractStatus.UNSUPPORTED);
    assertThat(unknown.extraction().note())
        .isEqualTo("unsupported: no parser for application/octet-stream");
    assertThat(unknown.chunks()).isEmpty();
    // RAR's library (junrar) is not shipped: its licence is not an open-source one
    byte[] rar = {
      'R',
      'a',
      'r',
      '!',
      0x1a,
      0x07,
      0x01,
      0x00,
      0x33,
      (byte) 0x92,
      (byte) 0xb5,
      (byte) 0xe5,
      0x0a,
      0x01,
      0x05,
      0x06,
      0x00,
      0x05,
      0x01,
      0x01,
      (byte) 0x80,
      (byte) 0x80,
      0x00
    };
    Result r = extract(Files.write(tmp.resolve("a.rar"), rar));
    assertThat(r.extraction().note()).startsWith("unsupported: no parser for application/x-rar");
  }
}
