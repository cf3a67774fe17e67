package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class LineLogReaderTest {

  @Test
  void longLinesAreCutAndNoted() {
    String log = "2019-10-25T00:00:00Z " + "x".repeat(100_000) + "\n2019-10-25T00:00:01Z ok\n";
    Reading r =
        Reading.read(
            TimestampedLinesReader.INSTANCE, log, Reading.paris(null).withMaxLineBytes(1024));
    assertThat(r.stats()).isEqualTo(new ReadStats(2, 2, 0, 1, 0));
    Event cut = r.first();
    assertThat(cut.message()).hasSize(1024);
    assertThat(cut.timestamp()).isEqualTo(Instant.parse("2019-10-25T00:00:00Z"));
    assertThat(cut.fields()).containsEntry(Fields.NOTE, "line-cut:100021");
    assertThat(r.events().get(1).locator().offset()).isEqualTo(100_022);
  }

  @Test
  void aCutLineThatNoLongerMatchesIsUnparsedNotLost() {
    String line =
        "1.2.3.4 - - [25/Oct/2019:04:09:30 +0200] \"GET /"
            + "a".repeat(5000)
            + " HTTP/1.1\" 200 1\n";
    Reading r =
        Reading.read(AccessLogReader.COMMON, line, Reading.paris(null).withMaxLineBytes(100));
    assertThat(r.stats()).isEqualTo(new ReadStats(1, 1, 1, 1, 0));
    assertThat(r.first().timeNote()).isEqualTo("unparsed:apache-common");
  }

  @Test
  void readFailuresNameTheLineAndItem() {
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream("a\nb\n".getBytes()),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("device error");
              }
            });
    ReadContext ctx =
        new ReadContext(
            "item-7", null, Reading.PARIS, false, null, ReadContext.DEFAULT_MAX_LINE_BYTES);
    assertThatThrownBy(() -> PlainTextReader.INSTANCE.read(failing, ctx, e -> {}))
        .isInstanceOf(IOException.class)
        .hasMessage("reading line 3 of item item-7 as text: device error");
  }
}
