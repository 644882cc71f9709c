package org.carebridge.core;

import java.util.regex.Pattern;
import org.carebridge.core.internal.Checks;

/**
 * An Organisation Data Service (ODS) code of an organisation or site, e.g. {@code "RJE"} (a trust),
 * {@code "RJE01"} (one of its sites) or a council's code.
 *
 * @param value the code: 3 to 10 upper-case letters and digits
 */
public record OdsCode(String value) {

  /** Identifier system of ODS organisation codes. */
  public static final String ORGANISATION_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

  /** Identifier system of ODS site codes. */
  public static final String SITE_SYSTEM = "https://fhir.nhs.uk/Id/ods-site-code";

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,10}");

  /**
   * Creates an ODS code.
   *
   * @param value the code: 3 to 10 upper-case letters and digits
   * @throws NullPointerException "odsCode must not be null"
   * @throws IllegalArgumentException "odsCode must be 3 to 10 upper-case letters and digits"
   */
  public OdsCode {
    Checks.notNull(value, "odsCode");
    if (!CODE.matcher(value).matches()) {
      throw new IllegalArgumentException("odsCode must be 3 to 10 upper-case letters and digits");
    }
  }

  /**
   * Creates an ODS code.
   *
   * @param value the code: 3 to 10 upper-case letters and digits
   * @return the code
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when not 3 to 10 upper-case letters and digits
   */
  public static OdsCode of(String value) {
    return new OdsCode(value);
  }

  /**
   * Returns the code itself.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return value;
  }
}
