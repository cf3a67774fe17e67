package org.scelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scelle.indexer.evtx.EvtxJson;
import org.scelle.indexer.evtx.EvtxProblem;
import org.scelle.indexer.evtx.EvtxReader;
import org.scelle.indexer.evtx.EvtxRecord;
import org.scelle.indexer.evtx.EvtxXml;
import org.scelle.indexer.evtx.NotEvtxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle evtx}: Windows event log files. */
@Command(
    name = "evtx",
    mixinStandardHelpOptions = true,
    description = "Read Windows XML event log (EVTX) files.",
    subcommands = {EvtxCommand.Dump.class})
final class EvtxCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Output formats of {@code dump}. */
  enum Format {
    xml,
    jsonl
  }

  /** {@code scelle evtx dump FILE...}: every record as XML or JSON lines. */
  @Command(
      name = "dump",
      mixinStandardHelpOptions = true,
      description = {
        "Print every record of the EVTX files, as XML like evtx_dump.py's or as one JSON object per line.",
        "Damaged chunks and records are reported on stderr, one line each, and skipped.",
        "Exit 0 when the files were read; 3 when a file is not EVTX or cannot be read."
      })
  static final class Dump implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(
        names = "--format",
        defaultValue = "xml",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int exit = ExitCodes.OK;
      if (format == Format.xml) {
        out.println(EvtxXml.DECLARATION);
        out.println();
        out.println("<Events>");
      }
      for (Path file : files) {
        try (EvtxReader reader = EvtxReader.open(file)) {
          for (EvtxRecord r : reader) {
            out.println(format == Format.xml ? EvtxXml.render(r) : EvtxJson.render(r));
          }
          for (EvtxProblem p : reader.problems()) {
            err.println("scelle: " + p.message());
          }
        } catch (NotEvtxException e) {
          err.println("scelle: " + e.getMessage());
          exit = ExitCodes.BAD_INPUT;
        }
      }
      if (format == Format.xml) {
        out.println("</Events>");
      }
      out.flush();
      err.flush();
      return exit;
    }
  }
}
