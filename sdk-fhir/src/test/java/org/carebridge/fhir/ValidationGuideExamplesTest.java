package org.carebridge.fhir;

import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.TestPackage;
import org.carebridge.fhir.testing.UkCore;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code shown in docs/sdk/validation.md, compiled and run (snippet regions are checked by sdk-core). */
class ValidationGuideExamplesTest {

  @TempDir
  static Path dir;

  static CareBridgeValidator validator;
  static Path extraPackage;
  static Path bundleFile;

  @BeforeAll
  static void setUp() throws Exception {
    extraPackage = dir.resolve("extra-package.tgz");
    Files.write(extraPackage, TestPackage.tgz());
    byte[] careBridge = Corpus.careBridgePackageOrNull();
    assertThat(careBridge).as("the profiles module puts the CareBridge package on the classpath").isNotNull();
    Map<String, String> examples = Corpus.packageExamples(careBridge);
    bundleFile = dir.resolve("discharged.json");
    Files.writeString(bundleFile, examples.get("Bundle-discharged-example.json"));
    // snippet:build
    CareBridgeValidator validator = CareBridgeValidator.builder()
        .addPackage(extraPackage) // optional: more FHIR packages (a .tgz file or a package folder)
        .build(); // takes seconds: build once, share between threads
    // end-snippet
    ValidationGuideExamplesTest.validator = validator;
  }

  @Test
  void validateAFile() {
    List<String> lines = new ArrayList<>();
    // snippet:validate-file
    Result<Void> report = validator.validate(FhirInput.of(bundleFile));
    if (!report.isValid()) {
      for (Issue issue : report.errors()) {
        lines.add(issue.code() + " at " + issue.location() + " line " + issue.line() + ": " + issue.message());
      }
    }
    // end-snippet
    assertThat(report.isValid()).as(report.issues().toString()).isTrue();
    assertThat(lines).isEmpty();
    assertThat(validator.packages()).containsExactly("uk.carebridge.r4#0.1.0", TestPackage.NAME + "#0.0.1");
  }

  @Test
  void packagesAndNotices(@TempDir Path packageCache) {
    Path ukCoreTgz = UkCore.tgz();
    List<String> log = new ArrayList<>();
    // snippet:packages
    CareBridgeValidator validator = CareBridgeValidator.builder()
        .packageCache(packageCache) // where declared dependencies are looked for (default: ~/.fhir/packages)
        .addPackage(ukCoreTgz) // a package given here comes first: a .tgz file or an unpacked package folder
        .build();
    List<String> loaded = validator.packages(); // uk.carebridge.r4#0.1.0, fhir.r4.ukcore.stu2#2.0.2
    for (Issue notice : validator.notices()) { // what this validator cannot check, said once
      log.add(notice.code() + ": " + notice.message());
    }
    // end-snippet
    assertThat(loaded).containsExactly("uk.carebridge.r4#0.1.0", UkCore.ID);
    assertThat(log).hasSize(2).allMatch(l -> l.startsWith(IssueCode.TERMINOLOGY_OFFLINE.code() + ": Code system http"))
        .anyMatch(l -> l.contains("http://snomed.info/sct")).anyMatch(l -> l.contains("http://loinc.org"));
  }

  @Test
  void fastPathSwitch() {
    Path ukCore = UkCore.tgz();
    CareBridgeValidator shipped = CareBridgeValidator.builder().withoutPackageCache().addPackage(ukCore).build();
    // snippet:fast-path
    CareBridgeValidator reference = CareBridgeValidator.builder()
        .addPackage(ukCore) // the packages of the plan: the fast path is used (fastPath() is true)
        .withoutFastPath() // every input through the HL7 engine, for a reference run
        .build();
    // end-snippet
    assertThat(shipped.fastPath()).isTrue();
    assertThat(reference.fastPath()).isFalse();
    assertThat(shipped.validate(FhirInput.of(bundleFile))).isEqualTo(reference.validate(FhirInput.of(bundleFile)));
  }

  @Test
  void withoutUkCore() {
    // snippet:without-uk-core
    CareBridgeValidator validator = CareBridgeValidator.builder()
        .withoutPackageCache() // only the packages given with addPackage: none here
        .build();
    Issue notice = validator.notices().get(0);
    // notice.code() == IssueCode.DEPENDENCY_MISSING.code() (CB-PACKAGE-001), severity WARNING:
    // "Package fhir.r4.ukcore.stu2#2.0.2, which uk.carebridge.r4#0.1.0 depends on, is not loaded: ..."
    // end-snippet
    assertThat(notice.code()).isEqualTo(IssueCode.DEPENDENCY_MISSING.code());
    assertThat(notice.severity()).isEqualTo(Severity.WARNING);
    assertThat(notice.message()).startsWith("Package " + UkCore.ID + ", which uk.carebridge.r4#0.1.0 depends on, is not loaded: ");
    assertThat(validator.packages()).containsExactly("uk.carebridge.r4#0.1.0");
  }

  @Test
  void personalValuesWithheld() {
    // snippet:withheld
    Result<Void> report = validator.validate("{\"resourceType\":\"Patient\",\"birthDate\":\"14/03/1942\"}");
    String message = report.errors().get(0).message();
    // "Not a valid date format: '(withheld: Patient.birthDate)'"
    // end-snippet
    assertThat(message).isEqualTo("Not a valid date format: '(withheld: Patient.birthDate)'");
    assertThat(report.errors()).singleElement().satisfies(i -> assertThat(i.location().text()).isEqualTo("Patient.birthDate"));
  }

  @Test
  void brokenInput() {
    // snippet:broken-input
    Result<Void> report = validator.validate("{\"resourceType\": \"Patient\", \"gender\": }");
    Issue issue = report.issues().get(0);
    // issue.severity() == FATAL, issue.code() == IssueCode.JSON_MALFORMED.code(), line 1, column 39
    // end-snippet
    assertThat(issue.severity()).isEqualTo(Severity.FATAL);
    assertThat(issue.code()).isEqualTo(IssueCode.JSON_MALFORMED.code());
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isEqualTo(39);
  }

  @Test
  void ndjson() throws Exception {
    String ndjson = Corpus.validPatient().replace("\n", "") + "\n{\"resourceType\":\"Patient\",\"gender\":\"x\"}\n";
    // snippet:ndjson
    List<Result<Void>> reports = validator.validateNdjson(new StringReader(ndjson));
    long invalidLines = reports.stream().filter(r -> !r.isValid()).count();
    // end-snippet
    assertThat(reports).hasSize(2);
    assertThat(invalidLines).isEqualTo(1);
    assertThat(reports.get(1).errors()).allSatisfy(i -> assertThat(i.line()).isEqualTo(2));
  }

  @Test
  void operationOutcome() {
    Result<Void> report = validator.validate("{\"resourceType\":\"Patient\",\"gender\":\"x\"}");
    // snippet:operation-outcome
    OperationOutcome outcome = OperationOutcomes.of(report);
    // end-snippet
    assertThat(outcome.getIssue()).hasSameSizeAs(report.issues());
  }

  @Test
  void ruleSource() {
    // snippet:rule-source
    RuleSource noTestPatients = new RuleSource() {
      @Override
      public String id() {
        return "example-rules";
      }

      @Override
      public List<Issue> check(Resource resource) {
        if (resource.getIdPart() != null && resource.getIdPart().startsWith("test-")) {
          return List.of(Issue.builder("EX-1", Severity.ERROR).location(Location.fhirPath(resource.fhirType()))
              .message("Test records must not be sent").source(id()).build());
        }
        return List.of();
      }
    };
    CareBridgeValidator withRules = CareBridgeValidator.builder()
        .addRuleSource(noTestPatients)
        .maxInputBytes(2 * 1024 * 1024) // refuse inputs over 2 MiB
        .maxDepth(48) // and nesting deeper than 48 levels
        .build();
    // end-snippet
    Result<Void> report = withRules.validate("{\"resourceType\":\"Basic\",\"id\":\"test-1\",\"code\":{\"text\":\"x\"}}");
    assertThat(report.errors()).extracting(Issue::code).containsExactly("EX-1");
  }
}
