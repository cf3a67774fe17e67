package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} and {@link EvtxJson#render(EvtxRecord)}: the same text as the JSON tree written
 * by the shared mapper, including the cases where keys collide.
 */
class JsonTextTest {

  private static String direct(Element e) {
    StringBuilder sb = new StringBuilder();
    JsonText.element(e, sb);
    return sb.toString();
  }

  private static String viaTree(Element e) {
    return EvtxJson.write(EvtxJson.element(e));
  }

  private static Element el(String name, List<Attribute> attributes, Node... children) {
    return new Element(name, attributes, List.of(children));
  }

  private static Node.Text text(String s) {
    return new Node.Text(s);
  }

  @Test
  void collidingKeysAreWrittenAsTheTreeHasThem() {
    Element data = el("Data", List.of(new Attribute("Name", "#text")), text("x"));
    List<Element> cases =
        List.of(
            el("E", List.of(), el("A", List.of(), text("1")), el("A", List.of(), text("2"))),
            el("E", List.of(), el("A", List.of()), el("B", List.of()), el("A", List.of())),
            el("E", List.of(new Attribute("a", "1"), new Attribute("a", "2")), text("t")),
            el("E", List.of(new Attribute("a", "1")), el("#attributes", List.of(), text("c"))),
            el("E", List.of(), el("#text", List.of(), text("c")), text("own")),
            el("EventData", List.of(), data, text("own")),
            el("EventData", List.of(), data, el("Data", List.of(new Attribute("Name", "#text")))),
            el("E", List.of(), el("A", List.of(), text("1")), text("mixed"), el("B", List.of())));
    for (Element e : cases) {
      assertThat(direct(e)).as(e.toString()).isEqualTo(viaTree(e));
    }
    assertThat(direct(cases.get(0))).isEqualTo("{\"A\":[\"1\",\"2\"]}");
  }

  @Test
  void stringsAreEscapedAsJacksonEscapesThem() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      all.append(c);
    }
    all.append("\u2019\ud83d\ude00\ud800x\u007f");
    Element e =
        el(
            "E\"\\\n",
            List.of(new Attribute("n\u0001", all.toString())),
            el("C\t", List.of(), text(all.toString())),
            text(all.toString()));
    assertThat(direct(e)).isEqualTo(viaTree(e)).contains("\\u0001", "\\u001F", "\\b", "\\f");
  }

  @Test
  void everyRecordOfTheSharedDataWritesAsItsTree() throws Exception {
    List<Path> files = SharedEvtx.files();
    assertThat(files).hasSizeGreaterThan(50);
    long records = 0;
    for (Path f : files) {
      try (EvtxReader r = EvtxReader.open(f)) {
        for (EvtxRecord rec : r) {
          assertThat(EvtxJson.render(rec))
              .as("%s, record %d", f, rec.recordId())
              .isEqualTo(EvtxJson.write(EvtxJson.tree(rec)));
          records++;
        }
      }
    }
    assertThat(records).isGreaterThan(10_000);
  }
}
