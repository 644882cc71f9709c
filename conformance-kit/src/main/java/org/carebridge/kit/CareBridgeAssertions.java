package org.carebridge.kit;

import org.carebridge.core.validation.Result;
import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.Objects;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.FhirInput;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One-line conformance assertions for a vendor's own tests (JUnit 5, JUnit 4, TestNG: any framework that treats
 * an {@link AssertionError} as a failure).
 *
 * <pre>{@code
 * CareBridgeAssertions.assertConforms(myMapper.toFhir(record));
 * }</pre>
 *
 * <p>Without a kit argument they use {@link ConformanceKit#shared()}, built once per JVM. The failure message
 * lists every error and warning ({@code ERROR code at location (line:column): message}); like every message of
 * the SDK it never contains a person's name or a full NHS number.
 */
public final class CareBridgeAssertions {

  private CareBridgeAssertions() {}

  /**
   * Asserts that FHIR JSON or XML text conforms (no ERROR or FATAL issue).
   *
   * @param fhir the resource, Bundle or message
   * @throws AssertionError listing the issues when it does not conform
   */
  public static void assertConforms(String fhir) {
    assertConforms(ConformanceKit.shared(), fhir);
  }

  /**
   * Asserts that a FHIR JSON or XML file conforms.
   *
   * @param file the file
   * @throws AssertionError listing the issues when it does not conform
   */
  public static void assertConforms(Path file) {
    assertConforms(ConformanceKit.shared(), file);
  }

  /**
   * Asserts that a HAPI FHIR R4 resource conforms (it is serialised to JSON and validated).
   *
   * @param resource the resource, Bundle or message
   * @throws AssertionError listing the issues when it does not conform
   */
  public static void assertConforms(IBaseResource resource) {
    assertConforms(ConformanceKit.shared(), resource);
  }

  /**
   * Same as {@link #assertConforms(String)} with a kit of your own (extra packages, a forced profile...).
   *
   * @param kit the kit
   * @param fhir the resource as JSON or XML
   * @throws AssertionError listing the issues when it does not conform
   */
  public static void assertConforms(ConformanceKit kit, String fhir) {
    Objects.requireNonNull(fhir, "fhir must not be null");
    check(kit, "the FHIR text", FhirInput.of(fhir));
  }

  /**
   * Same as {@link #assertConforms(Path)} with a kit of your own.
   *
   * @param kit the kit
   * @param file the file
   * @throws AssertionError listing the issues when it does not conform
   */
  public static void assertConforms(ConformanceKit kit, Path file) {
    Objects.requireNonNull(file, "file must not be null");
    check(kit, "file " + file.getFileName(), FhirInput.of(file));
  }

  /**
   * Same as {@link #assertConforms(IBaseResource)} with a kit of your own.
   *
   * @param kit the kit
   * @param resource the resource
   * @throws AssertionError listing the issues when it does not conform
   */
  public static void assertConforms(ConformanceKit kit, IBaseResource resource) {
    Objects.requireNonNull(resource, "resource must not be null");
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource);
    check(kit, "the " + resource.fhirType(), FhirInput.of(json));
  }

  private static void check(ConformanceKit kit, String what, FhirInput input) {
    Objects.requireNonNull(kit, "kit must not be null");
    FileResult file = kit.check(what, input);
    if (file.passed()) {
      return;
    }
    Result<Void> result = file.result();
    StringBuilder message = new StringBuilder();
    message.append(what).append(" does not conform to CareBridge: ").append(result.errors().size())
        .append(result.errors().size() == 1 ? " error" : " errors");
    if (!result.warnings().isEmpty()) {
      message.append(", ").append(result.warnings().size()).append(result.warnings().size() == 1 ? " warning" : " warnings");
    }
    for (Issue issue : result.issues()) {
      if (issue.severity() != Severity.INFORMATION) {
        message.append("\n  ").append(issue);
      }
    }
    throw new AssertionError(message.toString());
  }
}
