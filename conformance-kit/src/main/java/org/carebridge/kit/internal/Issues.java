package org.carebridge.kit.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.core.validation.Result;

/** Runs the validator and turns its report into sdk-core issues. Not API. */
public final class Issues {

  /** FHIRPath comments the HL7 validator puts in locations, e.g. {@code resource/*Patient/x*}{@code /}. */
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/");

  private Issues() {}

  /**
   * Validates one input, optionally against a profile the instance does not claim.
   *
   * @param validator the validator
   * @param input the input
   * @param profile the profile URL, or null for the profiles the instance claims
   * @return what validating it found
   */
  public static Result<Void> validate(CareBridgeValidator validator, FhirInput input, String profile) {
    return profile == null ? validator.validate(input) : validator.validate(input, profile);
  }

  /**
   * A location without the validator's FHIRPath comments and white space, for comparisons:
   * {@code Bundle.entry[0].resource/*Patient/x*}{@code /.identifier[0]} becomes
   * {@code Bundle.entry[0].resource.identifier[0]}.
   *
   * @param location a location
   * @return the normalised location
   */
  public static String normaliseLocation(String location) {
    return COMMENT.matcher(location).replaceAll("").replaceAll("\\s+", "");
  }
}
