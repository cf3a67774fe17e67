package org.scelle.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:verification failed (tampering, broken chain, invalid signature)",
      "2:usage error",
      "3:bad input (missing case, unreadable file, invalid rule or feed)",
      "4:internal error"
    })
public final class Scelle implements Runnable {
  /**
   * The subcommands, by name, in the order of the help. Added in code rather than in the annotation
   * so that {@link #commandLineFor} can build only the one a run needs; held apart so that {@link
   * FieldScelle}, which uses {@link #execute} and {@link #configure}, never loads the command
   * classes the field jar leaves out.
   */
  private static final class Subcommands {
    static final Map<String, Class<?>> BY_NAME = subcommands();

    private Subcommands() {}
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // picocli's default factory otherwise looks up groovy.lang.Closure once, a class no jar here
    // holds: the miss opens every jar of the class path (about 120), a tenth of a short command.
    System.setProperty("picocli.disable.closures", "true");
    LibraryLogs.quiet();
    System.exit(execute(commandLineFor(args), args));
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

  /**
   * The configured command line with every subcommand: exit-code mapping and one-line error
   * messages.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Scelle());
    Subcommands.BY_NAME.values().forEach(cl::addSubcommand);
    return configure(cl);
  }

  /**
   * The command line to run {@code args}: when the first argument that is not a root option names a
   * subcommand, the root with that subcommand alone, otherwise (no subcommand, {@code help}, an
   * unknown name) the whole tree of {@link #commandLine()}; for {@code --version}, the root alone.
   * Building a subcommand instantiates its classes and option types (the collector's target
   * catalogue, for one): a run that needs one command does not pay for the others. The parse, the
   * help and the errors of the invoked command are the same either way.
   */
  static CommandLine commandLineFor(String[] args) {
    for (String arg : args) {
      if (arg.equals("--verbose")) {
        continue;
      }
      if (arg.equals("--version") || arg.equals("-V")) {
        return configure(new CommandLine(new Scelle()));
      }
      Class<?> only = arg.equals("help") ? null : Subcommands.BY_NAME.get(arg);
      if (only == null) {
        break;
      }
      CommandLine cl = new CommandLine(new Scelle());
      cl.addSubcommand(only);
      return configure(cl);
    }
    return commandLine();
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (Class<?> c :
        List.of(
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
            CommandLine.HelpCommand.class)) {
      m.put(c.getAnnotation(Command.class).name(), c);
    }
    return Collections.unmodifiableMap(m);
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
