package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;
import picocli.CommandLine;

class EvtxCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Scelle.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void dumpsXmlLikeEvtxDump() {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    assertThat(run("evtx", "dump", f.toString())).isZero();
    String xml = out.toString();
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.1\" encoding=\"utf-8\" standalone=\"yes\" ?>\n\n<Events>\n<Event xmlns=")
        .endsWith("</Event>\n\n</Events>\n");
    assertThat(xml.split("\n<Event xmlns=", -1)).hasSize(2262);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void dumpsJsonLinesAndReportsProblemsOnStderr() {
    Path f = References.sharedData("omerbenamram-evtx/samples/sample_with_a_bad_chunk_magic.evtx");
    assertThat(run("evtx", "dump", "--format", "jsonl", f.toString())).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(270);
    assertThat(lines[0]).startsWith("{\"record_id\":").contains("\"Event\":{");
    assertThat(err.toString())
        .contains(
            "scelle: chunk 6 of sample_with_a_bad_chunk_magic.evtx: bad magic 0x0 at offset 0x61000");
  }

  @Test
  void theOutputIsTheSameWhateverTheNumberOfThreads() {
    String[] files = {
      References.sharedData("omerbenamram-evtx/samples/security.evtx").toString(),
      References.sharedData("omerbenamram-evtx/samples/sample_with_a_bad_chunk_magic.evtx")
          .toString()
    };
    String[] outs = new String[3];
    String[] errs = new String[3];
    for (int threads = 1; threads <= 3; threads++) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      String[] args = new String[files.length + 4];
      args[0] = "evtx";
      args[1] = "dump";
      args[2] = "--threads=" + threads;
      args[3] = "--format=jsonl";
      System.arraycopy(files, 0, args, 4, files.length);
      assertThat(run(args)).isZero();
      outs[threads - 1] = out.toString();
      errs[threads - 1] = err.toString();
    }
    assertThat(outs[0].split("\n")).hasSize(2261 + 270);
    assertThat(outs[1]).isEqualTo(outs[0]);
    assertThat(outs[2]).isEqualTo(outs[0]);
    assertThat(errs[1]).isEqualTo(errs[0]).contains("bad magic");
    assertThat(errs[2]).isEqualTo(errs[0]);
  }

  @Test
  void refusesZeroThreads() {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    assertThat(run("evtx", "dump", "--threads", "0", f.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--threads must be at least 1");
  }

  @Test
  void rejectsAFileThatIsNotEvtx(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("notes.txt"), "not an event log, just some text here");
    assertThat(run("evtx", "dump", f.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("notes.txt: not an EVTX file");
  }

  @Test
  void aMissingFileOrADirectoryIsNamedAndTheOtherFilesAreStillRead(@TempDir Path dir) {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    Path missing = dir.resolve("gone.evtx");
    assertThat(run("evtx", "dump", missing.toString(), dir.toString(), f.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(missing + ": no such file or directory")
        .contains(dir + ": a directory, not an EVTX file");
    assertThat(out.toString())
        .contains("<Event xmlns=")
        .endsWith("</Events>" + System.lineSeparator());
  }
}
