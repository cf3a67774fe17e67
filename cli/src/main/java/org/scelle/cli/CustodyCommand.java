package org.scelle.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.scelle.collector.handover.Handover;
import org.scelle.custody.ledger.LedgerEntry;
import org.scelle.custody.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scelle custody CASE transfer|receive|note}: hand-overs and notes signed into the ledger.
 */
@Command(
    name = "custody",
    mixinStandardHelpOptions = true,
    description = "Record hand-overs of the vault and notes, signed by the people involved.",
    subcommands = {
      CustodyCommand.Transfer.class,
      CustodyCommand.Receive.class,
      CustodyCommand.Note.class
    })
final class CustodyCommand {
  @Parameters(index = "0", paramLabel = "CASE", description = "The case vault directory.")
  Path caseDir;

  Vault vault() throws java.io.IOException {
    return Vault.open(caseDir);
  }

  static void print(CommandSpec spec, LedgerEntry e) {
    spec.commandLine()
        .getOut()
        .printf(
            "ledger entry %d: %s by %s (%s), %s%n",
            e.seq(), e.action().label(), e.actorName(), e.actorRole(), e.time());
  }

  @Command(
      name = "transfer",
      mixinStandardHelpOptions = true,
      description = "Hand the vault over to someone (signed by the giver).")
  static final class Transfer implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand CustodyCommand parent;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "NAME",
        description = "The recipient's name, as in their certificate.")
    String to;

    @Option(names = "--reason", description = "Why, e.g. 'to the forensic laboratory'.")
    String reason;

    @Mixin KeyOptions key;

    @Override
    public Integer call() throws Exception {
      print(spec, new Handover(Clock.systemUTC()).transfer(parent.vault(), key.open(), to, reason));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "receive",
      mixinStandardHelpOptions = true,
      description = "Verify the vault, then sign its receipt (refused when it does not verify).")
  static final class Receive implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand CustodyCommand parent;
    @Mixin KeyOptions key;

    @Override
    public Integer call() throws Exception {
      print(spec, new Handover(Clock.systemUTC()).receive(parent.vault(), key.open()));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "note",
      mixinStandardHelpOptions = true,
      description = "Sign a note into the ledger.")
  static final class Note implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand CustodyCommand parent;

    @Parameters(index = "0", paramLabel = "TEXT")
    String text;

    @Mixin KeyOptions key;

    @Override
    public Integer call() throws Exception {
      print(spec, new Handover(Clock.systemUTC()).note(parent.vault(), key.open(), text));
      return ExitCodes.OK;
    }
  }
}
