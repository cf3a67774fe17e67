package org.scelle.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Locator;

class SchemaTest {

  @Test
  void keywordsWithUpperCaseHaveALowerCasedTwinExceptSingleFormFields() {
    Document doc = new Document();
    Schema.addKeyword(doc, Fields.USER_NAME, "Admin");
    Schema.addKeyword(doc, Fields.IOC_DOMAIN, "evil.example.com");
    Schema.addKeyword(doc, Fields.SOURCE_IP, "10.0.0.1");
    Schema.addKeyword(doc, Fields.PROCESS_NAME, "sshd");
    // a value in lower case already is its own lower-cased form: no twin (TwinQueries)
    assertThat(doc.getFields().stream().map(IndexableField::name))
        .containsExactly(
            Fields.USER_NAME,
            "user.name.lc",
            Fields.IOC_DOMAIN,
            Fields.SOURCE_IP,
            Fields.PROCESS_NAME);
    assertThat(doc.getField("user.name.lc").stringValue()).isEqualTo("admin");
  }

  @Test
  void theLocatorIsStoredNotIndexedWithItsOffsetAsADocValue() {
    Document doc = new Document();
    Schema.addLocator(doc, Locator.textChunk(1, "A.ZIP"));
    Schema.addLocator(doc, new Locator(12, 3456, 0));
    assertThat(doc.getFields(Fields.LOCATOR))
        .extracting(IndexableField::stringValue)
        .containsExactly("chunk:1@embedded:A.ZIP", "line:12@offset:3456");
    assertThat(doc.getFields(Fields.LOCATOR))
        .allSatisfy(
            f -> {
              assertThat(f.fieldType().stored()).isTrue();
              assertThat(f.fieldType().indexOptions()).isEqualTo(IndexOptions.NONE);
            });
    assertThat(doc.getFields(Fields.OFFSET))
        .extracting(f -> f.numericValue().longValue())
        .containsExactly(0L, 3456L);
    assertThatThrownBy(() -> Schema.addKeyword(doc, Fields.LOCATOR, "line:1@offset:0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Schema.addLocator");
  }

  @Test
  void lowerFieldIsTheTwinOrTheSingleFormFieldItself() {
    assertThat(Schema.lowerField(Fields.USER_NAME)).isEqualTo("user.name.lc");
    assertThat(Schema.lowerField("user.name.lc")).isEqualTo("user.name.lc");
    assertThat(Schema.lowerField(Fields.IOC_SHA256)).isEqualTo(Fields.IOC_SHA256);
    assertThat(Schema.lowerField("ioc.sha256.lc")).isEqualTo(Fields.IOC_SHA256);
    assertThat(Schema.lowerField(Fields.LOCATOR)).isEqualTo(Fields.LOCATOR);
  }

  @Test
  void eventDocumentsCarryProvenanceInOneForm() {
    var item =
        new org.scelle.custody.item.ItemRecord(
            "H-A-1",
            "H",
            "A",
            "all",
            "/x.log",
            null,
            "data/H/A/x.log",
            1L,
            "m",
            "s1",
            "ab".repeat(32),
            null,
            "UTC",
            null,
            null,
            null,
            "text/plain",
            1.0,
            null,
            null,
            null,
            org.scelle.custody.item.ItemStatus.ACQUIRED,
            null,
            null);
    var event =
        new org.scelle.indexer.event.Event(
            Instant.parse("2019-11-15T18:38:41Z"),
            null,
            "squid",
            new org.scelle.indexer.event.Locator(3, 120, 0),
            "GET http://evil.example.com/",
            Map.of(Fields.HTTP_METHOD, "GET"));
    Document doc =
        EventDocuments.of(item, event, 4, Map.of(Fields.IOC_DOMAIN, List.of("evil.example.com")));
    assertThat(Schema.docId(doc)).isEqualTo("H-A-1#line:3@offset:120");
    assertThat(doc.getField(Fields.SEQ).numericValue()).isEqualTo(4L);
    assertThat(doc.getField(Fields.DOC_ID))
        .as("an event's id is neither indexed nor stored")
        .isNull();
    assertThat(doc.get(Fields.LOCATOR)).isEqualTo("line:3@offset:120");
    for (String f : Schema.SINGLE_FORM) {
      assertThat(doc.getField(f + Schema.LOWER)).as(f).isNull();
    }
    assertThat(doc.getField("http.request.method.lc").stringValue()).isEqualTo("get");
    assertThat(doc.getField(Fields.ITEM_HOST + Schema.LOWER).stringValue()).isEqualTo("h");
  }

  @Test
  void ramBufferIsAQuarterOfTheHeapWithinBounds() {
    long mib = 1024L * 1024;
    assertThat(LuceneBackend.ramBufferMb(1024 * mib)).isEqualTo(LuceneBackend.RAM_BUFFER_MB);
    assertThat(LuceneBackend.ramBufferMb(160 * mib)).isEqualTo(40);
    assertThat(LuceneBackend.ramBufferMb(32 * mib)).isEqualTo(LuceneBackend.MIN_RAM_BUFFER_MB);
  }
}
