package org.scelle.cli.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scelle.cli.FieldScelle;
import org.scelle.cli.Scelle;
import org.scelle.custody.vault.Vault;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the generated files of the distribution: {@code man/man1/*.1} for {@code scelle}, {@code
 * scelle-field} and every subcommand, and {@code completion/scelle.bash}. Run by the build ({@code
 * dist} module) with the output directory as its only argument.
 */
public final class DistributionFiles {
  private DistributionFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DistributionFiles OUTPUT_DIR");
      System.exit(2);
    }
    List<Path> written = write(Path.of(args[0]));
    System.out.println("wrote " + written.size() + " files under " + args[0]);
  }

  /**
   * Writes the files under {@code dir}.
   *
   * @return the files written, in order
   */
  public static List<Path> write(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    Path man = Files.createDirectories(dir.resolve("man").resolve("man1"));
    String version = Vault.toolVersion();
    for (CommandLine root : List.of(Scelle.commandLine(), new CommandLine(new FieldScelle()))) {
      for (CommandLine cl : all(root)) {
        ManPage page = new ManPage(cl.getCommandSpec(), version);
        out.add(write(man.resolve(page.fileName()), page.render()));
      }
    }
    Path completion = Files.createDirectories(dir.resolve("completion"));
    out.add(
        write(
            completion.resolve("scelle.bash"), AutoComplete.bash("scelle", Scelle.commandLine())));
    return out;
  }

  private static List<CommandLine> all(CommandLine cl) {
    List<CommandLine> out = new ArrayList<>();
    out.add(cl);
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandSpec().name().equals("help") || out.contains(sub)) {
        continue;
      }
      out.addAll(all(sub));
    }
    return out;
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
