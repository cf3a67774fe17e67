package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class JsonLinesReaderTest {

  @Test
  void flattensAndFindsTheTime() {
    String log =
        "{\"@timestamp\":\"2019-11-15T18:38:00.123Z\",\"source\":{\"ip\":\"203.0.113.45\","
            + "\"port\":443},\"message\":\"hi\",\"tags\":[\"a\",\"b\"],\"n\":null}\n"
            + "{\"ts\":1572253202.3,\"user\":{\"name\":\"c.durand\"}}\n"
            + "{\"time\":\"2019-10-25 14:03:00\"}\n"
            + "[1,2]\n"
            + "{broken\n";
    Reading r = Reading.read(JsonLinesReader.INSTANCE, log, Reading.paris(null));
    assertThat(r.stats()).isEqualTo(new ReadStats(5, 5, 2, 0, 0));
    Event e = r.first();
    assertThat(e.format()).isEqualTo("jsonl");
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2019-11-15T18:38:00.123Z"));
    assertThat(e.fields())
        .containsEntry(Fields.SOURCE_IP, "203.0.113.45")
        .containsEntry(Fields.SOURCE_PORT, "443")
        .containsEntry(Fields.JSON_PREFIX + "message", "hi")
        .containsEntry(Fields.JSON_PREFIX + "@timestamp", "2019-11-15T18:38:00.123Z")
        .containsEntry("tags", "[\"a\",\"b\"]")
        .containsEntry("n", "null");
    assertThat(r.events().get(1).timestamp()).isEqualTo(Instant.parse("2019-10-28T09:00:02.300Z"));
    assertThat(r.events().get(1).fields()).containsEntry(Fields.USER_NAME, "c.durand");
    assertThat(r.events().get(2).timestamp()).isEqualTo(Instant.parse("2019-10-25T12:03:00Z"));
    assertThat(r.events().get(3).timeNote()).isEqualTo("unparsed:jsonl");
    assertThat(r.events().get(4).format()).isEqualTo("text");
  }
}
