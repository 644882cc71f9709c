package org.carebridge.core.discharge;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.OdsCode;
import org.carebridge.core.internal.Builds;

/**
 * A hospital ward (profile {@code carebridge-hospital-location}). Build one with {@link #builder()}.
 *
 * @param id the record id, e.g. {@code "ward-112"}
 * @param name the ward name, e.g. {@code "Ward 112"}
 * @param site the ODS site code of the hospital, e.g. {@code RJE01}
 * @param description a description of the ward, including the hospital site name, when stated
 * @param telecom how to contact the ward (e.g. the nurses' station), may be empty
 * @param address the postal address of the hospital site, when stated
 */
@Builds
public record Ward(
    @Builds.Check("id") String id, String name, OdsCode site, Optional<String> description, List<ContactPoint> telecom,
    Optional<Address> address) {

  /**
   * Creates a ward, copying the contact points.
   *
   * @param id the record id
   * @param name the name
   * @param site the site code
   * @param description the description, or empty
   * @param telecom the contact points (may be empty)
   * @param address the site address, or empty
   * @throws NullPointerException when an argument or a contact point is null
   * @throws IllegalArgumentException when the id is not an id, or the name or a present description is blank
   */
  public Ward {
    WardBuilderBase.checkComponents(id, name, site, description, telecom, address);
    telecom = List.copyOf(telecom);
  }

  /**
   * Starts building a ward.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this ward's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().fill(this);
  }

  /** Builds a {@link Ward}; each setter rejects a bad argument at once. Not thread-safe. */
  public static final class Builder extends WardBuilderBase {
    private Builder() {}
  }

}
