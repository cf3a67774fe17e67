package org.scelle.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  private static String canon(String json) throws Exception {
    return CanonicalJson.string(Json.mapper().readTree(json));
  }

  @Test
  void sortsMembersByUtf16CodeUnitsAndDropsWhitespace() throws Exception {
    // RFC 8785 section 3.2.3 sorting example (keys as UTF-16 code units), numbers kept integral.
    String in =
        "{ \"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
            + " \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\", \"\\u00f6\": \"Latin Small Letter O With Diaeresis\" }";
    String out = canon(in);
    assertThat(out)
        .isEqualTo(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void escapesAsEcmascriptDoes() throws Exception {
    assertThat(canon("{\"a\":\"\\u000f\\n\\\"\\\\/\\u2028\"}"))
        .isEqualTo("{\"a\":\"\\u000f\\n\\\"\\\\/\u2028\"}");
    assertThat(canon("[true,false,null,[],{}]")).isEqualTo("[true,false,null,[],{}]");
    assertThat(canon("{\"n\":-9007199254740992,\"z\":0}"))
        .isEqualTo("{\"n\":-9007199254740992,\"z\":0}");
  }

  @Test
  void refusesFractionalAndUnsafeNumbers() {
    assertThatThrownBy(() -> canon("{\"e\":7.99}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.e");
    assertThatThrownBy(() -> canon("[9007199254740993]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
