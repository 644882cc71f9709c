package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Profession of a key worker, with its SNOMED CT occupation equivalent where one exists.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/key-worker-profession}.
 */
public enum KeyWorkerProfession implements Coded {
  /** Social worker ({@code social-worker}). */
  SOCIAL_WORKER("social-worker", "Social worker", "106328005"),
  /** Nurse ({@code nurse}). */
  NURSE("nurse", "Nurse", null),
  /** Occupational therapist ({@code occupational-therapist}). */
  OCCUPATIONAL_THERAPIST("occupational-therapist", "Occupational therapist", "80546007"),
  /** Physiotherapist ({@code physiotherapist}). */
  PHYSIOTHERAPIST("physiotherapist", "Physiotherapist", "36682004"),
  /** Health and social care co-ordinator ({@code care-coordinator}). */
  CARE_COORDINATOR("care-coordinator", "Health and social care co-ordinator", "768820003");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "key-worker-profession";

  private final String code;
  private final String display;
  private final String snomedCode;

  KeyWorkerProfession(String code, String display, String snomedCode) {
    this.code = code;
    this.display = display;
    this.snomedCode = snomedCode;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<KeyWorkerProfession> fromCode(String code) {
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

  /**
   * Returns the SNOMED CT occupation code that is equivalent to this profession.
   *
   * @return the SNOMED CT concept id, or empty when the contract names none (nurse)
   */
  public Optional<String> snomedCode() {
    return Optional.ofNullable(snomedCode);
  }

}
