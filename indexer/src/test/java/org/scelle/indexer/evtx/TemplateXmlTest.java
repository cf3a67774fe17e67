package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TemplateXml}: rendering straight from the template tree writes what rendering the
 * materialised {@link Element} tree writes, record for record.
 */
class TemplateXmlTest {

  @Test
  void everyRecordOfTheSharedDataRendersAsItsMaterialisedTree() throws Exception {
    List<Path> files = SharedEvtx.files();
    assertThat(files).hasSizeGreaterThan(50);
    long records = 0;
    for (Path f : files) {
      try (EvtxReader r = EvtxReader.open(f)) {
        for (EvtxRecord rec : r) {
          String direct = EvtxXml.render(rec);
          StringBuilder materialised = new StringBuilder();
          EvtxXml.element(rec.root(), materialised);
          assertThat(direct)
              .as("%s, record %d", f, rec.recordId())
              .isEqualTo(materialised.toString());
          // Again, from the compiled template elements the first render kept.
          assertThat(EvtxXml.render(rec)).isEqualTo(direct);
          records++;
        }
      }
    }
    assertThat(records).isGreaterThan(10_000);
  }
}
