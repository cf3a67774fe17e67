package org.scelle.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.lucene.search.Query;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.index.CaseSearcher;
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
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1; got: " + limit);
    }
    Vault vault = Vault.open(caseDir);
    Instant fromTime = time(from, "--from");
    Instant toTime = time(to, "--to");
    if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
      throw new IllegalArgumentException(
          "--from " + from + " is after --to " + to + ": no event can be in that range");
    }
    PrintWriter out = spec.commandLine().getOut();
    // Hits are written as they come, a page at a time: an export of millions of hits takes the
    // memory of one page.
    try (CaseSearcher s = CaseSearcher.open(vault)) {
      Query q = CaseSearcher.parse(query);
      long total = s.count(q, fromTime, toTime);
      if (json) {
        ObjectWriter w =
            Json.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        JsonGenerator g = Json.mapper().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("query", query);
        g.writeNumberField("total", total);
        g.writeArrayFieldStart("hits");
        s.search(q, fromTime, toTime, limit, true, h -> w.writeValue(g, h));
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
      } else if (csv) {
        out.println("time,host,item,sha256,locator,message");
        s.search(
            q,
            fromTime,
            toTime,
            limit,
            false,
            h ->
                out.println(
                    String.join(
                        ",",
                        csvField(h.timestamp()),
                        csvField(h.host()),
                        csvField(h.itemId()),
                        csvField(h.itemSha256()),
                        csvField(h.locator()),
                        csvField(h.message()))));
      } else {
        long shown =
            s.search(
                q,
                fromTime,
                toTime,
                limit,
                true,
                h ->
                    out.printf(
                        "%s  %s  %s %s%n    %s%n",
                        h.timestamp() == null ? "(no time)" : h.timestamp(),
                        h.host(),
                        h.itemId(),
                        h.locator(),
                        h.highlight().replace('\n', ' ')));
        out.printf("%d of %d hits%n", shown, total);
      }
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
