package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Category of a CareBridge care plan.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/care-plan-category}.
 */
public enum CarePlanCategory implements Coded {
  /** Joint health and social care plan ({@code joint-health-social-care}). */
  JOINT_HEALTH_SOCIAL_CARE("joint-health-social-care", "Joint health and social care plan");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "care-plan-category";

  private final String code;
  private final String display;

  CarePlanCategory(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<CarePlanCategory> fromCode(String code) {
    return CodeLookup.find(values(), code);
  }

  /** {@inheritDoc} */
  @Override
  public String system() {
    return SYSTEM;
  }

  /** {@inheritDoc} */
  @Override
  public String code() {
    return code;
  }

  /** {@inheritDoc} */
  @Override
  public String display() {
    return display;
  }


}
