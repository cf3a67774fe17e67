package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scelle.custody.testing.References;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

/**
 * Real logs nobody here wrote, from {@code ../shared/data}: the attack web logs of
 * EVTX-ATTACK-SAMPLES and five loghub logs, whose hand-labelled {@code _structured.csv} (read with
 * {@link CsvReader}) gives the expected fields of every line.
 */
class ThirdPartyLogsTest {
  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final String ATTACK = "sbousseaden-EVTX-ATTACK-SAMPLES/Command and Control/";

  /** Read in UTC so that event times equal the local times written in the logs. */
  private static ReadContext utc(String modified) {
    return ReadContext.of(ZoneOffset.UTC, modified == null ? null : Instant.parse(modified));
  }

  private static Reading strict(String relative, String format, ReadContext ctx, long events) {
    Path file = References.sharedData(relative);
    assertThat(Reading.detect(file).format()).as(relative).isEqualTo(format);
    Reading r = Reading.readFile(file, ctx);
    assertThat(r.stats().unparsed()).as(relative + ": unparsed").isZero();
    assertThat(r.stats().events()).as(relative + ": events").isEqualTo(events);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.timestamp()).isNotNull());
    return r;
  }

  @Test
  void tomcatAccessLogOfAWebAttack() {
    Reading r =
        strict(
            ATTACK + "web_attack_and_isp_webshell_localhost_access_log.txt",
            "apache-common",
            utc(null),
            2661);
    Event first = r.first();
    assertThat(first.timestamp()).isEqualTo(Instant.parse("2018-07-11T05:41:28Z"));
    assertThat(first.fields()).containsEntry(Fields.SOURCE_IP, "192.168.105.83");
    assertThat(r.events().stream().filter(e -> "404".equals(e.fields().get(Fields.HTTP_STATUS))))
        .isNotEmpty();
  }

  @Test
  void iisLogOfATunnaRdpTunnel() {
    Reading r = strict(ATTACK + "Tunna_rdp_tunnel_IIS.log", "w3c", utc(null), 4308 - 9 - 1);
    assertThat(r.stats().skipped()).isEqualTo(9 + 1); // directives and one blank line
    assertThat(r.events())
        .filteredOn(e -> e.fields().getOrDefault(Fields.URL_ORIGINAL, "").contains("port=3389"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.fields()).containsEntry(Fields.SOURCE_IP, "10.0.2.17"));
    assertThat(r.first().timestamp()).isEqualTo(Instant.parse("2019-09-03T10:13:36Z"));
  }

  /** The upstream parse of each line, by LineId. */
  private static List<Map<String, String>> gold(String relative) {
    Reading g = Reading.readFile(References.sharedData(relative), utc(null));
    assertThat(g.stats().unparsed()).isZero();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Event e : g.events()) {
      rows.add(e.fields());
    }
    return rows;
  }

  private static String col(Map<String, String> row, String column) {
    return row.get(Fields.CSV_PREFIX + column);
  }

  private static void agrees(
      Reading r,
      List<Map<String, String>> gold,
      Function<Map<String, String>, String> time,
      Map<String, String> fieldToColumn,
      java.util.Set<Long> knownDifferences) {
    assertThat(r.events()).hasSameSizeAs(gold);
    for (int i = 0; i < gold.size(); i++) {
      Event e = r.events().get(i);
      Map<String, String> g = gold.get(i);
      assertThat(e.locator().line()).isEqualTo(Long.parseLong(col(g, "LineId")));
      String local = SECONDS.format(LocalDateTime.ofInstant(e.timestamp(), ZoneOffset.UTC));
      assertThat(local).as("line %s", col(g, "LineId")).startsWith(time.apply(g));
      if (knownDifferences.contains(e.locator().line())) {
        continue;
      }
      fieldToColumn.forEach(
          (field, column) ->
              assertThat(e.fields().get(field))
                  .as("line %s %s", col(g, "LineId"), field)
                  .isEqualToIgnoringCase(upstream(col(g, column))));
    }
  }

  /**
   * The upstream value, but for one known difference: loghub's Linux gold keeps sysklogd's version
   * in the component ({@code syslogd 1.4.1}, 7 lines); {@code process.name} is the program alone.
   */
  private static String upstream(String value) {
    return value.equals("syslogd 1.4.1") ? "syslogd" : value;
  }

  private static String month(String abbreviation) {
    return String.format("%02d", TimePatterns.month(abbreviation));
  }

  @Test
  void loghubLinuxSyslog() {
    Reading r =
        strict(
            "logpai-loghub/Linux/Linux_2k.log", "syslog-3164", utc("2005-12-31T00:00:00Z"), 2000);
    agrees(
        r,
        gold("logpai-loghub/Linux/Linux_2k.log_structured.csv"),
        g ->
            "2005-"
                + month(col(g, "Month"))
                + "-"
                + String.format("%02d", Integer.parseInt(col(g, "Date")))
                + "T"
                + col(g, "Time"),
        Map.of(Fields.HOST_NAME, "Level", Fields.PROCESS_NAME, "Component"),
        // line 899, "combo  -- root[2421]: ROOT LOGIN ON tty2": loghub takes "-- root" for the
        // component; it is no program name, so the line has no process.name
        java.util.Set.of(899L));
    assertThat(r.first().timeNote()).isEqualTo("year-from-item-mtime:2005;zone-assumed:Z");
  }

  @Test
  void loghubOpenSsh() {
    Reading r =
        strict(
            "logpai-loghub/OpenSSH/OpenSSH_2k.log",
            "syslog-3164",
            utc("2016-01-05T00:00:00Z"),
            2000);
    agrees(
        r,
        gold("logpai-loghub/OpenSSH/OpenSSH_2k.log_structured.csv"),
        g ->
            "2015-"
                + month(col(g, "Date"))
                + "-"
                + String.format("%02d", Integer.parseInt(col(g, "Day")))
                + "T"
                + col(g, "Time"),
        Map.of(Fields.HOST_NAME, "Component", Fields.PROCESS_PID, "Pid"),
        java.util.Set.of());
    assertThat(r.events()).filteredOn(e -> e.message().contains("Failed password")).hasSize(520);
  }

  @Test
  void loghubApacheErrorLog() {
    Reading r = strict("logpai-loghub/Apache/Apache_2k.log", "timestamped", utc(null), 2000);
    agrees(
        r,
        gold("logpai-loghub/Apache/Apache_2k.log_structured.csv"),
        g ->
            LocalDateTime.parse(
                    col(g, "Time"),
                    java.time.format.DateTimeFormatter.ofPattern(
                        "EEE MMM dd HH:mm:ss yyyy", java.util.Locale.ENGLISH))
                .format(SECONDS),
        Map.of(Fields.LOG_LEVEL, "Level"),
        java.util.Set.of());
  }

  @Test
  void loghubWindowsCbs() {
    Reading r = strict("logpai-loghub/Windows/Windows_2k.log", "timestamped", utc(null), 2000);
    agrees(
        r,
        gold("logpai-loghub/Windows/Windows_2k.log_structured.csv"),
        g -> col(g, "Date") + "T" + col(g, "Time"),
        Map.of(Fields.LOG_LEVEL, "Level"),
        java.util.Set.of());
  }

  @Test
  void loghubProxifier() {
    Reading r =
        strict(
            "logpai-loghub/Proxifier/Proxifier_2k.log",
            "timestamped",
            utc("2016-12-31T00:00:00Z"),
            2000);
    agrees(
        r,
        gold("logpai-loghub/Proxifier/Proxifier_2k.log_structured.csv"),
        g -> "2016-" + col(g, "Time").replace('.', '-').replace(' ', 'T'),
        Map.of(),
        java.util.Set.of());
  }
}
