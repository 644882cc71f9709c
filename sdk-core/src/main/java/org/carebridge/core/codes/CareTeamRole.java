package org.carebridge.core.codes;

import java.util.Optional;
import org.carebridge.core.internal.CodeLookup;

/**
 * Role of a care team participant: the key worker co-ordinating function, independent of profession.
 *
 * <p>Code system {@code https://carebridge.org.uk/fhir/CodeSystem/care-team-role}.
 */
public enum CareTeamRole implements Coded {
  /** Key worker ({@code key-worker}). */
  KEY_WORKER("key-worker", "Key worker");

  /** The code system URL. */
  public static final String SYSTEM = CAREBRIDGE_CODE_SYSTEM_BASE + "care-team-role";

  private final String code;
  private final String display;

  CareTeamRole(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /**
   * Finds the constant for a code.
   *
   * @param code the code (case-sensitive), may be null
   * @return the constant, or empty when the code is null or not in this code list
   */
  public static Optional<CareTeamRole> fromCode(String code) {
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
