package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * CLD primary support reason of a need.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/cld-primary-support-reason}.
 */
public enum PrimarySupportReason implements Coded {
  /** Physical Support: Access &amp; mobility only ({@code physical-access-mobility}). */
  PHYSICAL_ACCESS_MOBILITY("physical-access-mobility", "Physical Support: Access & mobility only"),
  /** Physical Support: Personal care support ({@code physical-personal-care}). */
  PHYSICAL_PERSONAL_CARE("physical-personal-care", "Physical Support: Personal care support"),
  /** Sensory Support: Support for visual impairment ({@code sensory-visual}). */
  SENSORY_VISUAL("sensory-visual", "Sensory Support: Support for visual impairment"),
  /** Sensory Support: Support for hearing impairment ({@code sensory-hearing}). */
  SENSORY_HEARING("sensory-hearing", "Sensory Support: Support for hearing impairment"),
  /** Sensory Support: Support for dual impairment ({@code sensory-dual}). */
  SENSORY_DUAL("sensory-dual", "Sensory Support: Support for dual impairment"),
  /** Support with Memory &amp; Cognition ({@code memory-cognition}). */
  MEMORY_COGNITION("memory-cognition", "Support with Memory & Cognition"),
  /** Learning Disability Support ({@code learning-disability}). */
  LEARNING_DISABILITY("learning-disability", "Learning Disability Support"),
  /** Mental Health Support ({@code mental-health}). */
  MENTAL_HEALTH("mental-health", "Mental Health Support"),
  /** Social Support: Substance misuse support ({@code social-substance-misuse}). */
  SOCIAL_SUBSTANCE_MISUSE("social-substance-misuse", "Social Support: Substance misuse support"),
  /** Social Support: Asylum seeker support ({@code social-asylum-seeker}). */
  SOCIAL_ASYLUM_SEEKER("social-asylum-seeker", "Social Support: Asylum seeker support"),
  /** Social Support: Social Isolation/Other ({@code social-isolation-other}). */
  SOCIAL_ISOLATION_OTHER("social-isolation-other", "Social Support: Social Isolation/Other"),
  /** Social Support: Support to Carer ({@code social-support-to-carer}). */
  SOCIAL_SUPPORT_TO_CARER("social-support-to-carer", "Social Support: Support to Carer"),
  /** Unknown ({@code unknown}). */
  UNKNOWN("unknown", "Unknown");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "cld-primary-support-reason";

  private final String code;
  private final String display;

  PrimarySupportReason(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<PrimarySupportReason> fromCode(String code) {
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
