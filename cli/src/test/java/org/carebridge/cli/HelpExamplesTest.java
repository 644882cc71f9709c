package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the {@code --help} pages: each example line fits the help's width (picocli wraps longer ones, and a
 * wrapped command line no longer pastes into a shell), and the CLD example of {@code carebridge convert --help},
 * run on the shipped extract, accepts its rows.
 */
class HelpExamplesTest {

  /** The extract the guide ships; the help's example names a file of the same name. */
  private static final String SHIPPED = "docs/getting-started/samples/cld-q3.csv";
  private static final Pattern BUNDLES = Pattern.compile("(\\d+) Bundles? written to");

  @TempDir
  Path scratch;

  /** The help's example commands, each continuation line joined to its command. */
  private static List<String> examples(String help) {
    String section = help.substring(help.indexOf("Examples:") + "Examples:".length());
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : section.split("\n")) {
      String s = line.strip();
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(s.endsWith("\\") ? s.substring(0, s.length() - 1).strip() : s);
      if (!s.endsWith("\\")) {
        if (current.toString().startsWith("carebridge ")) {
          commands.add(current.toString());
        }
        current.setLength(0);
      }
    }
    return commands;
  }

  @Test
  void everyExampleLine_fitsTheHelpWidth() {
    picocli.CommandLine cl = Main.commandLine(new java.io.ByteArrayInputStream(new byte[0]),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()), false);
    List<picocli.CommandLine> commands = new ArrayList<>(List.of(cl));
    commands.addAll(cl.getSubcommands().values());
    int checked = 0;
    for (picocli.CommandLine c : commands) {
      int width = c.getCommandSpec().usageMessage().width();
      for (String line : c.getCommandSpec().usageMessage().footer()) {
        if (!line.startsWith(" ")) {
          continue; // prose: wrapping it does no harm; the indented lines are the example commands
        }
        assertThat(String.format(line).stripTrailing().length()).as("%s --help: %s", c.getCommandName(), line)
            .isLessThanOrEqualTo(width);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
    // And as printed: no example line is wrapped (a continued command ends every line but its last with a \).
    List<String> examples = examples(Cli.run("convert", "--help").out());
    assertThat(examples).hasSize(2).allSatisfy(e -> assertThat(e).contains(" --out fhir/"));
  }

  private static int bundles(DocsTranscripts.Ran ran) {
    Matcher m = BUNDLES.matcher(ran.output());
    assertThat(m.find()).as(ran.output()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theCldExample_acceptsEveryRowOfTheShippedExtract() {
    Cli.Result help = Cli.run("convert", "--help");
    assertThat(help.exitCode()).isZero();
    List<String> cld = examples(help.out()).stream().filter(c -> c.startsWith("carebridge convert --from cld")).toList();
    assertThat(cld).as("the CLD example in:\n" + help.out()).hasSize(1);

    List<String> tokens = new ArrayList<>(DocsTranscripts.tokens(cld.get(0)));
    int input = tokens.indexOf("cld-q3.csv");
    assertThat(input).as("the example converts cld-q3.csv, the extract shipped as " + SHIPPED).isPositive();
    tokens.set(input, SHIPPED);
    assertThat(tokens).contains("--period");

    DocsTranscripts.Ran withPeriod = DocsTranscripts.run(DocsTranscriptsTest.ROOT, scratch.resolve("a"),
        tokens, 0);
    assertThat(withPeriod.exitCode()).as(withPeriod.output()).isZero();
    assertThat(withPeriod.output()).doesNotContain("CB-CLD-019").contains("0 errors");

    // The period covers every row: without it the same people and budgets come out.
    List<String> noPeriod = new ArrayList<>(tokens);
    int p = noPeriod.indexOf("--period");
    noPeriod.remove(p + 1);
    noPeriod.remove(p);
    DocsTranscripts.Ran all = DocsTranscripts.run(DocsTranscriptsTest.ROOT, scratch.resolve("b"), noPeriod, 0);
    assertThat(all.exitCode()).as(all.output()).isZero();
    assertThat(bundles(withPeriod)).isEqualTo(bundles(all)).isGreaterThanOrEqualTo(5);
  }
}
