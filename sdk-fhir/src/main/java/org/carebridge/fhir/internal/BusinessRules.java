package org.carebridge.fhir.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Validator;
import org.carebridge.fhir.RuleSource;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r5.elementmodel.Element;

/**
 * The sdk-core business rules as a {@link RuleSource}: a CareBridge Bundle (a discharge message or a care
 * plan Bundle, recognised by its {@code meta.profile}) is read into sdk-core records with the mappers and
 * each record is checked with {@link Validator}. Each issue's location is the FHIRPath of the resource the
 * record came from ({@code Bundle.entry[3].resource}); the path inside the record starts the message, e.g.
 * {@code "services[1].unitCost: ..."}. A reference that resolves nowhere in the Bundle is reported as the
 * mappers' CB-MAP-005. Otherwise, input the mappers cannot read is left to the FHIR validation, which has
 * already said what is wrong with it. Thread-safe.
 */
public final class BusinessRules implements RuleSource {

  /** The id of this source, also the {@link Issue#source()} of its issues. */
  public static final String ID = IssueCode.Sources.RULES;

  private static final String SD = "https://carebridge.org.uk/fhir/StructureDefinition/";
  private static final String DISCHARGE_MESSAGE = SD + "carebridge-discharge-message";
  private static final String CARE_PLAN_BUNDLE = SD + "carebridge-care-plan-bundle";

  private final Validator validator;

  /**
   * @param clock the clock for rules about "now" (e.g. a notice issued in the future)
   */
  public BusinessRules(Clock clock) {
    this.validator = Validator.withClock(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Issue> check(Resource resource) {
    if (!(resource instanceof Bundle bundle)) {
      return List.of();
    }
    List<Issue> issues = new ArrayList<>();
    if (declares(bundle, DISCHARGE_MESSAGE)) {
      Result<DischargeNotification> read =
          CareBridgeMapper.readDischargeNotification(bundle);
      dangling(issues, read);
      read.value().ifPresent(n -> add(issues, validator.validate(n), "Bundle"));
    } else if (declares(bundle, CARE_PLAN_BUNDLE)) {
      Result<CarePlanRecords> read = CareBridgeMapper.readCarePlanBundle(bundle);
      dangling(issues, read);
      read.value().ifPresent(records -> {
        add(issues, validator.validate(records.plan()), entry(bundle, "CarePlan", records.plan().id()));
        records.careTeam().ifPresent(t -> add(issues, validator.validate(t), entry(bundle, "CareTeam", t.id())));
        records.personalBudget().ifPresent(b -> {
          String where = entry(bundle, "Account", b.id());
          add(issues, validator.validate(b), where);
          add(issues, validator.validateLink(records.plan(), b), where);
        });
      });
    }
    return issues;
  }

  /**
   * The references that resolve nowhere in the Bundle (CB-MAP-005): a CareBridge Bundle carries what its
   * records refer to, and the FHIR validation does not check references inside a collection Bundle.
   */
  private static void dangling(List<Issue> into, Result<?> read) {
    for (Issue i : read.issues()) {
      if (i.code().equals(IssueCode.MAP_DANGLING_REFERENCE.code())) {
        into.add(i.toBuilder().source(ID).build());
      }
    }
  }

  /**
   * Tells whether {@link #check} would read anything in this input (a Bundle claiming one of the two CareBridge
   * Bundle profiles), so that other inputs need not be parsed again.
   *
   * @param resource the parsed input
   * @return true when the input is a discharge message or care plan Bundle by its {@code meta.profile}
   */
  public static boolean reads(org.hl7.fhir.r4.model.Resource resource) {
    if (!(resource instanceof org.hl7.fhir.r4.model.Bundle) || !resource.hasMeta()) {
      return false;
    }
    for (org.hl7.fhir.r4.model.CanonicalType p : resource.getMeta().getProfile()) {
      if (DISCHARGE_MESSAGE.equals(p.getValue()) || CARE_PLAN_BUNDLE.equals(p.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #reads(org.hl7.fhir.r4.model.Resource)}, on the validator's own parse.
   *
   * @param root the parsed input
   * @return true when the input is a discharge message or care plan Bundle by its {@code meta.profile}
   */
  public static boolean reads(Element root) {
    if (!"Bundle".equals(root.fhirType())) {
      return false;
    }
    Element meta = root.getNamedChild("meta");
    if (meta == null) {
      return false;
    }
    for (Element p : meta.getChildrenByName("profile")) {
      String url = p.primitiveValue();
      if (DISCHARGE_MESSAGE.equals(url) || CARE_PLAN_BUNDLE.equals(url)) {
        return true;
      }
    }
    return false;
  }

  /** The record's issues, located at the resource the record was read from; the record path starts the message. */
  private static void add(List<Issue> into, Result<?> result, String location) {
    for (Issue i : result.issues()) {
      String path = i.location().text();
      into.add(i.toBuilder().location(Location.fhirPath(location))
          .message(path.isEmpty() ? i.message() : path + ": " + i.message()).build());
    }
  }

  private static boolean declares(Bundle bundle, String profile) {
    for (CanonicalType p : bundle.getMeta().getProfile()) {
      if (profile.equals(p.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** {@code Bundle.entry[i].resource} of the entry holding that resource, or {@code Bundle}. */
  private static String entry(Bundle bundle, String type, String id) {
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (r != null && r.fhirType().equals(type) && id != null && id.equals(r.getIdElement().getIdPart())) {
        return "Bundle.entry[" + i + "].resource";
      }
    }
    return "Bundle";
  }
}
