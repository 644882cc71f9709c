package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;

/** Which mapper reads which record out of which resource type, for {@code CareBridgeValidator.read}. Not API. */
public final class Records {

  /**
   * How one record type is read from validated text.
   *
   * @param resourceClass the HAPI class the text must parse to
   * @param mapper the mapper's read method
   * @param <T> the record type
   */
  public record Reading<T>(Class<? extends IBaseResource> resourceClass, Function<IBaseResource, Result<T>> mapper) {

    /**
     * Parses the text (already validated, so well-formed and without a DOCTYPE) and maps it.
     *
     * @param text the input
     * @param xml true for XML, false for JSON
     * @return the record or the mapper's issues; a resource of another type gives {@code CB-MAP-004}
     */
    public Result<T> read(String text, boolean xml) {
      FhirContext ctx = FhirContext.forR4Cached();
      IParser parser = xml ? ctx.newXmlParser() : ctx.newJsonParser();
      parser.setParserErrorHandler(new LenientErrorHandler(false));
      IBaseResource parsed;
      try {
        parsed = parser.parseResource(text);
      } catch (RuntimeException e) {
        return Result.empty(List.of(IssueCode.MAP_INVALID_VALUE.issue(Location.whole(),
            "the input cannot be read by the mapper: " + e.getClass().getSimpleName())));
      }
      if (!resourceClass.isInstance(parsed)) {
        return Result.empty(List.of(IssueCode.MAP_WRONG_TYPE.issue(Location.whole(), "a " + resourceClass.getSimpleName()
            + " is expected here, not a " + parsed.fhirType())));
      }
      return mapper.apply(parsed);
    }
  }

  private static final Map<Class<?>, Reading<?>> READINGS = Map.of(
      DischargeNotification.class, bundle(CareBridgeMapper::readDischargeNotification),
      JointCarePlan.class, bundle(CareBridgeMapper::readJointCarePlan),
      CareTeam.class, bundle(CareBridgeMapper::readCareTeam),
      PersonalBudget.class, bundle(CareBridgeMapper::readPersonalBudget),
      PractitionerRole.class, bundle(CareBridgeMapper::readPractitionerRole),
      CarePlanRecords.class, bundle(CareBridgeMapper::readCarePlanBundle),
      Person.class, new Reading<>(Patient.class, r -> CareBridgeMapper.fromFhir((Patient) r)),
      Organisation.class, new Reading<>(Organization.class, r -> CareBridgeMapper.fromFhir((Organization) r)),
      org.carebridge.core.Practitioner.class, new Reading<>(Practitioner.class,
          r -> CareBridgeMapper.fromFhir((Practitioner) r)));

  private Records() {}

  private static <T> Reading<T> bundle(Function<Bundle, Result<T>> read) {
    return new Reading<>(Bundle.class, r -> read.apply((Bundle) r));
  }

  /**
   * Returns how a record type is read.
   *
   * @param type the record type
   * @param <T> the record type
   * @return the reading
   * @throws IllegalArgumentException when no mapper reads that type
   */
  @SuppressWarnings("unchecked")
  public static <T> Reading<T> reading(Class<T> type) {
    Reading<?> reading = READINGS.get(Objects.requireNonNull(type, "type must not be null"));
    if (reading == null) {
      throw new IllegalArgumentException("type must be a record CareBridgeMapper reads (DischargeNotification, "
          + "JointCarePlan, CareTeam, PersonalBudget, PractitionerRole, CarePlanRecords, Person, Organisation, "
          + "Practitioner), got " + type.getName());
    }
    return (Reading<T>) reading;
  }
}
