package org.scelle.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigSetTest {
  @Test
  void theSchemaComesFromTheIndexersDeclarations() {
    ConfigSet cs = ConfigSet.current();
    String schema = cs.files().get("schema.xml");
    assertThat(schema)
        .contains("<uniqueKey>scelle.doc_id</uniqueKey>")
        .contains("<analyzer class=\"org.apache.lucene.analysis.standard.StandardAnalyzer\"/>")
        .contains("<field name=\"message\" type=\"text_message\"")
        .contains("<dynamicField name=\"*.lc\"");
    assertThat(cs.name()).matches("scelle-[0-9a-f]{12}").isEqualTo(ConfigSet.current().name());
    assertThat(cs.files().get("solrconfig.xml")).contains("<luceneMatchVersion>9.12");
  }
}
