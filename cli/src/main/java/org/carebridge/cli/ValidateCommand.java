package org.carebridge.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.carebridge.cli.internal.Progress;
import org.carebridge.cli.internal.Runner;
import org.carebridge.cli.internal.Sources;
import org.carebridge.cli.internal.UserError;
import org.carebridge.cli.internal.Validators;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.service.report.Outcome;
import org.carebridge.service.report.Report;
import org.carebridge.service.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code carebridge validate PATH...}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = CareBridgeCommand.Version.class,
    sortOptions = false,
    description = {
        "Validate FHIR R4 resources, Bundles and messages against FHIR R4 and the CareBridge standard, offline.",
        "",
        "PATH is a file (JSON or XML, detected from the content), an NDJSON file (.ndjson or .jsonl: one resource"
            + " per line, each line reported by its number), a directory (every .json, .xml, .ndjson and .jsonl"
            + " file below it, in path order) or - for standard input.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  carebridge validate bundle.json",
        "  carebridge validate profiles/src/main/fhir/package/examples",
        "  carebridge validate --format junit --output results.xml messages/",
        "  carebridge validate --format html --output report.html export.ndjson",
        "  carebridge validate --severity error messages/   (lists errors only)",
        "  curl -s https://example.org/b.json | carebridge validate -",
        "  carebridge validate --package fhir.r4.ukcore.stu2-2.0.2.tgz messages/",
        "  carebridge validate --package-cache ~/fhir-packages --profile URL patient.json",
        "",
        "Exit codes: 0 every input valid, 1 at least one invalid, 2 usage error or unreadable input.%n"})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand
  CareBridgeCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). text: one line per issue"
          + " (input, location, severity, code, message) and a summary; json: one JSON document; operationoutcome: a"
          + " FHIR OperationOutcome, or a Bundle of them for several inputs; junit: JUnit XML, one test case per"
          + " input; html: a self-contained page for a browser.")
  Report.Format format;

  @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "information",
      description = "Least severe issues to show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, every issue)."
          + " error shows errors only, warning errors and warnings. It filters what the report lists only: the"
          + " summary, the counts and the exit code still reflect every issue.")
  Report.Level severity;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Mixin
  PackageOptions packageOptions = new PackageOptions();

  @Option(names = "--profile", paramLabel = "URL",
      description = "Validate every input against this profile (canonical URL), as well as the profiles it claims.")
  String profile;

  @Option(names = {"-W", "--warnings-as-errors"}, description = "An input with a warning is invalid (exit code 1).")
  boolean warningsAsErrors;

  @Option(names = "--ndjson", description = "Read every input as NDJSON, whatever its name.")
  boolean ndjson;

  @Option(names = "--progress",
      description = "Show progress on standard error (inputs done out of the total, how many to go, errors so far,"
          + " inputs and resources per second)"
          + " even when it is not a terminal; it is shown on a terminal anyway when there are several inputs.")
  boolean progress;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Validation threads (default: ${DEFAULT-VALUE}). Output order never depends on it.")
  int threads;

  @Option(names = "--max-input-bytes", paramLabel = "N", description = "Largest input, or NDJSON line, in UTF-8 bytes"
      + " (default: " + CareBridgeValidator.DEFAULT_MAX_INPUT_BYTES + ", 16 MiB).")
  long maxInputBytes = CareBridgeValidator.DEFAULT_MAX_INPUT_BYTES;

  @Option(names = "--no-fast-path",
      description = "Send every input through the HL7 validation engine (a reference run). By default inputs the fast"
          + " path is sure are free of errors are answered by it; verdicts and messages are the same either way.")
  boolean noFastPath;

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || threads > 64) {
      throw new UserError("--threads must be between 1 and 64, got " + threads);
    }
    if (profile != null && !(profile.startsWith("http://") || profile.startsWith("https://")
        || profile.startsWith("urn:"))) {
      throw new UserError("--profile must be a canonical URL (http://, https:// or urn:), got '" + profile + "'");
    }
    if (output != null && Files.isDirectory(output)) {
      throw new UserError("--output " + output + " is a directory");
    }
    List<Sources.Source> sources = Sources.expand(paths);
    for (Sources.Source s : sources) {
      if (s instanceof Sources.Missing m) {
        spec.commandLine().getErr().println("carebridge: cannot read " + m.label() + ": " + m.reason());
      }
    }
    if (maxInputBytes <= 0) {
      throw new UserError("--max-input-bytes must be positive, got " + maxInputBytes);
    }
    List<Object> settings = new ArrayList<>(limits.key());
    settings.add(maxInputBytes);
    settings.add(noFastPath ? "no-fast-path" : "fast-path");
    CareBridgeValidator validator = packageOptions.validator(settings, b -> {
      limits.applyTo(b.maxInputBytes(maxInputBytes));
      if (noFastPath) {
        b.withoutFastPath();
      }
    });
    Validators.printNotices(validator, spec.commandLine().getErr());
    Function<FhirInput, Result<Void>> check = check(validator, profile);
    Report.Run run = new Report.Run(CareBridgeCommand.version(), validator.packages(), profile, warningsAsErrors,
        severity);
    PrintWriter out = output == null ? spec.commandLine().getOut() : open(output);
    try {
      Report report = Report.of(format, out, run);
      Summary summary = new Summary();
      Progress bar = new Progress(spec.commandLine().getErr(), progress || parent.terminal(),
          parent.terminal() && !progress);
      new Runner(check, warningsAsErrors, threads, maxInputBytes, ndjson)
          .run(sources, parent.stdin(), (Outcome o) -> {
            summary.add(o);
            if (output == null && !o.shown(severity).isEmpty()) {
              bar.clear(); // the report may go to the same terminal
            }
            report.add(o);
            bar.add(o);
          }, bar.enabled() ? bar::total : null, bar.enabled() ? bar::resources : null);
      bar.finish();
      report.finish(summary);
      if (output != null) {
        spec.commandLine().getErr().println("carebridge: " + summary.line() + "; report written to " + output);
      }
      return summary.exitCode();
    } finally {
      if (output != null) {
        out.close();
      } else {
        out.flush();
      }
    }
  }

  static Function<FhirInput, Result<Void>> check(CareBridgeValidator validator, String profile) {
    if (profile == null) {
      return validator::validate;
    }
    return input -> validator.validate(input, profile);
  }

  private static PrintWriter open(Path file) {
    try {
      return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getClass().getSimpleName());
    }
  }
}
