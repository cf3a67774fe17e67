package org.scelle.indexer.sigma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.Schema;
import org.scelle.indexer.index.TwinQueries;

/**
 * Maps a Sigma {@code logsource} onto the case index: the events it selects and how Sigma field
 * names become index fields. See the package overview for the table. Stateless.
 */
final class Logsources {
  static final String SYSMON = "Microsoft-Windows-Sysmon/Operational";
  static final String PS = "Microsoft-Windows-PowerShell/Operational";

  /** {@code service} to channel. */
  static final Map<String, String> SERVICES =
      Map.ofEntries(
          Map.entry("security", "Security"),
          Map.entry("system", "System"),
          Map.entry("application", "Application"),
          Map.entry("sysmon", SYSMON),
          Map.entry("powershell", PS),
          Map.entry("powershell-classic", "Windows PowerShell"),
          Map.entry("ntlm", "Microsoft-Windows-NTLM/Operational"),
          Map.entry("wmi", "Microsoft-Windows-WMI-Activity/Operational"),
          Map.entry("taskscheduler", "Microsoft-Windows-TaskScheduler/Operational"),
          Map.entry("windefend", "Microsoft-Windows-Windows Defender/Operational"),
          Map.entry("bits-client", "Microsoft-Windows-Bits-Client/Operational"),
          Map.entry("codeintegrity-operational", "Microsoft-Windows-CodeIntegrity/Operational"),
          Map.entry("dns-server", "DNS Server"),
          Map.entry(
              "terminalservices-localsessionmanager",
              "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational"),
          Map.entry("openssh", "OpenSSH/Operational"));

  /** {@code category} to Sysmon event ids (or a single other channel's ids, see below). */
  static final Map<String, List<String>> SYSMON_CATEGORIES =
      Map.ofEntries(
          Map.entry("process_creation", List.of("1")),
          Map.entry("file_change", List.of("2")),
          Map.entry("network_connection", List.of("3")),
          Map.entry("process_termination", List.of("5")),
          Map.entry("driver_load", List.of("6")),
          Map.entry("image_load", List.of("7")),
          Map.entry("create_remote_thread", List.of("8")),
          Map.entry("raw_access_thread", List.of("9")),
          Map.entry("process_access", List.of("10")),
          Map.entry("file_event", List.of("11")),
          Map.entry("registry_add", List.of("12")),
          Map.entry("registry_delete", List.of("12")),
          Map.entry("registry_set", List.of("13")),
          Map.entry("registry_rename", List.of("14")),
          Map.entry("registry_event", List.of("12", "13", "14")),
          Map.entry("create_stream_hash", List.of("15")),
          Map.entry("pipe_created", List.of("17", "18")),
          Map.entry("wmi_event", List.of("19", "20", "21")),
          Map.entry("dns_query", List.of("22")),
          Map.entry("file_delete", List.of("23", "26")),
          Map.entry("process_tampering", List.of("25")),
          Map.entry("file_block_executable", List.of("27")));

  /** Sysmon process-creation names to their Security 4688 counterparts. */
  static final Map<String, String> PROCESS_4688 =
      Map.of(
          "Image", "NewProcessName",
          "ParentImage", "ParentProcessName",
          "ProcessId", "NewProcessId",
          "ParentProcessId", "ProcessId",
          "User", "SubjectUserName",
          "LogonId", "SubjectLogonId",
          "IntegrityLevel", "MandatoryLabel");

  /** The events a log source selects and the field names it uses. */
  record Variant(Query filter, UnaryOperator<String> fields) {}

  private Logsources() {}

  /**
   * The variants of {@code product}/{@code category}/{@code service} (any may be null); a rule
   * matches an event when one variant's filter and the detection (with that variant's field names)
   * both match.
   *
   * @throws UnsupportedRuleException naming the log source when it is not supported
   */
  static List<Variant> of(String product, String category, String service)
      throws UnsupportedRuleException {
    if (product == null) {
      throw new UnsupportedRuleException("logsource has no product (only windows is supported)");
    }
    if (!product.equalsIgnoreCase("windows")) {
      throw new UnsupportedRuleException(
          "logsource product '" + product + "' is not supported (only windows)");
    }
    List<Variant> out = new ArrayList<>();
    String channel = null;
    if (service != null) {
      channel = SERVICES.get(service.toLowerCase(Locale.ROOT));
      if (channel == null) {
        throw new UnsupportedRuleException(
            "logsource service '" + service + "' is not supported; known: " + SERVICES.keySet());
      }
    }
    if (category == null) {
      out.add(
          new Variant(
              channel == null ? exists(Fields.WINLOG_CHANNEL) : channel(channel),
              Logsources::windows));
      return out;
    }
    String cat = category.toLowerCase(Locale.ROOT);
    if (cat.equals("ps_script")) {
      out.add(new Variant(and(channel(PS), codes(List.of("4104"))), Logsources::windows));
    } else if (cat.equals("ps_module")) {
      out.add(new Variant(and(channel(PS), codes(List.of("4103"))), Logsources::windows));
    } else if (SYSMON_CATEGORIES.containsKey(cat)) {
      out.add(
          new Variant(
              and(channel(SYSMON), codes(SYSMON_CATEGORIES.get(cat))), Logsources::windows));
      if (cat.equals("process_creation")) {
        out.add(
            new Variant(
                and(channel("Security"), codes(List.of("4688"))),
                f -> windows(PROCESS_4688.getOrDefault(f, f))));
      }
    } else {
      throw new UnsupportedRuleException(
          "logsource category '"
              + category
              + "' is not supported; known: "
              + new TreeSet<>(SYSMON_CATEGORIES.keySet())
              + ", ps_script, ps_module");
    }
    if (channel != null) {
      String ch = channel;
      out.replaceAll(v -> new Variant(and(v.filter(), channel(ch)), v.fields()));
    }
    return out;
  }

  /** The index field of a Sigma field name in Windows event logs. */
  static String windows(String sigmaField) {
    return switch (sigmaField) {
      case "EventID" -> Fields.EVENT_CODE;
      case "Channel" -> Fields.WINLOG_CHANNEL;
      case "Provider_Name" -> Fields.EVENT_PROVIDER;
      case "Computer" -> Fields.HOST_NAME;
      case "EventRecordID" -> Fields.WINLOG_RECORD_ID;
      default -> Fields.WINLOG_EVENT_DATA_PREFIX + sigmaField;
    };
  }

  private static Query channel(String name) {
    return TwinQueries.widen(
        new TermQuery(
            new Term(Fields.WINLOG_CHANNEL + Schema.LOWER, name.toLowerCase(Locale.ROOT))));
  }

  private static Query codes(List<String> ids) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    ids.forEach(
        id -> b.add(new TermQuery(new Term(Fields.EVENT_CODE, id)), BooleanClause.Occur.SHOULD));
    return b.build();
  }

  private static Query exists(String field) {
    return new TermRangeQuery(field, null, null, true, true);
  }

  private static Query and(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.FILTER)
        .add(b, BooleanClause.Occur.FILTER)
        .build();
  }
}
