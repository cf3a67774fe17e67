package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageRulesTest {

  @TempDir Path dir;

  @Test
  void builtInRulesAreCompleteAndShared() {
    TriageRules rules = TriageRules.builtIn();
    assertThat(rules).isSameAs(TriageRules.builtIn());
    assertThat(rules.source()).contains("triage-rules.yaml");
    assertThat(rules.knownExtensions()).contains(".Clop", ".CIop", ".Cl0p");
    assertThat(rules.markers()).extracting(Marker::name).contains("Clop^_-");
    assertThat(rules.thresholds().requireComplete(rules.source()).entropy()).isEqualTo(7.9);
  }

  @Test
  void userAdditionsAreMergedOntoBuiltIns() throws IOException {
    Path yaml =
        write(
            """
        knownExtensions: [.rouen]
        markers:
          - name: rouen-footer
            hex: "de ad be ef"
        noteNames: ['LISEZ_MOI_CHU\\.txt']
        extensionTypes:
          dcm: [application/dicom]
        thresholds:
          minEntropySize: 100000
        """);
    TriageRules merged = TriageRules.builtIn().merge(TriageRules.load(yaml));
    assertThat(merged.source()).endsWith(" + " + yaml);
    Triage triage = new Triage(merged);
    byte[] text = "plain".getBytes(StandardCharsets.US_ASCII);
    assertThat(TriageTest.triage(triage, "bilan.pdf.rouen", text, 2).reasons())
        .containsExactly("known-extension:.rouen");
    assertThat(TriageTest.triage(triage, "bilan.pdf.Clop", text, 2).reasons())
        .containsExactly("known-extension:.Clop");
    assertThat(TriageTest.triage(triage, "LISEZ_MOI_CHU.txt", text, 2).verdict())
        .isEqualTo(Verdict.RANSOM_NOTE);
    assertThat(TriageTest.triage(triage, "scan.dcm", text, 2).reasons())
        .containsExactly("magic-mismatch:dcm");
    byte[] marked = {0, 0, 1, (byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF, 0};
    assertThat(TriageTest.triage(triage, "x.dat", marked, 3).reasons())
        .containsExactly("marker:rouen-footer");
    assertThat(merged.thresholds().minEntropySize()).isEqualTo(100000);
    assertThat(merged.thresholds().entropy()).isEqualTo(7.9);
  }

  @Test
  void userRulesAloneLackThresholds() throws IOException {
    Path yaml = write("knownExtensions: [.rouen]\n");
    TriageRules rules = TriageRules.load(yaml);
    assertThatThrownBy(() -> new Triage(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(yaml.toString())
        .hasMessageContaining("thresholds.entropy");
  }

  @Test
  void unknownFieldNamesFileAndField() throws IOException {
    Path yaml = write("knownExtensions: [.rouen]\nknownExtentions: [.typo]\n");
    assertThatThrownBy(() -> TriageRules.load(yaml))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(yaml.toString())
        .hasMessageContaining("knownExtentions")
        .hasMessageContaining("line ");
    Path nested = write("noteCues:\n  - id: x\n    pattern: y\n    wieght: 2\n");
    assertThatThrownBy(() -> TriageRules.load(nested))
        .hasMessageContaining(nested.toString())
        .hasMessageContaining("noteCues[0].wieght");
  }

  @Test
  void invalidRegexNamesFileAndPattern() throws IOException {
    Path yaml = write("noteNames:\n  - 'ok\\.txt'\n  - 'HOW_TO_(DECRYPT'\n");
    assertThatThrownBy(() -> TriageRules.load(yaml))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(yaml.toString())
        .hasMessageContaining("noteNames[1]")
        .hasMessageContaining("HOW_TO_(DECRYPT");
    Path cue = write("noteCues:\n  - id: bad-cue\n    pattern: '[unclosed'\n");
    assertThatThrownBy(() -> TriageRules.load(cue))
        .hasMessageContaining(cue.toString())
        .hasMessageContaining("[unclosed");
  }

  @Test
  void badValuesNameFileFieldAndValue() throws IOException {
    assertBad("knownExtensions: [Clop]\n", "knownExtensions[0]", "Clop");
    assertBad("markers:\n  - text: a\n    hex: '61'\n", "markers[0]", "exactly one");
    assertBad("markers:\n  - hex: 'zz'\n", "markers[0].hex", "zz");
    assertBad("extensionTypes:\n  DOCX: [application/zip]\n", "extensionTypes.DOCX", "DOCX");
    assertBad("noteCues:\n  - id: Bad Id\n    pattern: x\n", "noteCues[0].id", "Bad Id");
    assertBad(
        "noteCues:\n  - id: x\n    pattern: x\n    check: luhn\n", "noteCues[0].check", "luhn");
    assertBad("thresholds:\n  entropy: 9\n", "thresholds.entropy", "9");
    assertBad("thresholds:\n  entropy: high\n", "thresholds.entropy", "high");
    assertBad("", "empty", "");
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> TriageRules.load(dir.resolve("absent.yaml")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("absent.yaml");
  }

  private void assertBad(String yamlText, String field, String value) throws IOException {
    Path yaml = write(yamlText);
    assertThatThrownBy(() -> TriageRules.load(yaml))
        .as(yamlText)
        .isInstanceOf(IOException.class)
        .hasMessageContaining(yaml.toString())
        .hasMessageContaining(field)
        .hasMessageContaining(value);
  }

  private int files;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("rules-" + files++ + ".yaml"), yaml);
  }
}
