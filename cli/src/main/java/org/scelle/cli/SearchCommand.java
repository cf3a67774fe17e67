package org.scelle.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.index.CaseSearcher;
import org.scelle.indexer.index.Hit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle search}: query the case index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the case index with Lucene query syntax over every field (message by default),"
          + " e.g. 'source.ip:203.0.113.45', 'event.code:4624 AND user.name.lc:admin*', '\"vssadmin delete\"'.",
      "Each hit names its item, the item's SHA-256 and the record's locator in it."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Parameters(index = "1", paramLabel = "QUERY")
  String query;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "Only events at or after TIME (RFC 3339, e.g. 2019-11-15T18:00:00Z).")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "Only events at or before TIME.")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: 50).")
  int limit = 50;

  @Option(names = "--json", description = "One JSON document with every hit.")
  boolean json;

  @Option(names = "--csv", description = "CSV: time,host,item,sha256,locator,message.")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    if (json && csv) {
      throw new IllegalArgumentException("give --json or --csv, not both");
    }
    Vault vault = Vault.open(caseDir);
    List<Hit> hits;
    long total;
    try (CaseSearcher s = CaseSearcher.open(vault)) {
      var q = CaseSearcher.parse(query);
      Instant fromTime = time(from, "--from");
      Instant toTime = time(to, "--to");
      if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
        throw new IllegalArgumentException(
            "--from " + from + " is after --to " + to + ": no event can be in that range");
      }
      hits = s.search(q, fromTime, toTime, limit);
      total = s.count(q, fromTime, toTime);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode n = Json.mapper().createObjectNode();
      n.put("query", query);
      n.put("total", total);
      ArrayNode arr = n.putArray("hits");
      for (Hit h : hits) {
        arr.add(Json.mapper().valueToTree(h));
      }
      out.println(Json.mapper().writeValueAsString(n));
    } else if (csv) {
      out.println("time,host,item,sha256,locator,message");
      for (Hit h : hits) {
        out.println(
            String.join(
                ",",
                csvField(h.timestamp()),
                csvField(h.host()),
                csvField(h.itemId()),
                csvField(h.itemSha256()),
                csvField(h.locator()),
                csvField(h.message())));
      }
    } else {
      for (Hit h : hits) {
        out.printf(
            "%s  %s  %s %s%n    %s%n",
            h.timestamp() == null ? "(no time)" : h.timestamp(),
            h.host(),
            h.itemId(),
            h.locator(),
            h.highlight().replace('\n', ' '));
      }
      out.printf("%d of %d hits%n", hits.size(), total);
    }
    return ExitCodes.OK;
  }

  static Instant time(String s, String option) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + ": '" + s + "' is not an RFC 3339 time such as 2019-11-15T18:45:00Z");
    }
  }

  private static String csvField(String s) {
    if (s == null) {
      return "";
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
