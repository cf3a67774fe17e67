package org.scelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scelle.custody.concurrent.DaemonThreads;
import org.scelle.indexer.evtx.ChunkPipeline;
import org.scelle.indexer.evtx.EvtxJson;
import org.scelle.indexer.evtx.EvtxProblem;
import org.scelle.indexer.evtx.EvtxReader;
import org.scelle.indexer.evtx.EvtxRecord;
import org.scelle.indexer.evtx.EvtxXml;
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

    @Option(
        names = "--threads",
        paramLabel = "N",
        description =
            "Chunks parsed in parallel (default: the number of cores). The output is the same"
                + " whatever N: records in file order.")
    Integer threads;

    @Override
    public Integer call() throws Exception {
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (n < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--threads must be at least 1 (got " + n + ")");
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int exit = ExitCodes.OK;
      if (format == Format.xml) {
        out.println(EvtxXml.DECLARATION);
        out.println();
        out.println("<Events>");
      }
      ExecutorService pool = Executors.newFixedThreadPool(n, DaemonThreads.named("scelle-evtx"));
      try (ChunkPipeline<String> pipeline =
          new ChunkPipeline<>(pool, 4 * n, this::render, out::write)) {
        for (Path file : files) {
          EvtxReader reader;
          try {
            reader = EvtxReader.open(file);
          } catch (IOException e) {
            // Not EVTX, missing or unreadable: reported in its place among the files, after the
            // records of those before it, and the files after it are still read.
            pipeline.finish();
            err.println("scelle: " + ErrorHandler.message(e));
            exit = ExitCodes.BAD_INPUT;
            continue;
          }
          pipeline.add(
              reader,
              done -> {
                for (EvtxProblem p : done.problems()) {
                  err.println("scelle: " + p.message());
                }
              });
        }
        pipeline.finish();
      } finally {
        pool.shutdownNow();
      }
      if (format == Format.xml) {
        out.println("</Events>");
      }
      out.flush();
      err.flush();
      return exit;
    }

    /** One chunk's records rendered, each followed by a line separator. */
    private String render(List<EvtxRecord> records) {
      StringBuilder sb = new StringBuilder(1 << 16);
      String nl = System.lineSeparator();
      for (EvtxRecord r : records) {
        if (format == Format.xml) {
          EvtxXml.render(r, sb);
        } else {
          EvtxJson.render(r, sb);
        }
        sb.append(nl);
      }
      return sb.toString();
    }
  }
}
