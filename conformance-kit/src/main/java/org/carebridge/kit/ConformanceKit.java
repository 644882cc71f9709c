package org.carebridge.kit;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.kit.internal.Issues;

/**
 * The vendor's conformance check: point it at a folder of your system's output and get a pass / fail verdict per
 * file, with every issue.
 *
 * <pre>{@code
 * ConformanceKit kit = ConformanceKit.builder().build();      // seconds: build once
 * ConformanceReport report = kit.check(Path.of("target/carebridge-out"));
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>A file passes when the {@link CareBridgeValidator} finds no ERROR or FATAL issue in it (optionally no
 * WARNING either). Files are the {@code .json} and {@code .xml} files under the folder, recursively, in path
 * order; hidden files and folders (name starting with {@code .}) are skipped. Immutable and thread-safe.
 */
public final class ConformanceKit {

  /** System property that pins "today" for {@link #shared()}: an ISO date. */
  public static final String TODAY_PROPERTY = "carebridge.conformance.today";

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private static volatile ConformanceKit shared;

  private final CareBridgeValidator validator;
  private final String profile;
  private final boolean failOnWarnings;

  private ConformanceKit(CareBridgeValidator validator, String profile, boolean failOnWarnings) {
    this.validator = validator;
    this.profile = profile;
    this.failOnWarnings = failOnWarnings;
  }

  /**
   * A builder: the CareBridge package, no extra package, the profiles each instance claims, warnings allowed.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default kit, built on first use and then shared by every caller in this JVM (what
   * {@link CareBridgeAssertions} and {@link CareBridgeConformance} use). When the system property
   * {@value #TODAY_PROPERTY} holds an ISO date ({@code 2026-11-23}), the business rules take that day, noon in
   * England, as "now"; otherwise they use the system clock.
   *
   * @return the shared default kit
   * @throws IllegalArgumentException when the system property is not an ISO date
   */
  public static ConformanceKit shared() {
    ConformanceKit kit = shared;
    if (kit == null) {
      synchronized (ConformanceKit.class) {
        kit = shared;
        if (kit == null) {
          Builder builder = builder();
          String today = System.getProperty(TODAY_PROPERTY);
          if (today != null && !today.isBlank()) {
            LocalDate day;
            try {
              day = LocalDate.parse(today.strip());
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException(TODAY_PROPERTY + " must be an ISO date such as 2026-11-23");
            }
            builder.clock(Clock.fixed(day.atTime(12, 0).atZone(ENGLAND).toInstant(), ENGLAND));
          }
          kit = builder.build();
          shared = kit;
        }
      }
    }
    return kit;
  }

  /**
   * Checks the folders or files named on the command line with the shared kit, prints the text reports and exits
   * with status 0 when all pass, 1 when one fails, 2 on a usage error.
   *
   * <pre>{@code java -cp <class path> org.carebridge.kit.ConformanceKit target/carebridge-out}</pre>
   *
   * @param args the folders or files
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, java.io.PrintStream out) {
    if (args.length == 0) {
      out.println("usage: ConformanceKit <folder or file>...");
      return 2;
    }
    boolean passed = true;
    for (String arg : args) {
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        out.println("not found: " + arg);
        return 2;
      }
      ConformanceReport report = shared().check(path);
      out.print(report.toText());
      passed &= report.isPassed();
    }
    return passed ? 0 : 1;
  }

  /**
   * The validator this kit runs; share it when your code needs one too.
   *
   * @return the validator
   */
  public CareBridgeValidator validator() {
    return validator;
  }

  /**
   * Checks a folder (recursively) or a single file.
   *
   * @param folderOrFile what to check
   * @return one result per file; an empty folder gives one failed result coded {@code CB-KIT-001}
   * @throws NullPointerException when the path is null
   * @throws IllegalArgumentException when the path does not exist
   */
  public ConformanceReport check(Path folderOrFile) {
    Objects.requireNonNull(folderOrFile, "folderOrFile must not be null");
    if (!Files.exists(folderOrFile)) {
      throw new IllegalArgumentException("folderOrFile does not exist: " + folderOrFile);
    }
    List<FileResult> results = new ArrayList<>();
    if (Files.isRegularFile(folderOrFile)) {
      results.add(checkFile(folderOrFile, folderOrFile.getFileName().toString()));
    } else {
      for (Path file : listFiles(folderOrFile)) {
        results.add(checkFile(file, relative(folderOrFile, file)));
      }
      if (results.isEmpty()) {
        results.add(new FileResult(".", false, Result.empty(List.of(IssueCode.KIT_NO_FILES.issue(Location.whole(),
            "no .json or .xml file found in the folder")))));
      }
    }
    return new ConformanceReport(folderOrFile.toString(), results);
  }

  /**
   * Checks one input that is not a file (a message your system just produced, for example).
   *
   * @param name how the result names it
   * @param input the FHIR JSON or XML
   * @return the result
   * @throws NullPointerException when an argument is null
   */
  public FileResult check(String name, FhirInput input) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(input, "input must not be null");
    return result(name, Issues.validate(validator, input, profile));
  }

  private FileResult checkFile(Path file, String name) {
    // a file that cannot be read is the validator's CB-INPUT-008 (FATAL), like any other unreadable input
    return result(name, Issues.validate(validator, FhirInput.of(file), profile));
  }

  private FileResult result(String name, Result<Void> result) {
    boolean passed = result.isValid() && !(failOnWarnings && !result.warnings().isEmpty());
    return new FileResult(name, passed, result);
  }

  private static List<Path> listFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !hidden(folder, p))
          .filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".json") || n.endsWith(".xml");
          })
          .sorted(Comparator.comparing(p -> relative(folder, p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the folder " + folder, e);
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /**
   * Configures a {@link ConformanceKit}. Every setter checks its argument at once. Not thread-safe.
   */
  public static final class Builder {
    private final CareBridgeValidator.Builder validatorBuilder = CareBridgeValidator.builder();
    private CareBridgeValidator validator;
    private boolean packagesAdded;
    private String profile;
    private boolean failOnWarnings;
    private boolean clockSet;

    private Builder() {}

    /**
     * The clock the business rules read "today" from (a review date overdue, a notice issued in the future...).
     * Default: the system clock. Pin it in CI so that a report does not change with the date.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException when {@code clock} is null
     * @throws IllegalStateException when a validator was given with {@link #validator(CareBridgeValidator)}
     */
    public Builder clock(Clock clock) {
      Objects.requireNonNull(clock, "clock must not be null");
      if (validator != null) {
        throw new IllegalStateException("clock cannot be combined with validator(...): set the clock there");
      }
      validatorBuilder.clock(clock);
      clockSet = true;
      return this;
    }

    /**
     * Adds a FHIR package (.tgz) the validator also loads, for example UK Core.
     *
     * @param tgz the package file
     * @return this builder
     * @throws NullPointerException when {@code tgz} is null
     * @throws IllegalArgumentException when the file does not exist
     * @throws IllegalStateException when a validator was given with {@link #validator(CareBridgeValidator)}
     */
    public Builder addPackage(Path tgz) {
      Objects.requireNonNull(tgz, "tgz must not be null");
      if (!Files.isRegularFile(tgz)) {
        throw new IllegalArgumentException("tgz is not a file: " + tgz);
      }
      if (validator != null) {
        throw new IllegalStateException("addPackage cannot be combined with validator(...): add the package there");
      }
      validatorBuilder.addPackage(tgz);
      packagesAdded = true;
      return this;
    }

    /**
     * Validates every file against this profile, whether or not the file claims it in {@code meta.profile}
     * (for example {@code https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person}).
     *
     * @param profileUrl the canonical URL of a StructureDefinition the validator knows
     * @return this builder
     * @throws NullPointerException when {@code profileUrl} is null
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public Builder profile(String profileUrl) {
      Objects.requireNonNull(profileUrl, "profileUrl must not be null");
      if (!profileUrl.matches("https?://\\S+")) {
        throw new IllegalArgumentException("profileUrl must be an absolute http(s) URL");
      }
      profile = profileUrl;
      return this;
    }

    /**
     * Makes warnings fail a file too (default: only errors do).
     *
     * @param fail true to fail on warnings
     * @return this builder
     */
    public Builder failOnWarnings(boolean fail) {
      failOnWarnings = fail;
      return this;
    }

    /**
     * Uses a validator you have already built (and share) instead of building one.
     *
     * @param validator the validator
     * @return this builder
     * @throws NullPointerException when {@code validator} is null
     * @throws IllegalStateException when packages were added with {@link #addPackage(Path)}
     */
    public Builder validator(CareBridgeValidator validator) {
      Objects.requireNonNull(validator, "validator must not be null");
      if (packagesAdded || clockSet) {
        throw new IllegalStateException("validator(...) cannot be combined with addPackage or clock: set them there");
      }
      this.validator = validator;
      return this;
    }

    /**
     * Builds the kit; builds the validator unless one was given (a few seconds).
     *
     * @return the kit
     */
    public ConformanceKit build() {
      return new ConformanceKit(validator != null ? validator : validatorBuilder.build(), profile, failOnWarnings);
    }
  }
}
