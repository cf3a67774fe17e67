package org.scelle.indexer.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SigmaStringTest {
  @Test
  void wildcardsAndEscapes() {
    // A backslash before a wildcard escapes it; two backslashes are one literal backslash.
    SigmaString s = SigmaString.parse("C:\\Windows\\\\*.exe");
    assertThat(s.parts()).containsExactly("C:\\Windows\\", SigmaString.ANY, ".exe");
    assertThat(s.luceneWildcard()).isEqualTo("C:\\\\Windows\\\\*.exe");
    assertThat(SigmaString.parse("C:\\Windows\\*.exe").hasWildcard()).isFalse();
    SigmaString esc = SigmaString.parse("a\\*b\\?c\\\\d?");
    assertThat(esc.hasWildcard()).isTrue();
    assertThat(esc.parts()).containsExactly("a*b?c\\d", SigmaString.ONE);
    assertThat(esc.luceneWildcard()).isEqualTo("a\\*b\\?c\\\\d?");
    assertThat(SigmaString.parse("\\powershell.exe").text()).isEqualTo("\\powershell.exe");
    assertThat(SigmaString.parse("abc").anyBefore().anyAfter().luceneWildcard()).isEqualTo("*abc*");
    assertThat(SigmaString.parse("*abc").anyBefore().luceneWildcard()).isEqualTo("*abc");
    assertThat(esc.toString()).isEqualTo("a\\*b\\?c\\\\d?");
    assertThat(SigmaString.parse(esc.toString())).isEqualTo(esc);
    assertThat(SigmaString.parse("*a?c*").matcher().test("xxabcxx")).isTrue();
    assertThat(SigmaString.parse("*a\\?c*").matcher().test("xxabcxx")).isFalse();
    assertThat(SigmaString.parse("*a\\?c*").matcher().test("a?c")).isTrue();
    assertThat(SigmaString.parse("*.exe").matcher().test("c:\\x.exe")).isTrue();
  }

  @Test
  void base64OffsetsAreTheThreeAlignmentsOfTheValue() {
    // "ping" at offsets 0, 1 and 2 of a longer Base64 text.
    assertThat(Encodings.base64Offsets("ping".getBytes()))
        .containsExactly("cGluZ", "Bpbm", "waW5n");
    assertThat(Encodings.base64("ping".getBytes())).isEqualTo("cGluZw==");
    assertThat(Encodings.encode("ab", "wide")).containsExactly('a', 0, 'b', 0);
  }

  @Test
  void windashVariesOptionDashes() {
    List<String> v = Encodings.windash("-s -i");
    assertThat(v)
        .contains("-s -i", "/s /i", "\u2013s \u2013i", "\u2014s \u2014i", "\u2015s \u2015i");
    assertThat(Encodings.windash("a-b")).containsExactly("a-b");
  }
}
