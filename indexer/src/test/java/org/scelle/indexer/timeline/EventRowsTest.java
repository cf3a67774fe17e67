package org.scelle.indexer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Locator;
import org.scelle.indexer.index.CaseIndex;
import org.scelle.indexer.index.EventDocuments;
import org.scelle.indexer.index.Schema;

class EventRowsTest {
  @Test
  void pagesThroughEventsInTrueTimeOrderWithUntimedEventsLast() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Instant> times = new ArrayList<>();
    Instant base = Instant.parse("2019-11-15T20:00:00Z");
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
        for (int i = 0; i < 200; i++) {
          Document d = new Document();
          Schema.addItem(d, "item", i);
          Schema.addKeyword(d, Fields.KIND, EventDocuments.KIND_EVENT);
          Schema.addKeyword(d, Fields.ITEM_HOST, "H" + (i % 3));
          Schema.addLocator(d, new Locator(i, 0, 0));
          Schema.addText(d, Fields.MESSAGE, "event " + i);
          if (i % 17 != 0) {
            // several events share a millisecond but differ in microseconds
            Instant t = base.plusMillis(random.nextInt(20)).plusNanos(random.nextInt(1000) * 1000L);
            Schema.addTimestamp(d, t);
            times.add(t);
          }
          w.addDocument(d);
          if (i % 50 == 0) {
            w.commit();
          }
        }
        Document marker = new Document();
        Schema.addMarkerId(marker, CaseIndex.markerId("x"));
        Schema.addItem(marker, "x", Schema.MARKER_SEQ);
        Schema.addKeyword(marker, Fields.KIND, CaseIndex.KIND_ITEM);
        w.addDocument(marker);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        EventRows rows = new EventRows(new IndexSearcher(r), 7);
        List<TimelineRow> out = new ArrayList<>();
        for (TimelineRow row; (row = rows.next()) != null; ) {
          out.add(row);
        }
        assertThat(out).as("seed %d", seed).hasSize(200);
        assertThat(rows.read()).isEqualTo(200);
        List<Instant> got = out.stream().map(TimelineRow::time).limit(times.size()).toList();
        assertThat(got).as("seed %d", seed).isSorted().hasSameElementsAs(times);
        assertThat(out.subList(times.size(), out.size()))
            .allSatisfy(row -> assertThat(row.time()).isNull());
        assertThat(out)
            .allSatisfy(
                row -> {
                  assertThat(row.origin()).isEqualTo(TimelineRow.Origin.EVENT);
                  assertThat(row.timestampDesc()).isEqualTo(EventRows.DESC);
                  assertThat(row.locator()).startsWith("line:");
                });
      }
    }
  }
}
