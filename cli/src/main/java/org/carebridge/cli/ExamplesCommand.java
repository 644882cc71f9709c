package org.carebridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.carebridge.cli.internal.PackageExamples;
import org.carebridge.cli.internal.UserError;
import org.carebridge.profiles.CareBridgePackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carebridge examples --out DIR}. */
@Command(name = "examples", mixinStandardHelpOptions = true, versionProvider = CareBridgeCommand.Version.class,
    description = "Write the CareBridge standard's example Bundles (discharge messages, the joint care plan"
        + " Bundle) from the FHIR package " + CareBridgePackage.NAME + " " + CareBridgePackage.VERSION
        + " to a directory, one JSON file each.",
    footerHeading = "%nExamples:%n",
    footer = {"  carebridge examples --out examples/ && carebridge validate examples/",
        "  carebridge examples --all --out examples/    every example, not only Bundles%n"})
final class ExamplesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write to (created if needed).")
  Path out;

  @Option(names = "--all", description = "Write every example resource, not only the Bundles.")
  boolean all;

  @Option(names = "--force", description = "Overwrite files that already exist.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out " + out + " exists and is not a directory");
    }
    Map<String, byte[]> examples = PackageExamples.read();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserError("cannot create directory " + out + ": " + e.getClass().getSimpleName());
    }
    int written = 0;
    for (Map.Entry<String, byte[]> e : examples.entrySet()) {
      if (!all && !e.getKey().startsWith("Bundle-")) {
        continue;
      }
      Path target = out.resolve(e.getKey());
      if (Files.exists(target) && !force) {
        throw new UserError(target + " already exists (use --force to overwrite)");
      }
      try {
        Files.write(target, e.getValue());
      } catch (IOException ex) {
        throw new UserError("cannot write " + target + ": " + ex.getClass().getSimpleName());
      }
      spec.commandLine().getOut().println(target);
      written++;
    }
    spec.commandLine().getErr().println("carebridge: wrote " + written + " examples to " + out);
    return Main.OK;
  }
}
