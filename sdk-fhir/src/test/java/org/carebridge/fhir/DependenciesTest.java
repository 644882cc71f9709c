package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.testing.UkCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CareBridge package declares UK Core STU2 2.0.2: found among the given packages or in the FHIR package
 * cache, it is loaded and checked; missing, one notice says so and no message per element is given.
 */
class DependenciesTest {

  private static final Path EXAMPLES = Path.of("../profiles/src/main/fhir/package/examples");

  /** A Patient whose ethnic category (a UK Core extension) has a code UK Core's value set does not hold. */
  private static final String WRONG_ETHNIC_CATEGORY = """
      {"resourceType":"Patient","meta":{"profile":["https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person"]},
       "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">A person</div>"},
       "extension":[{"url":"https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory",
         "valueCodeableConcept":{"coding":[{"system":"https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland","code":"ZZ"}]}}],
       "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}],
       "name":[{"family":"Hollins","given":["Margaret"]}]}""";

  @Test
  void missingDependency_oneNotice_noMessagePerElement() throws IOException {
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutPackageCache().build();
    assertThat(validator.packages()).containsExactly("uk.carebridge.r4#0.1.0");
    assertThat(validator.notices()).filteredOn(n -> n.code().equals(IssueCode.DEPENDENCY_MISSING.code())).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo(IssueCode.DEPENDENCY_MISSING.code());
      assertThat(n.severity()).isEqualTo(Severity.WARNING);
      assertThat(n.message()).contains(UkCore.ID, "not checked", "fhir install fhir.r4.ukcore.stu2 2.0.2", "--package");
    });
    assertThat(validator.notices()).extracting(Issue::code)
        .containsExactly(IssueCode.DEPENDENCY_MISSING.code(), IssueCode.TERMINOLOGY_OFFLINE.code(), IssueCode.TERMINOLOGY_OFFLINE.code());
    for (Path example : examples()) {
      Result<Void> report = validator.validate(example);
      assertThat(report.errors()).as(example.toString()).isEmpty();
      assertThat(report.issues()).as(example.toString())
          .noneMatch(i -> i.message().contains("fhir.hl7.org.uk"))
          .as("'cannot be checked' for SNOMED CT or LOINC is the notices', said once").noneMatch(DependenciesTest::externalSystemUnchecked);
    }
    assertThat(validator.validate(WRONG_ETHNIC_CATEGORY).errors()).as("UK Core's binding is not checked without it")
        .isEmpty();
  }

  @Test
  void givenPackage_isLoadedAndChecked() throws IOException {
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutPackageCache().addPackage(UkCore.tgz()).build();
    assertThat(validator.packages()).containsExactly("uk.carebridge.r4#0.1.0", UkCore.ID);
    // one notice per external code system: SNOMED CT (the standard's value sets) and LOINC (FHIR's Consent category)
    assertThat(validator.notices()).hasSize(2).allSatisfy(n -> {
      assertThat(n.code()).isEqualTo(IssueCode.TERMINOLOGY_OFFLINE.code());
      assertThat(n.severity()).isEqualTo(Severity.INFORMATION);
      assertThat(n.message()).contains("membership");
    }).anySatisfy(n -> assertThat(n.message()).startsWith("Code system http://snomed.info/sct "))
        .anySatisfy(n -> assertThat(n.message()).startsWith("Code system http://loinc.org "));
    for (Path example : examples()) {
      Result<Void> report = validator.validate(example);
      assertThat(report.errors()).as(example.toString()).isEmpty();
      assertThat(report.issues()).as(example.toString()).noneMatch(DependenciesTest::externalSystemUnchecked);
    }
    List<Issue> errors = validator.validate(WRONG_ETHNIC_CATEGORY).errors();
    assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.location().text()).startsWith("Patient.extension[0]"));
  }

  @Test
  void packageCache_layoutSharedWithSushiAndTheHl7Validator(@TempDir Path cache) throws IOException {
    unpack(UkCore.tgz(), cache.resolve(UkCore.ID));
    List<Path> before = files(cache);
    CareBridgeValidator validator = CareBridgeValidator.builder().packageCache(cache).build();
    assertThat(validator.packages()).containsExactly("uk.carebridge.r4#0.1.0", UkCore.ID);
    assertThat(validator.notices()).extracting(Issue::code)
        .containsExactly(IssueCode.TERMINOLOGY_OFFLINE.code(), IssueCode.TERMINOLOGY_OFFLINE.code());
    assertThat(validator.validate(WRONG_ETHNIC_CATEGORY).isValid()).isFalse();
    assertThat(files(cache)).as("nothing is written into the cache").isEqualTo(before);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void packageFolder_canBeGivenDirectly(@TempDir Path dir) throws IOException {
    unpack(UkCore.tgz(), dir);
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutPackageCache().addPackage(dir.resolve("package")).build();
    assertThat(validator.packages()).containsExactly("uk.carebridge.r4#0.1.0", UkCore.ID);
    assertThat(validator.notices()).extracting(Issue::code)
        .containsExactly(IssueCode.TERMINOLOGY_OFFLINE.code(), IssueCode.TERMINOLOGY_OFFLINE.code());
  }

  @Test
  void givenPackageOfAnotherVersion_isUsed_withOneNotice(@TempDir Path dir) throws IOException {
    unpack(UkCore.tgz(), dir);
    Path manifest = dir.resolve("package").resolve("package.json");
    String json = Files.readString(manifest);
    Files.writeString(manifest, json.replaceFirst("\"version\"\\s*:\\s*\"2\\.0\\.2\"", "\"version\": \"2.0.3\""));
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutPackageCache().addPackage(dir.resolve("package")).build();
    assertThat(validator.packages()).contains("fhir.r4.ukcore.stu2#2.0.3");
    assertThat(validator.notices()).filteredOn(i -> i.code().equals(IssueCode.DEPENDENCY_VERSION.code()))
        .singleElement().satisfies(i -> {
          assertThat(i.severity()).isEqualTo(org.carebridge.core.validation.Severity.WARNING);
          assertThat(i.message()).contains("fhir.r4.ukcore.stu2").contains("2.0.3").contains("2.0.2");
        });
  }

  /** "Cannot be checked" for an external code system, which the notices say once instead. */
  private static boolean externalSystemUnchecked(Issue i) {
    return (i.message().contains("http://snomed.info/sct") && i.message().contains("not supported"))
        || i.message().contains("CodeSystem is unknown and can't be validated: http://loinc.org");
  }

  private static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  /** Unpacks a .tgz (a FHIR package) into a folder. */
  static void unpack(Path tgz, Path into) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(tgz)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into) || !e.isFile()) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.copy(tar, target);
      }
    }
  }
}
