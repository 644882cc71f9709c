package org.carebridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.carebridge.profiles.CareBridgePackage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code carebridge} command: only subcommands. */
@Command(name = "carebridge", mixinStandardHelpOptions = true, versionProvider = CareBridgeCommand.Version.class,
    subcommands = {ValidateCommand.class, ExamplesCommand.class, ConvertCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class},
    description = "Validate CareBridge FHIR R4 messages offline, write the standard's examples, convert HL7 v2 ADT"
        + " feeds and CLD extracts to FHIR.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  carebridge validate bundle.json                  validate one file",
        "  carebridge validate messages/ --format junit > results.xml",
        "  cat bundle.xml | carebridge validate -           standard input, XML or JSON",
        "  carebridge validate --package uk-core.tgz export.ndjson",
        "  carebridge examples --out examples/",
        "  carebridge convert --from hl7v2 --council-ods SCC01 adt.hl7 --out fhir/",
        "  carebridge serve --port 8080                     FHIR $validate over HTTP",
        "",
        "Exit codes: 0 every input valid, 1 at least one invalid, 2 usage error or unreadable input.",
        "Nothing is fetched from the network.%n"})
final class CareBridgeCommand implements Runnable {

  private final InputStream stdin;
  private final boolean terminal;

  @Spec
  CommandSpec spec;

  CareBridgeCommand(InputStream stdin, boolean terminal) {
    this.stdin = stdin;
    this.terminal = terminal;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean terminal() {
    return terminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: validate, examples, convert, serve");
  }

  /** The version of this tool, from the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = CareBridgeCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "unknown");
  }

  /** {@code --version}: the tool, the FHIR package, HAPI and Java. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
          "carebridge " + version(),
          "FHIR package " + CareBridgePackage.NAME + " " + CareBridgePackage.VERSION + " (FHIR "
              + CareBridgePackage.FHIR_VERSION + ")",
          "HAPI FHIR " + ca.uhn.fhir.util.VersionUtil.getVersion() + ", Java " + System.getProperty("java.version")};
    }
  }
}
