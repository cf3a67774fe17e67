package org.scelle.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A roff (man(7)) page for one command, from its picocli specification: name, synopsis,
 * description, arguments, options, subcommands, exit status. No date is written, so the page is the
 * same for the same command model.
 */
final class ManPage {
  private final CommandSpec spec;
  private final String version;

  ManPage(CommandSpec spec, String version) {
    this.spec = spec;
    this.version = version;
  }

  /** The file name of the page, for example {@code scelle-collect.1}. */
  String fileName() {
    return pageName(spec) + ".1";
  }

  /** The page's text. */
  String render() {
    StringBuilder out = new StringBuilder();
    String page = pageName(spec);
    out.append(".TH \"")
        .append(page.toUpperCase(Locale.ROOT))
        .append("\" \"1\" \"\" \"scelle ")
        .append(escape(version))
        .append("\" \"scelle manual\"\n");
    out.append(".SH NAME\n").append(escape(page)).append(" \\- ");
    out.append(escape(firstLine(spec.usageMessage().description()))).append('\n');
    out.append(".SH SYNOPSIS\n.nf\n");
    out.append(escape(synopsis())).append("\n.fi\n");
    out.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().description()) {
      out.append(paragraph(line));
    }
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (!positionals.isEmpty()) {
      out.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        out.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n');
        out.append(escape(String.join(" ", p.description()))).append('\n');
      }
    }
    List<OptionSpec> options = new ArrayList<>(spec.options());
    if (!options.isEmpty()) {
      out.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        if (o.hidden()) {
          continue;
        }
        out.append(".TP\n").append(optionHead(o)).append('\n');
        out.append(escape(String.join(" ", o.description()))).append('\n');
      }
    }
    if (!spec.subcommands().isEmpty()) {
      out.append(".SH COMMANDS\n");
      for (CommandLine sub : new java.util.TreeMap<>(spec.subcommands()).values()) {
        CommandSpec s = sub.getCommandSpec();
        if (s.usageMessage().hidden()
            || !s.name().equals(sub.getCommandName())
            || s.name().equals("help")) {
          continue;
        }
        out.append(".TP\n.B ").append(escape(s.name())).append('\n');
        out.append(escape(firstLine(s.usageMessage().description()))).append('\n');
      }
    }
    CommandSpec root = spec.root();
    if (!root.usageMessage().exitCodeList().isEmpty()) {
      out.append(".SH EXIT STATUS\n");
      root.usageMessage()
          .exitCodeList()
          .forEach(
              (code, text) ->
                  out.append(".TP\n.B ")
                      .append(escape(code.strip()))
                      .append('\n')
                      .append(escape(text))
                      .append('\n'));
    }
    out.append(".SH SEE ALSO\n");
    out.append(escape(page.equals(pageName(root)) ? "" : pageName(root) + "(1), "));
    out.append("the documentation in docs/ of the distribution\n");
    return out.toString();
  }

  private String synopsis() {
    Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
    return help.synopsis(0).stripTrailing();
  }

  private static String optionHead(OptionSpec o) {
    StringBuilder b = new StringBuilder(".BR ");
    b.append('"').append(escape(String.join(", ", o.names()))).append('"');
    if (o.arity().max() > 0) {
      b.append(" \" \" \\fI").append(escape(label(o))).append("\\fR");
    }
    return b.toString();
  }

  private static String label(ArgSpec a) {
    return a.paramLabel();
  }

  private static String paragraph(String text) {
    return ".PP\n" + escape(text) + "\n";
  }

  private static String firstLine(String[] description) {
    return description.length == 0 ? "" : description[0].split("(?<=\\.)\\s", 2)[0];
  }

  /** The page name of a command: the qualified name with spaces as hyphens. */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  /**
   * Escapes text for roff: picocli's {@code %n} and {@code %%} first, then backslashes, hyphens,
   * and a leading dot or quote on any line.
   */
  static String escape(String text) {
    String s = text.replace("%n", "\n").replace("%%", "%").replace("\\", "\\e").replace("-", "\\-");
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        b.append("\\&");
      }
      b.append(line);
    }
    return b.toString();
  }
}
