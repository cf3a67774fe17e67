package org.scelle.indexer.event;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LocatorTest {

  @Property
  void parseGivesBackEveryLineAndRecordLocator(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 10) long number,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 10) long offset) {
    Locator line = new Locator(number, offset, 0);
    assertThat(Locator.parse(line.toString())).isEqualTo(line);
    if (number > 0) {
      Locator record = new Locator(0, offset, number);
      assertThat(Locator.parse(record.toString())).isEqualTo(record);
    }
  }

  @Test
  void parseGivesBackChunkLocators() {
    for (Locator l :
        new Locator[] {
          Locator.textChunk(1, null),
          Locator.textChunk(42, "invoices.zip/march.pdf"),
          Locator.textChunk(3, "a@b.zip/x@offset:12.txt")
        }) {
      assertThat(Locator.parse(l.toString())).isEqualTo(l);
    }
  }

  @Test
  void textThatNoLocatorHasIsNotParsed() {
    for (String text :
        new String[] {
          "",
          "line:12",
          "line:12@offset:",
          "line:-1@offset:0",
          "line:012@offset:0",
          "line:1@offset:0x10",
          "line:1@offset:99999999999999999999",
          "record:0@offset:5",
          "Line:1@offset:0",
          "chunk:0",
          "chunk:x",
          "chunk:1@",
          "chunk:1@embedded:",
          "chunk:1@other:a.zip",
          "item:SRV-A-1"
        }) {
      assertThat(Locator.parse(text)).as(text).isNull();
    }
  }
}
