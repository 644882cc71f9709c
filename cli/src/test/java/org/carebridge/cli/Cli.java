package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the command in-process with captured streams, the way the tests use it. */
final class Cli {

  /**
   * The package's discharge notice example with one warning and nothing else changed: its Patient has no
   * narrative, which FHIR's dom-6 best practice rule ("a resource should have narrative") reports as a warning.
   * The example itself has no warning; the tests of severity ordering and filtering need one.
   */
  static byte[] dischargeWithWarning() throws java.io.IOException {
    ca.uhn.fhir.context.FhirContext fhir = ca.uhn.fhir.context.FhirContext.forR4Cached();
    org.hl7.fhir.r4.model.Bundle bundle = fhir.newJsonParser().parseResource(org.hl7.fhir.r4.model.Bundle.class,
        new String(org.carebridge.cli.internal.PackageExamples.read().get("Bundle-discharge-notice-example.json"),
            StandardCharsets.UTF_8));
    bundle.getEntry().stream().map(org.hl7.fhir.r4.model.Bundle.BundleEntryComponent::getResource)
        .filter(org.hl7.fhir.r4.model.Patient.class::isInstance).map(org.hl7.fhir.r4.model.Patient.class::cast)
        .findFirst().orElseThrow().setText(null);
    return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What one run produced.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error, without the once-per-run notices
   * @param notices the notice lines ({@code carebridge: notice (CB-PACKAGE-001): ...}), tested on their own
   */
  record Result(int exitCode, String out, String err, List<String> notices) {}

  /** How a once-per-run notice starts on standard error. */
  static final String NOTICE = "carebridge: notice (";

  static final String VALID_PATIENT = """
      {"resourceType":"Patient","id":"p1",
       "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">A person</div>"},
       "gender":"female"}
      """;

  static final String INVALID_PATIENT = """
      {"resourceType":"Patient","id":"p2",
       "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">A person</div>"},
       "gender":"banana"}
      """;

  static final String VALID_PATIENT_XML = """
      <Patient xmlns="http://hl7.org/fhir">
        <id value="p3"/>
        <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">A person</div></text>
        <gender value="male"/>
      </Patient>
      """;

  private Cli() {}

  static Result run(String... args) {
    return runWithStdin("", args);
  }

  static Result runWithStdin(String stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(in, new PrintWriter(out, true), new PrintWriter(err, true), false).execute(args);
    StringBuilder errors = new StringBuilder();
    List<String> notices = new ArrayList<>();
    for (String line : err.toString().split("(?<=\n)")) {
      if (line.startsWith(NOTICE)) {
        notices.add(line.strip());
      } else {
        errors.append(line);
      }
    }
    Result r = new Result(code, out.toString(), errors.toString(), List.copyOf(notices));
    // Never a stack trace, whatever happened.
    assertThat(r.err()).doesNotContain("\tat ").doesNotContainPattern("(?m)^\\s+at [a-z]+\\.");
    assertThat(r.out()).doesNotContain("\tat ");
    return r;
  }
}
