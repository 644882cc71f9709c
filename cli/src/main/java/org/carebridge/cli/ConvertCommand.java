package org.carebridge.cli;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.carebridge.cld.CldConverter;
import org.carebridge.cld.CldSink;
import org.carebridge.cli.internal.Progress;
import org.carebridge.cli.internal.SecretFiles;
import org.carebridge.cli.internal.UserError;
import org.carebridge.cli.internal.Validators;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.hl7v2.AdtConversion;
import org.carebridge.hl7v2.AdtConverter;
import org.carebridge.hl7v2.AdtMessage;
import org.carebridge.service.ConversionSettings;
import org.carebridge.service.report.Issues;
import org.carebridge.service.report.Report;
import org.carebridge.service.report.TextReport;
import org.hl7.fhir.r4.model.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code carebridge convert --from hl7v2|cld INPUT... --out DIR}. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = CareBridgeCommand.Version.class,
    sortOptions = false,
    description = {
        "Convert hospital HL7 v2 ADT messages (2.3 to 2.5.1, MLLP-framed or plain, one or many per file) or council"
            + " Client Level Data (CLD) CSV extracts into CareBridge FHIR Bundles, one JSON file each (or NDJSON"
            + " with --ndjson), and check every Bundle written with the validator of 'carebridge validate'.",
        "",
        "Every issue found (in the input, in the records made, and the validator's issues of the Bundles written)"
            + " is printed, one line each, errors first for each input and each file written, and written to"
            + " DIR/conversion-report.txt; the summary counts them all. Advice names this command's options.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  carebridge convert --from hl7v2 --council-ods SCC01 \\",
        "      --council-name 'Staffordshire County Council' \\",
        "      --ready-date-field ZDR-1 --pathway 1 adt/*.hl7 --out fhir/",
        "  carebridge convert --from cld --council-ods SCC01 \\",
        "      --council-name 'Staffordshire County Council' \\",
        "      --period 2026-10-01..2026-12-31 cld-q3.csv --out fhir/ --ndjson",
        "",
        "Exit codes: 0 no errors, 1 at least one error (rows or messages with errors are reported and left out),"
            + " 2 usage error or unreadable input.%n"})
final class ConvertCommand implements Callable<Integer> {

  /** The report written next to the Bundles. */
  static final String REPORT_FILE = "conversion-report.txt";

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");

  /** The input formats. */
  enum From { hl7v2, cld }

  @Spec
  CommandSpec spec;

  @ParentCommand
  CareBridgeCommand parent;

  @Option(names = "--from", required = true, paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES}.")
  From from;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files (HL7 v2 messages or CLD CSV extracts).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory for the Bundles and the report.")
  Path out;

  @Option(names = "--ndjson", description = "Write the Bundles as NDJSON (one file per input for hl7v2, one file for"
      + " cld) instead of one JSON file per Bundle.")
  boolean ndjson;

  @Option(names = "--council-ods", paramLabel = "CODE",
      description = "The council's ODS code (required for cld; for hl7v2, the council notified).")
  String councilOds;

  @Option(names = "--council-name", paramLabel = "NAME", description = "The council's name (required for cld).")
  String councilName;

  @Option(names = "--council-id", paramLabel = "ID", description = "Record id of the council's Organization.")
  String councilId;

  @Option(names = "--hospital-ods", paramLabel = "CODE", description = "hl7v2: the hospital trust's ODS code.")
  String hospitalOds;

  @Option(names = "--hospital-name", paramLabel = "NAME", description = "hl7v2: the hospital trust's name.")
  String hospitalName;

  @Option(names = "--site", paramLabel = "CODE",
      description = "hl7v2: ODS site code of the wards when PV1-3.4 has none.")
  String site;

  @Option(names = "--ready-date-field", paramLabel = "SEG-n[.c]",
      description = "hl7v2: the field that carries the discharge ready date, e.g. ZDR-1 or PV2-9 (no default: without"
          + " it no discharge ready date notification is made).")
  String readyDateField;

  @Option(names = "--clinician-identifier-system", paramLabel = "URI",
      description = "hl7v2: identifier system of the trust's own staff codes in PV1-7 (attending doctor), for codes that"
          + " are not GMC numbers; without it such a lead clinician is left out with a warning.")
  String clinicianIdentifierSystem;

  @Option(names = "--spell-number-system", paramLabel = "URI",
      description = "hl7v2: identifier system of the trust's visit (spell) numbers in PV1-19, sent as the stay's"
          + " identifier; without it PV1-19 only keys the stay.")
  String spellNumberSystem;

  @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
      description = "hl7v2: a file of at least 32 secret bytes (e.g. head -c 32 /dev/urandom > FILE): people known by"
          + " NHS number only get ids keyed with it (HMAC-SHA256), the same in every run; without it their ids are"
          + " random in each run.")
  Path pseudonymKeyFile;

  @Option(names = "--pathway", paramLabel = "0-3", description = "hl7v2: the discharge pathway to state (0 to 3).")
  Integer pathway;

  @Option(names = "--assessment-notices", description = "hl7v2: A01 admissions produce assessment notices.")
  boolean assessmentNotices;

  @Option(names = "--max-input-bytes", paramLabel = "N",
      description = "hl7v2: the size limit of one input file, in bytes (default: 8388608, 8 MiB).")
  Long maxInputBytes;

  @Option(names = "--period", paramLabel = "START..END",
      description = "cld: accept only rows of this reporting period, e.g. 2026-10-01..2026-12-31.")
  String period;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "cld: the character set of the extracts (default: UTF-8), e.g. windows-1252.")
  String charset;

  @Option(names = "--fhir-base", paramLabel = "URL", description = "Base of the Bundle entries' fullUrls.")
  String fhirBase;

  @Option(names = "--no-validate", description = "Do not validate the Bundles written.")
  boolean noValidate;

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "information",
      description = "Least severe issues to show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, every issue)."
          + " It filters what is printed (and written to the report file) only: the summary and the exit code"
          + " still reflect every issue.")
  Report.Level severity;

  @Option(names = "--progress",
      description = "Show progress on standard error (messages or people done out of the total, how many to go,"
          + " errors so far) even when it is not a terminal; it is shown on a terminal anyway.")
  boolean progress;

  /** The issues of one input, or of one Bundle written; shown together, errors first. */
  private record Group(String label, List<Issue> issues) {}

  private final List<Group> groups = new ArrayList<>();
  private final Set<String> usedNames = new HashSet<>();
  private int errors;
  private int warnings;
  private int information;
  private int unreadable;
  private int bundles;
  private Progress bar;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out " + out + " exists and is not a directory");
    }
    for (Path in : inputs) {
      if (!Files.isRegularFile(in)) {
        String why = Files.exists(in) ? "not a regular file" : "no such file or directory";
        spec.commandLine().getErr().println("carebridge: cannot read " + in + ": " + why);
      }
    }
    Runnable converter = from == From.hl7v2 ? hl7v2() : cld();
    if (!noValidate) {
      Validators.printNotices(validator(), spec.commandLine().getErr());
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserError("cannot create directory " + out + ": " + e.getClass().getSimpleName());
    }
    boolean terminal = parent != null && parent.terminal();
    bar = new Progress(spec.commandLine().getErr(), progress || terminal, terminal && !progress, "converted",
        from == From.hl7v2 ? "messages" : "people");
    converter.run();
    bar.finish();
    List<String> lines = new ArrayList<>();
    for (Group g : groups) {
      for (Issue i : Result.empty(g.issues()).issues()) {
        if (severity.shows(i.severity())) {
          lines.add(line(g.label(), i));
        }
      }
    }
    lines.add(inputs.size() + (inputs.size() == 1 ? " input, " : " inputs, ") + bundles
        + (bundles == 1 ? " Bundle" : " Bundles") + " written to " + out + "; " + errors
        + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + information + " information");
    Path report = out.resolve(REPORT_FILE);
    try {
      Files.write(report, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + report + ": " + e.getClass().getSimpleName());
    }
    PrintWriter o = spec.commandLine().getOut();
    lines.forEach(o::println);
    o.flush();
    return unreadable > 0 ? Main.USAGE : errors > 0 ? Main.INVALID : Main.OK;
  }

  /** The settings of this run, from the options: the same code turns the service's parameters into converters. */
  private ConversionSettings settings() {
    ConversionSettings.Builder s = ConversionSettings.builder(ConversionSettings.Naming.OPTIONS)
        .set("council-ods", councilOds).set("council-name", councilName).set("council-id", councilId)
        .set("hospital-ods", hospitalOds).set("hospital-name", hospitalName).set("site", site)
        .set("ready-date-field", readyDateField).set("clinician-identifier-system", clinicianIdentifierSystem)
        .set("spell-number-system", spellNumberSystem).set("pathway", pathway == null ? null : pathway.toString())
        .set("assessment-notices", assessmentNotices ? "true" : null)
        .set("max-input-bytes", maxInputBytes == null ? null : maxInputBytes.toString()).set("period", period)
        .set("charset", charset).set("fhir-base", fhirBase);
    if (pseudonymKeyFile != null) {
      s.pseudonymKey(pseudonymKey(pseudonymKeyFile));
    }
    return s.build();
  }

  private Runnable hl7v2() {
    AdtConverter converter;
    try {
      converter = settings().adtConverter();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    return () -> {
      long messages = 0;
      for (int k = 0; k < inputs.size(); k++) {
        Path in = inputs.get(k);
        Group input = group(in.toString());
        if (!Files.isRegularFile(in)) {
          report(input, Issues.input(IssueCode.CLI_INPUT_UNREADABLE, "The input cannot be read"));
          continue;
        }
        Result<AdtConversion> conversion = converter.convert(in);
        String stem = stem(in);
        conversion.issues().forEach(i -> report(input, i));
        messages += conversion.orElseThrow().messages().size();
        if (k == inputs.size() - 1) {
          bar.total(messages); // known once the last input has been read
        }
        try (Output output = new Output(stem + ".ndjson")) {
          for (AdtMessage r : conversion.orElseThrow().messages()) {
            int before = errors;
            r.bundle().ifPresent(bundle -> {
              String event = r.event().isEmpty() ? "" : "-" + r.event().toLowerCase(Locale.ROOT);
              output.add(bundle, stem + "-" + (r.index() + 1) + event + ".json");
            });
            int found = r.result().errors().size() + errors - before;
            bar.add(found > 0, found);
          }
        }
      }
    };
  }

  private Runnable cld() {
    CldConverter converter;
    try {
      converter = settings().cldConverter();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    return () -> {
      List<Path> readable = new ArrayList<>();
      for (Path in : inputs) {
        if (Files.isRegularFile(in)) {
          readable.add(in);
        } else {
          report(group(in.toString()), Issues.input(IssueCode.CLI_INPUT_UNREADABLE,
              "The input cannot be read"));
        }
      }
      if (readable.isEmpty()) {
        return;
      }
      Group extracts = group(readable.size() == 1 ? readable.get(0).toString()
          : "(" + readable.size() + " extracts)");
      try (Output output = new Output("cld-bundles.ndjson")) {
        converter.convert(readable, new CldSink() {
          private int people;

          @Override
          public void people(int count) {
            bar.total(count);
          }

          @Override
          public void accept(Bundle bundle) {
            people++;
            int before = errors;
            String id = bundle.getIdElement().getIdPart();
            output.add(bundle, (id != null && SAFE_ID.matcher(id).matches() ? id : "person-" + people) + ".json");
            bar.add(errors > before, errors - before);
          }

          @Override
          public void issue(Issue issue) {
            report(extracts, issue);
          }
        });
      }
    };
  }

  /**
   * Reads the pseudonym key: the file's bytes, exactly (also {@code serve}'s).
   */
  static byte[] pseudonymKey(Path file) {
    byte[] key = SecretFiles.read(file, "--pseudonym-key-file");
    if (key.length < 32) {
      throw new UserError("--pseudonym-key-file " + file + " holds " + key.length + " bytes; a key needs at least 32"
          + " (make one with: head -c 32 /dev/urandom > " + file + ")");
    }
    return key;
  }

  /**
   * Writes each Bundle as soon as it is made (so an extract of millions of rows never has all its Bundles in
   * memory), to its own JSON file or as one line of an NDJSON file, and validates what was written. File names
   * are unique within a run: a second input with the same base name gets {@code -2}, {@code -3}... rather than
   * overwriting the first one's output.
   */
  private final class Output implements AutoCloseable {
    private final String ndjsonName;
    private final CareBridgeValidator validator = noValidate ? null : validator();
    private final FhirContext ctx = FhirContext.forR4Cached();
    private Writer ndjsonWriter;
    private Path ndjsonFile;
    private int line;

    Output(String ndjsonName) {
      this.ndjsonName = ndjsonName;
    }

    void add(Bundle bundle, String name) {
      try {
        if (ndjson) {
          if (ndjsonWriter == null) {
            ndjsonFile = out.resolve(unique(ndjsonName));
            ndjsonWriter = Files.newBufferedWriter(ndjsonFile, StandardCharsets.UTF_8);
          }
          String json = ctx.newJsonParser().encodeResourceToString(bundle);
          ndjsonWriter.write(json);
          ndjsonWriter.write('\n');
          line++;
          check(validator, json, ndjsonFile.toString(), line);
        } else {
          Path file = out.resolve(unique(name));
          String json = ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
          Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
          check(validator, json, file.toString(), 0);
        }
        bundles++;
      } catch (IOException e) {
        throw new UserError("cannot write to " + out + ": " + e.getClass().getSimpleName());
      }
    }

    @Override
    public void close() {
      if (ndjsonWriter != null) {
        try {
          ndjsonWriter.close();
        } catch (IOException e) {
          throw new UserError("cannot write " + ndjsonFile + ": " + e.getClass().getSimpleName());
        }
      }
    }
  }

  /** The name, or the name with {@code -2}, {@code -3}... before its extension when this run has used it. */
  private String unique(String name) {
    if (usedNames.add(name)) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n + ext;
      if (usedNames.add(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * Validates a Bundle written and reports the validator's issues (errors, warnings and information) under the
   * file's name, as {@code carebridge validate} would show them for that file or NDJSON line.
   *
   * @param ndjsonLine the line of an NDJSON file, or 0 for a file of its own
   */
  private void check(CareBridgeValidator validator, String json, String file, int ndjsonLine) {
    if (validator == null) {
      return;
    }
    Result<Void> r = validator.validate(FhirInput.of(json));
    if (r.issues().isEmpty()) {
      return;
    }
    Group written = group(file);
    for (Issue i : r.issues()) {
      report(written, ndjsonLine > 0 ? Issues.atLine(i, ndjsonLine) : i);
    }
  }

  private Group group(String label) {
    Group g = new Group(label, new ArrayList<>());
    groups.add(g);
    return g;
  }

  private void report(Group group, Issue i) {
    switch (i.severity()) {
      case FATAL, ERROR -> errors++;
      case WARNING -> warnings++;
      case INFORMATION -> information++;
    }
    if (i.severity() == Severity.FATAL && (i.code().equals(IssueCode.CLI_INPUT_UNREADABLE.code())
        || i.code().equals(IssueCode.HL7_INPUT_UNREADABLE.code()) || i.code().equals(IssueCode.CLD_UNREADABLE_INPUT.code()))) {
      unreadable++;
    }
    group.issues().add(i);
  }

  private static String line(String label, Issue i) {
    StringBuilder b = new StringBuilder(label);
    if (i.hasPosition()) {
      b.append(':').append(i.line()).append(':').append(i.column());
    }
    b.append(' ').append(TextReport.location(i)).append(' ').append(i.severity()).append(' ')
        .append(i.code()).append(": ").append(TextReport.oneLine(i.message()));
    return b.toString();
  }

  /** The validator of the Bundles written: the CareBridge package, with the limits given. */
  private CareBridgeValidator validator() {
    return Validators.get(List.of(), null, limits.key(), limits::applyTo);
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String s = dot > 0 ? n.substring(0, dot) : n;
    return s.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
