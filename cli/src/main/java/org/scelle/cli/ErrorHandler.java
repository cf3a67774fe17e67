package org.scelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.scelle.collector.handover.VerificationFailedException;
import org.scelle.custody.identity.MissingSecretException;
import org.scelle.custody.timestamp.TimestampException;
import picocli.CommandLine;

/**
 * Maps failures to exit codes and prints them as one line naming the file and the problem; the
 * stack trace only with {@code --verbose}.
 */
final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IExitCodeExceptionMapper,
        CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    int code = getExitCode(t);
    String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    if (code == ExitCodes.INTERNAL) {
      message = "internal error: " + t.getClass().getName() + ": " + message;
    }
    err.println("scelle: " + message);
    if (verbose(parseResult)) {
      t.printStackTrace(err);
    } else if (code == ExitCodes.INTERNAL) {
      err.println("scelle: run again with --verbose for the stack trace, and report it");
    }
    err.flush();
    return code;
  }

  @Override
  public int getExitCode(Throwable t) {
    if (t instanceof VerificationFailedException) {
      return ExitCodes.VERIFICATION_FAILED;
    }
    if (t instanceof CommandLine.ParameterException || t instanceof IllegalArgumentException) {
      return ExitCodes.USAGE;
    }
    if (t instanceof IOException
        || t instanceof MissingSecretException
        || t instanceof TimestampException) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.INTERNAL;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("scelle: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  private static boolean verbose(CommandLine.ParseResult r) {
    for (CommandLine.ParseResult p = r; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
