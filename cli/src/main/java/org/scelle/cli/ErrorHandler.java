package org.scelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
    String message = message(t);
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

  /**
   * The message of {@code t} for the one line printed. A file-system exception without a reason
   * (the JDK's {@link NoSuchFileException} or {@link AccessDeniedException} say only the path) gets
   * the problem after the path, as the command line tools say it.
   */
  static String message(Throwable t) {
    if (t instanceof FileSystemException f && f.getReason() == null && f.getFile() != null) {
      return f.getFile()
          + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile())
          + ": "
          + problem(f);
    }
    return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
  }

  /** What went wrong, said by the type of a file-system exception that gives no reason. */
  private static String problem(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (f instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (f instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    return "cannot be used (" + f.getClass().getSimpleName() + ")";
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
