package org.scelle.indexer.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.EventDocuments;
import org.scelle.indexer.index.Schema;

/** Each modifier, wildcards, quantifiers and log sources, over a small in-memory index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleCompilerTest {
  static final String SYSMON = "Microsoft-Windows-Sysmon/Operational";
  ByteBuffersDirectory dir = new ByteBuffersDirectory();
  DirectoryReader reader;
  IndexSearcher searcher;

  /** Record id, channel, event id, then event data name/value pairs. */
  static final List<List<String>> EVENTS =
      List.of(
          List.of(
              "1",
              SYSMON,
              "1",
              "Image",
              "C:\\Windows\\System32\\vssadmin.exe",
              "CommandLine",
              "vssadmin.exe Delete Shadows /All /Quiet",
              "IntegrityLevel",
              "High"),
          List.of(
              "2",
              "Security",
              "4688",
              "NewProcessName",
              "C:\\Windows\\System32\\wbem\\WMIC.exe",
              "CommandLine",
              "wmic  shadowcopy delete /nointeractive"),
          List.of(
              "3",
              SYSMON,
              "1",
              "Image",
              "C:\\Tools\\a*b.exe",
              "CommandLine",
              "powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA="),
          List.of(
              "4",
              SYSMON,
              "3",
              "DestinationIp",
              "10.20.14.37",
              "DestinationPort",
              "4444",
              "Image",
              "C:\\x\\rclone.exe"),
          List.of(
              "5",
              SYSMON,
              "3",
              "DestinationIp",
              "203.0.113.45",
              "DestinationPort",
              "443",
              "Image",
              "C:\\x\\chrome.exe"),
          List.of(
              "6",
              "Security",
              "4624",
              "LogonType",
              "10",
              "TargetUserName",
              "alice",
              "SubjectUserName",
              "ALICE",
              "IpAddress",
              "::1"),
          List.of(
              "7",
              "System",
              "7045",
              "ServiceName",
              "PSEXESVC",
              "ImagePath",
              "%SystemRoot%\\PSEXESVC.exe",
              "ServiceType",
              "0x00000010"));

  @BeforeAll
  void index() throws Exception {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      for (List<String> e : EVENTS) {
        Document d = new Document();
        Schema.addItem(d, "r", Long.parseLong(e.get(0)));
        Schema.addKeyword(d, Fields.KIND, EventDocuments.KIND_EVENT);
        Schema.addKeyword(d, Fields.WINLOG_RECORD_ID, e.get(0));
        Schema.addKeyword(d, Fields.WINLOG_CHANNEL, e.get(1));
        Schema.addKeyword(d, Fields.EVENT_CODE, e.get(2));
        StringBuilder msg = new StringBuilder(e.get(2));
        for (int i = 3; i < e.size(); i += 2) {
          Schema.addKeyword(d, Fields.WINLOG_EVENT_DATA_PREFIX + e.get(i), e.get(i + 1));
          msg.append(' ').append(e.get(i)).append('=').append(e.get(i + 1));
        }
        Schema.addText(d, Fields.MESSAGE, msg.toString());
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  void close() throws Exception {
    reader.close();
  }

  TreeSet<String> match(String logsource, String detection) throws Exception {
    String yaml = "title: t\nid: x\nlogsource:\n" + logsource + "\ndetection:\n" + detection;
    SigmaRule rule = RuleLoader.compile("t.yml", "0", yaml.getBytes(StandardCharsets.UTF_8));
    TreeSet<String> ids = new TreeSet<>();
    for (ScoreDoc sd : searcher.search(SigmaMatcher.eventQuery(rule), 100).scoreDocs) {
      ids.add(searcher.storedFields().document(sd.doc).get(Fields.WINLOG_RECORD_ID));
    }
    return ids;
  }

  static final String PROC = "  product: windows\n  category: process_creation";
  static final String NET = "  product: windows\n  category: network_connection";
  static final String SEC = "  product: windows\n  service: security";

  @Test
  void processCreationCoversSysmonAnd4688CaseInsensitively() throws Exception {
    String d =
        "  sel_img:\n    Image|endswith: ['\\vssadmin.exe', '\\wmic.exe']\n"
            + "  sel_cli:\n    CommandLine|contains|all: [shadow, DELETE]\n"
            + "  condition: all of sel_*\n";
    assertThat(match(PROC, d)).containsExactly("1", "2");
    assertThat(match(PROC, "  s:\n    CommandLine|startswith: VSSADMIN\n  condition: s\n"))
        .containsExactly("1");
    assertThat(
            match(
                PROC,
                "  s:\n    CommandLine|cased: wmic  shadowcopy delete /nointeractive\n  condition: s\n"))
        .containsExactly("2");
    assertThat(match(PROC, "  s:\n    CommandLine|cased|contains: SHADOWCOPY\n  condition: s\n"))
        .isEmpty();
    // OriginalFileName does not exist in 4688: matches nothing there.
    assertThat(match(PROC, "  s:\n    OriginalFileName: wmic.exe\n  condition: s\n")).isEmpty();
  }

  @Test
  void wildcardsEscapesAndLists() throws Exception {
    assertThat(match(PROC, "  s:\n    Image: 'C:\\Windows\\\\*\\vssadmin.ex?'\n  condition: s\n"))
        .containsExactly("1");
    assertThat(match(PROC, "  s:\n    Image|endswith: '\\a\\*b.exe'\n  condition: s\n"))
        .containsExactly("3");
    assertThat(match(PROC, "  s:\n    Image|endswith: '\\a\\*c.exe'\n  condition: s\n")).isEmpty();
    assertThat(
            match(
                PROC,
                "  s:\n    - Image|endswith: '\\wmic.exe'\n    - IntegrityLevel: high\n  condition: s\n"))
        .containsExactly("1", "2");
  }

  @Test
  void windashBase64AndRegex() throws Exception {
    assertThat(match(PROC, "  s:\n    CommandLine|contains|windash: ' -all'\n  condition: s\n"))
        .containsExactly("1");
    assertThat(
            match(
                PROC, "  s:\n    CommandLine|contains|windash: '-nointeractive'\n  condition: s\n"))
        .containsExactly("2");
    // 'IEX (New-Object)' in UTF-16LE, at some offset of the encoded command.
    assertThat(
            match(
                PROC,
                "  s:\n    CommandLine|wide|base64offset|contains: 'New-Object'\n  condition: s\n"))
        .containsExactly("3");
    assertThat(match(PROC, "  s:\n    CommandLine|base64|contains: 'New-Object'\n  condition: s\n"))
        .isEmpty();
    assertThat(match(PROC, "  s:\n    CommandLine|re: 'Delete\\s+Shadows'\n  condition: s\n"))
        .containsExactly("1");
    assertThat(match(PROC, "  s:\n    CommandLine|re: 'delete\\s+shadows'\n  condition: s\n"))
        .isEmpty();
    assertThat(
            match(PROC, "  s:\n    CommandLine|re|i: '^vssadmin\\.exe delete'\n  condition: s\n"))
        .containsExactly("1");
    assertThat(match(PROC, "  s:\n    CommandLine|re: '(?i)QUIET$'\n  condition: s\n"))
        .containsExactly("1");
  }

  @Test
  void numbersCidrExistsNullAndFieldref() throws Exception {
    assertThat(match(NET, "  s:\n    DestinationPort|gte: 1024\n  condition: s\n"))
        .containsExactly("4");
    assertThat(match(NET, "  s:\n    DestinationPort|lt: 1024\n  condition: s\n"))
        .containsExactly("5");
    assertThat(match(NET, "  s:\n    DestinationPort|lte: 443\n  condition: s\n"))
        .containsExactly("5");
    assertThat(match(NET, "  s:\n    DestinationPort|gt: 4444\n  condition: s\n")).isEmpty();
    assertThat(
            match(
                NET,
                "  s:\n    DestinationIp|cidr: ['10.0.0.0/8', '192.168.0.0/16']\n  condition: s\n"))
        .containsExactly("4");
    assertThat(match(NET, "  s:\n    DestinationIp|cidr: '203.0.112.0/23'\n  condition: s\n"))
        .containsExactly("5");
    assertThat(match(SEC, "  s:\n    IpAddress|cidr: '::1/128'\n  condition: s\n"))
        .containsExactly("6");
    assertThat(match(SEC, "  s:\n    IpAddress|exists: true\n  condition: s\n"))
        .containsExactly("6");
    assertThat(match(SEC, "  s:\n    IpAddress|exists: false\n  condition: s\n"))
        .containsExactly("2");
    assertThat(match(SEC, "  s:\n    IpAddress: null\n  condition: s\n")).containsExactly("2");
    String sys = "  product: windows\n  service: system";
    assertThat(match(sys, "  s:\n    ServiceType: '0x10'\n  condition: s\n")).containsExactly("7");
    assertThat(match(sys, "  s:\n    ServiceType: '0x00000010'\n  condition: s\n"))
        .containsExactly("7");
    assertThat(match(sys, "  s:\n    ServiceType: '0x11'\n  condition: s\n")).isEmpty();
    assertThat(match(SEC, "  s:\n    SubjectUserName|fieldref: TargetUserName\n  condition: s\n"))
        .containsExactly("6");
  }

  @Test
  void quantifiersNotAndKeywords() throws Exception {
    String d =
        "  selection_a:\n    EventID: 4688\n"
            + "  selection_b:\n    EventID: 4624\n"
            + "  filter_x:\n    LogonType: 10\n";
    assertThat(match(SEC, d + "  condition: 1 of selection_*\n")).containsExactly("2", "6");
    assertThat(match(SEC, d + "  condition: 1 of selection_* and not 1 of filter_*\n"))
        .containsExactly("2");
    assertThat(match(SEC, d + "  condition: all of them\n")).isEmpty();
    assertThat(match(SEC, d + "  condition: not selection_a\n")).containsExactly("6");
    assertThat(match(SEC, d + "  condition: selection_a or selection_b and filter_x\n"))
        .containsExactly("2", "6");
    assertThat(match(SEC, d + "  condition: (selection_a or selection_b) and not filter_x\n"))
        .containsExactly("2");
    assertThat(
            match(
                "  product: windows\n  service: system",
                "  k:\n    - '*psexesvc*'\n  condition: k\n"))
        .containsExactly("7");
    assertThat(match("  product: windows", "  k:\n    - 'shadowcopy delete'\n  condition: k\n"))
        .containsExactly("2");
    assertThat(
            match(
                "  product: windows\n  service: system",
                "  s:\n    Provider_Name: x\n  condition: s\n"))
        .isEmpty();
  }

  @Test
  void untranslatableRulesAreRejectedWithTheReason() {
    List<String[]> cases = new ArrayList<>();
    cases.add(
        new String[] {
          PROC, "  s:\n    Image|expand: '%x%'\n  condition: s\n", "unknown modifier 'expand'"
        });
    cases.add(
        new String[] {PROC, "  s:\n    Image: x\n  condition: s | count() > 3\n", "aggregations"});
    cases.add(
        new String[] {
          "  product: linux\n  category: process_creation",
          "  s:\n    Image: x\n  condition: s\n",
          "product 'linux'"
        });
    cases.add(
        new String[] {
          "  product: windows\n  category: file_rename",
          "  s:\n    Image: x\n  condition: s\n",
          "category 'file_rename'"
        });
    cases.add(
        new String[] {
          PROC, "  s:\n    Image: x\n  condition: t\n", "'t', which is not in detection"
        });
    cases.add(
        new String[] {PROC, "  s:\n    Image|re: '(?<=a)b'\n  condition: s\n", "is not supported"});
    cases.add(new String[] {PROC, "  s:\n    Image|gt: abc\n  condition: s\n", "needs a number"});
    cases.add(new String[] {PROC, "  s:\n    Image: x\n  condition: 1 of f*\n", "selects nothing"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> match(c[0], c[1]))
          .as(c[1])
          .isInstanceOf(UnsupportedRuleException.class)
          .hasMessageContaining(c[2]);
    }
  }

  @Test
  void malformedYamlIsOneLineWithItsPlace() {
    byte[] yaml = "title: [unclosed\ndetection: {}\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RuleLoader.compile("bad.yml", "0", yaml))
        .isInstanceOf(UnsupportedRuleException.class)
        .hasMessageStartingWith("invalid YAML: while parsing a flow sequence")
        .hasMessageMatching("(?s)[^\n]*\\(line \\d+, column \\d+\\)");
  }

  @Test
  void aFileGivenTwiceIsLoadedOnceAndNameClashesAreRefused(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path a = tmp.resolve("a/r.yml");
    java.nio.file.Path b = tmp.resolve("b/r.yml");
    String rule =
        "title: t\nid: x\nlogsource: {product: windows}\ndetection:\n  s: {EventID: 1}\n  condition: s\n";
    java.nio.file.Files.createDirectories(a.getParent());
    java.nio.file.Files.createDirectories(b.getParent());
    java.nio.file.Files.writeString(a, rule);
    java.nio.file.Files.writeString(b, rule);
    RuleSet once = RuleLoader.load(List.of(a.getParent(), a));
    assertThat(once.rules()).extracting(SigmaRule::source).containsExactly("r.yml");
    assertThatThrownBy(() -> RuleLoader.load(List.of(a.getParent(), b.getParent())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two rule files have the name r.yml");
  }
}
