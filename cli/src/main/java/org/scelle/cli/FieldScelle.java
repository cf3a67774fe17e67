package org.scelle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command of the field collector, {@code scelle-field}: the analyst's commands only
 * (keygen, collect, verify, custody), shipped as one standalone jar with no Tika, Lucene or iText
 * inside, for a bare JRE 17 on site. Same options, outputs and exit codes as {@code scelle}.
 */
@Command(
    name = "scelle-field",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Field collector of scelle: acquire evidence with hashes and a signed chain of custody.",
    subcommands = {
      KeygenCommand.class,
      CollectCommand.class,
      VerifyCommand.class,
      CustodyCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:verification failed (tampering, broken chain, invalid signature)",
      "2:usage error",
      "3:bad input (missing case, unreadable file)",
      "4:internal error"
    })
public final class FieldScelle implements Runnable {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(Scelle.execute(Scelle.configure(new CommandLine(new FieldScelle())), args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
