package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@link Scelle#commandLineFor}: the invoked subcommand alone, or the whole tree when needed. */
class CommandTreeTest {
  private static final int ALL = 14;

  @Test
  void aNamedSubcommandIsBuiltAlone() {
    assertThat(Scelle.commandLineFor(new String[] {"evtx", "dump", "f.evtx"}).getSubcommands())
        .containsOnlyKeys("evtx");
    assertThat(Scelle.commandLineFor(new String[] {"--verbose", "hunt", "c"}).getSubcommands())
        .containsOnlyKeys("hunt");
    assertThat(Scelle.commandLineFor(new String[] {"--version"}).getSubcommands()).isEmpty();
  }

  @Test
  void helpNoSubcommandOrAnUnknownOneGetTheWholeTree() {
    for (String[] args :
        new String[][] {{}, {"help"}, {"help", "collect"}, {"--help"}, {"nosuch"}, {"-x"}}) {
      assertThat(Scelle.commandLineFor(args).getSubcommands()).as("%s", (Object) args).hasSize(ALL);
    }
    assertThat(Scelle.commandLine().getSubcommands()).hasSize(ALL);
  }

  @Test
  void theInheritedVerboseOptionAndTheErrorHandlingWorkOnALoneSubcommand(@TempDir Path dir)
      throws Exception {
    Path notEvtx = Files.writeString(dir.resolve("notes.txt"), "plain text, not an event log");
    for (String[] args :
        new String[][] {
          {"--verbose", "evtx", "dump", notEvtx.toString()},
          {"evtx", "dump", "--verbose", notEvtx.toString()}
        }) {
      StringWriter err = new StringWriter();
      CommandLine cl = Scelle.commandLineFor(args);
      cl.setOut(new PrintWriter(new StringWriter(), true));
      cl.setErr(new PrintWriter(err, true));
      assertThat(Scelle.execute(cl, args)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString()).contains("notes.txt: not an EVTX file");
    }
    StringWriter err = new StringWriter();
    String[] unknownOption = {"evtx", "dump", "--no-such-option", notEvtx.toString()};
    CommandLine cl = Scelle.commandLineFor(unknownOption);
    cl.setErr(new PrintWriter(err, true));
    assertThat(Scelle.execute(cl, unknownOption)).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--no-such-option");
  }
}
