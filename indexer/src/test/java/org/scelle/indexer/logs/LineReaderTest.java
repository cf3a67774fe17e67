package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<Line> lines(byte[] bytes, int max) throws IOException {
    LineReader r = new LineReader(new ByteArrayInputStream(bytes), max);
    List<Line> out = new ArrayList<>();
    for (Line l = r.next(); l != null; l = r.next()) {
      out.add(l);
    }
    return out;
  }

  @Test
  void numbersOffsetsAndTerminators() throws IOException {
    List<Line> l = lines("a\r\nbb\n\nccc".getBytes(), 100);
    assertThat(l).extracting(Line::text).containsExactly("a", "bb", "", "ccc");
    assertThat(l).extracting(Line::offset).containsExactly(0L, 3L, 6L, 7L);
    assertThat(l).extracting(Line::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines(new byte[0], 100)).isEmpty();
    assertThat(lines("x\n".getBytes(), 100)).hasSize(1);
  }

  @Test
  void longLinesAreCutNotHeld() throws IOException {
    byte[] big = ("short\n" + "y".repeat(200_000) + "\r\nafter\n").getBytes();
    List<Line> l = lines(big, 16);
    assertThat(l.get(1).cut()).isTrue();
    assertThat(l.get(1).text()).hasSize(16);
    assertThat(l.get(1).length()).isEqualTo(200_000);
    assertThat(l.get(2).text()).isEqualTo("after");
    assertThat(l.get(2).offset()).isEqualTo(6 + 200_000 + 2);
  }

  @Test
  void hugeStreamIsReadWithoutLoadingIt() throws IOException {
    long size = 300L * 1024 * 1024; // one 300 MiB line, never materialised
    InputStream endless =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'z' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'z');
            left -= n;
            return n;
          }
        };
    LineReader r = new LineReader(endless, 1024);
    Line l = r.next();
    assertThat(l.cut()).isTrue();
    assertThat(l.length()).isEqualTo(size);
    assertThat(r.next()).isNull();
  }

  @Test
  void bomUtf8AndLatin1Fallback() throws IOException {
    byte[] bytes = {
      (byte) 0xEF,
      (byte) 0xBB,
      (byte) 0xBF,
      'h',
      (byte) 0xC3,
      (byte) 0xA9,
      '\n',
      'c',
      'a',
      'f',
      (byte) 0xE9,
      '\n'
    };
    List<Line> l = lines(bytes, 100);
    assertThat(l.get(0).text()).isEqualTo("hé");
    assertThat(l.get(0).offset()).isZero();
    assertThat(l.get(1).text()).isEqualTo("café");
    assertThat(l.get(1).offset()).isEqualTo(7);
  }
}
