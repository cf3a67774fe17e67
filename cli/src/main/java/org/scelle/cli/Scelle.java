package org.scelle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command. Exit codes: see {@link ExitCodes}. */
@Command(
    name = "scelle",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Evidence collection, chain of custody and signed dossiers after a ransomware attack.",
    subcommands = {
      KeygenCommand.class,
      CollectCommand.class,
      VerifyCommand.class,
      CustodyCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      HuntCommand.class,
      TimelineCommand.class,
      SigmaCommand.class,
      EvtxCommand.class,
      ReportCommand.class,
      CheckDossierCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:verification failed (tampering, broken chain, invalid signature)",
      "2:usage error",
      "3:bad input (missing case, unreadable file, invalid rule or feed)",
      "4:internal error"
    })
public final class Scelle implements Runnable {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(commandLine(), args));
  }

  /**
   * Runs {@code cl} on {@code args} and returns the exit code. Running out of heap is not an
   * exception picocli handles: it becomes one line naming the remedy and exit code 4 (the stack
   * trace only with {@code --verbose}), like every other internal error.
   */
  static int execute(CommandLine cl, String[] args) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println(
          "scelle: out of memory (Java heap): run again with a larger heap, for example"
              + " SCELLE_JAVA_OPTS=-Xmx4g");
      if (java.util.Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace();
      }
      return ExitCodes.INTERNAL;
    }
  }

  /** The configured command line: exit-code mapping and one-line error messages. */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new Scelle()));
  }

  /** Installs the exit-code mapping and the one-line error messages on {@code cl}. */
  static CommandLine configure(CommandLine cl) {
    ErrorHandler handler = new ErrorHandler();
    cl.setExecutionExceptionHandler(handler);
    cl.setExitCodeExceptionMapper(handler);
    cl.setParameterExceptionHandler(handler);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
