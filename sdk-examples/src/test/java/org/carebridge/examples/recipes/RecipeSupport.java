package org.carebridge.examples.recipes;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Validator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.kit.ConformanceKit;
import org.carebridge.kit.internal.Issues;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** What the recipe tests share: the JVM's one validator, JSON, and a fixed clock for the sdk-core rules. */
final class RecipeSupport {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));
  static final Validator RULES = Validator.withClock(CLOCK);

  private RecipeSupport() {}

  static String json(IBaseResource resource) {
    return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource);
  }

  /** The ERROR and FATAL issues the CareBridge validator reports for a resource. */
  static List<Issue> errors(IBaseResource resource) {
    return Issues.validate(ConformanceKit.shared().validator(), FhirInput.of(json(resource)), null).errors();
  }
}
