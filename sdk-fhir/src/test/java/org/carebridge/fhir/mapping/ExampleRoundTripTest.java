package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import ca.uhn.fhir.fhirpath.IFhirPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebridge.core.discharge.DischargeNotification;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example of the package maps to the domain and back to FHIR without losing a profiled element the records
 * carry, and the re-mapped FHIR validates with no error.
 *
 * <p>For each resource type, {@link #CARRIED} lists FHIRPath expressions whose values must be equal on the original
 * example and on the re-mapped resource; {@link #NOT_CARRIED} lists the top-level elements (and extension urls)
 * that the records intentionally do not carry (docs/sdk/mapping.md explains each). A further test checks that these
 * two lists together account for every element the examples use, so nothing is dropped silently.
 */
class ExampleRoundTripTest {
  private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String SD = "https://carebridge.org.uk/fhir/StructureDefinition/";
  private static final String KW = "participant.where(role.coding.where(code = 'key-worker').exists())";
  private static final String STATEMENTS = "extension('" + SD + "carebridge-discharge-notice-statements')";

  static final Map<String, List<String>> CARRIED = Map.ofEntries(
      Map.entry("Patient", List.of("identifier.where(system = '" + NHS + "').value",
          "identifier.where(system = '" + NHS + "').extension.value.coding.code", "identifier.system",
          "identifier.value", "name.use", "name.prefix", "name.family", "name.given", "gender", "birthDate",
          "address.use", "address.line", "address.city", "address.district", "address.postalCode",
          "address.country", "telecom.system", "telecom.value", "telecom.use")),
      Map.entry("Organization", List.of("identifier.system", "identifier.value", "name", "active",
          "type.coding.system", "type.coding.code", "address.line", "address.city", "address.postalCode",
          "address.country", "address.count()", "telecom.system", "telecom.value", "telecom.use")),
      Map.entry("Practitioner", List.of("identifier.system", "identifier.value", "name.prefix", "name.family",
          "name.given", "telecom.system", "telecom.value", "telecom.use")),
      Map.entry("PractitionerRole", List.of("practitioner.reference", "organization.reference", "code.coding.code",
          "code.coding.system", "active", "specialty.text", "telecom.system", "telecom.value", "telecom.use",
          "period.start", "period.end")),
      Map.entry("CareTeam", List.of("extension('" + SD + "carebridge-key-worker-continuity').value", "status",
          "subject.reference", KW + ".member.reference", KW + ".onBehalfOf.reference",
          KW + ".period.start", KW + ".period.end", KW + ".role.coding.code", KW + ".role.coding.system", "name",
          "period.start", "period.end", "managingOrganization.reference")),
      Map.entry("CarePlan", List.of("status", "intent", "category.coding.code", "subject.reference", "period.start",
          "period.end", "extension('" + SD + "carebridge-next-review-date').value",
          "extension('" + SD + "carebridge-person-agreement').extension('agreed').value",
          "extension('" + SD + "carebridge-person-agreement').extension('date').value",
          "extension('" + SD + "carebridge-contingency-plan').value", "careTeam.reference",
          "supportingInfo.where(reference.startsWith('Account/')).reference", "addresses.count()", "goal.count()",
          "activity.detail.code.coding.code", "activity.detail.description",
          "activity.detail.extension('" + SD + "carebridge-service-funding-source').value.coding.code",
          "activity.detail.extension('" + SD + "carebridge-service-delivery-mechanism').value.coding.code",
          "activity.detail.scheduled.repeat.bounds.start", "activity.detail.scheduled.repeat.bounds.end",
          "activity.detail.performer.reference", "title", "description", "created", "author.reference",
          "contributor.reference", "extension('" + SD + "carebridge-person-agreement').extension('agreedBy').value.reference",
          "activity.detail.status", "activity.detail.code.text", "activity.detail.scheduled.repeat.frequency",
          "activity.detail.scheduled.repeat.period", "activity.detail.scheduled.repeat.periodUnit",
          "activity.detail.scheduled.repeat.duration", "activity.detail.scheduled.repeat.durationUnit",
          "activity.detail.scheduled.repeat.timeOfDay", "activity.detail.performer.where(reference.empty()).display",
          // the reablement service (activity[0]) states no cost: it is read as GBP 0.00 weekly (CB-MAP-009)
          "activity.skip(1).detail.extension('" + SD + "carebridge-service-cost').descendants().value")),
      Map.entry("Condition", List.of("code.coding.code", "code.coding.system", "code.text", "category.coding.code",
          "subject.reference", "clinicalStatus.coding.code", "recordedDate", "recorder.reference")),
      // the addressed needs' ids are derived from the plan's: the test compares the needs' codes (GOAL_NEEDS)
      Map.entry("Goal", List.of("description.text", "target.due", "subject.reference", "lifecycleStatus",
          "achievementStatus.coding.code", "achievementStatus.coding.system", "expressedBy.reference",
          "addresses.count()")),
      Map.entry("Consent", List.of("extension('" + SD + "carebridge-consent-status').value.code",
          "extension('" + SD + "carebridge-consent-legal-basis').value.code", "status", "scope.coding.code",
          "category.coding.code", "patient.reference", "dateTime", "provision.type", "category.text",
          "performer.reference", "organization.reference", "policy.uri", "provision.period.start",
          "provision.period.end")),
      Map.entry("Account", List.of("extension.url", "extension.value.code", "extension.extension.url",
          "extension.extension.value.code", "extension.extension.value.value", "extension.extension.value.reference",
          "extension.value.reference", "extension.extension.value.start", "extension.extension.value.end", "status",
          "type.coding.code", "subject.reference", "servicePeriod.start",
          "servicePeriod.end", "owner.reference", "guarantor.party.reference", "name", "description",
          "guarantor.onHold", "guarantor.period.start", "guarantor.period.end")),
      Map.entry("Encounter", List.of("identifier.system", "identifier.value", "status", "class.code", "subject.reference", "serviceProvider.reference",
          "period.start.toString().substring(0, 10)", "period.end.toString().substring(0, 10)", "period.start",
          "period.end", "location.location.reference", "location.status", "location.period.start",
          "location.period.end", "participant.type.coding.system", "participant.type.coding.code",
          "participant.individual.reference", "reasonCode.coding.system", "reasonCode.coding.code",
          "reasonCode.coding.display", "reasonCode.text", "hospitalization.admitSource.coding.code",
          "hospitalization.admitSource.text", "hospitalization.dischargeDisposition.coding.system",
          "hospitalization.dischargeDisposition.coding.code", "hospitalization.dischargeDisposition.coding.display",
          "hospitalization.dischargeDisposition.text",
          "extension('" + SD + "carebridge-discharge-pathway').value.code",
          "extension('" + SD + "carebridge-proposed-discharge-date').value",
          "extension('" + SD + "carebridge-discharge-ready-date').value",
          STATEMENTS + ".extension.url", STATEMENTS + ".extension.value")),
      Map.entry("Location", List.of("identifier.system", "identifier.value", "status", "name", "description",
          "physicalType.coding.code", "telecom.system", "telecom.value", "telecom.use", "address.line", "address.city",
          "address.postalCode", "address.country", "managingOrganization.reference")),
      Map.entry("MessageHeader", List.of("event.system", "event.code", "destination.name", "destination.endpoint",
          "destination.receiver.reference", "sender.reference", "author.reference", "source.name", "source.endpoint",
          "response.identifier", "extension('" + SD + "carebridge-withdrawn-message').value", "focus.count()")),
      Map.entry("Bundle", List.of("id", "identifier.system", "identifier.value", "type", "timestamp", "entry.count()")));

  /** Elements the records do not carry: they are not read, and not written back. */
  static final Map<String, Set<String>> NOT_CARRIED = Map.ofEntries(
      Map.entry("Patient", Set.of()),
      Map.entry("Organization", Set.of()),
      Map.entry("Practitioner", Set.of()),
      Map.entry("PractitionerRole", Set.of()),
      Map.entry("CareTeam", Set.of()),
      Map.entry("CarePlan", Set.of()),
      Map.entry("Condition", Set.of()),
      Map.entry("Goal", Set.of()),
      Map.entry("Consent", Set.of()),
      Map.entry("Account", Set.of()),
      Map.entry("Encounter", Set.of()),
      // mode is not profiled (the mapper always writes 'instance')
      Map.entry("Location", Set.of("mode")),
      Map.entry("MessageHeader", Set.of()),
      Map.entry("Bundle", Set.of()));

  private static IFhirPath fhirPath;

  @BeforeAll
  static void setUp() {
    fhirPath = Fixtures.FHIR.newFhirPath();
    Fixtures.validator();
  }

  private static List<String> values(IBase base, String expression) {
    List<IBase> result = fhirPath.evaluate(base, expression, IBase.class);
    List<String> out = new ArrayList<>();
    for (IBase b : result) {
      if (b instanceof DecimalType) {
        // 25 and 25.00 are the same amount
        out.add(((DecimalType) b).getValue().stripTrailingZeros().toPlainString());
      } else if (b instanceof BaseDateTimeType && ((BaseDateTimeType) b).getPrecision().ordinal()
          > TemporalPrecisionEnum.DAY.ordinal()) {
        // the same instant, whatever the time zone it is written in
        out.add(((BaseDateTimeType) b).getValue().toInstant().toString());
      } else if (b instanceof IPrimitiveType<?>) {
        String v = ((IPrimitiveType<?>) b).getValueAsString();
        out.add(v != null && v.matches("-?[0-9]+\\.[0-9]+")
            ? new java.math.BigDecimal(v).stripTrailingZeros().toPlainString() : v);
      }
    }
    return out;
  }

  private static void assertCarried(Resource original, Resource remapped) {
    List<String> differences = new ArrayList<>();
    for (String expression : CARRIED.get(original.fhirType())) {
      List<String> a = values(original, expression);
      List<String> b = values(remapped, expression);
      if (!a.equals(b)) {
        differences.add(original.fhirType() + "/" + original.getIdPart() + " " + expression + ": " + a + " != " + b);
      }
    }
    assertThat(differences).isEmpty();
  }

  private static Resource byTypeAndId(Bundle b, String type, String id) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r.fhirType().equals(type) && r.getIdPart().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + "/" + id));
  }

  private static Resource resolve(Bundle b, Reference ref) {
    String[] parts = ref.getReference().split("/");
    return byTypeAndId(b, parts[parts.length - 2], parts[parts.length - 1]);
  }

  @Test
  void carePlanBundle_mapsBackWithEveryCarriedElement_andValidates() {
    Bundle original = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    Result<CarePlanRecords> read = CareBridgeMapper.readCarePlanBundle(original);
    assertThat(read.issues()).extracting(org.carebridge.core.validation.Issue::code)
        .containsExactly(IssueCode.MAP_DEFAULTED.code());
    Bundle remapped = Fixtures.reparse(CareBridgeMapper.carePlanBundle(read.orElseThrow(), Fixtures.BASE,
        original.getTimestamp().toInstant()));
    assertThat(Fixtures.errors(remapped)).isEmpty();
    for (String identifier : List.of("identifier.system", "identifier.value")) {
      assertThat(values(remapped, identifier)).isEqualTo(values(original, identifier)).hasSize(1);
    }

    CarePlan plan0 = (CarePlan) byTypeAndId(original, "CarePlan", "margaret-joint-care-plan");
    CarePlan plan1 = (CarePlan) byTypeAndId(remapped, "CarePlan", "margaret-joint-care-plan");
    assertCarried(plan0, plan1);
    for (int i = 0; i < plan0.getAddresses().size(); i++) {
      assertCarried(resolve(original, plan0.getAddresses().get(i)), resolve(remapped, plan1.getAddresses().get(i)));
    }
    for (int i = 0; i < plan0.getGoal().size(); i++) {
      org.hl7.fhir.r4.model.Goal goal0 = (org.hl7.fhir.r4.model.Goal) resolve(original, plan0.getGoal().get(i));
      org.hl7.fhir.r4.model.Goal goal1 = (org.hl7.fhir.r4.model.Goal) resolve(remapped, plan1.getGoal().get(i));
      assertCarried(goal0, goal1);
      // GOAL_NEEDS: the goal addresses the same needs (their ids differ: the mapper derives them from the plan's)
      for (int a = 0; a < goal0.getAddresses().size(); a++) {
        assertThat(values(resolve(remapped, goal1.getAddresses().get(a)), "code.text"))
            .isEqualTo(values(resolve(original, goal0.getAddresses().get(a)), "code.text"));
      }
    }
    Reference consent0 = plan0.getSupportingInfo().stream().filter(r -> r.getReference().startsWith("Consent/"))
        .findFirst().orElseThrow();
    Reference consent1 = plan1.getSupportingInfo().stream().filter(r -> r.getReference().startsWith("Consent/"))
        .findFirst().orElseThrow();
    assertCarried(resolve(original, consent0), resolve(remapped, consent1));
    for (String[] same : new String[][] {{"Patient", "margaret-example"}, {"CareTeam", "margaret-key-worker-team"},
        {"Account", "margaret-personal-budget"}, {"Organization", "staffordshire-cc"}, {"Organization", "mpft"},
        {"Organization", "stafford-home-care"}, {"Practitioner", "district-nurse-jones"},
        {"Practitioner", "social-worker-patel"}, {"PractitionerRole", "district-nurse-jones-mpft"},
        {"PractitionerRole", "social-worker-patel-scc"}}) {
      assertCarried(byTypeAndId(original, same[0], same[1]), byTypeAndId(remapped, same[0], same[1]));
    }
  }

  /** The consent example for a person who lacks capacity, read in the story's place, maps back unchanged. */
  @Test
  void lacksCapacityConsentExample_mapsBackWithEveryCarriedElement() {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    Resource example = Fixtures.example(Resource.class, "Consent-sharing-consent-lacks-capacity-example.json");
    Bundle.BundleEntryComponent entry = story.getEntry().stream()
        .filter(e -> e.getResource().fhirType().equals("Consent")).findFirst().orElseThrow();
    Resource consent = example.copy();
    consent.setId(entry.getResource().getIdPart()); // so that the plan's reference resolves
    entry.setResource(consent);
    Result<CarePlanRecords> read = CareBridgeMapper.readCarePlanBundle(story);
    Bundle remapped = Fixtures.reparse(CareBridgeMapper.carePlanBundle(read.orElseThrow(), Fixtures.BASE,
        story.getTimestamp().toInstant()));
    Resource back = remapped.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r.fhirType().equals("Consent")).findFirst().orElseThrow();
    assertCarried(example, back);
    assertThat(values(back, "extension.value.code")).containsExactly("lacks-capacity", "best-interest-decision");
    assertThat(Fixtures.errors(remapped)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bundle-assessment-notice-example.json", "Bundle-discharge-notice-example.json",
      "Bundle-discharged-example.json"})
  void dischargeMessages_mapBackWithEveryCarriedElement_andValidate(String file) {
    Bundle original = Fixtures.example(Bundle.class, file);
    Result<DischargeNotification> read = CareBridgeMapper.readDischargeNotification(original);
    assertThat(read.issues()).isEmpty();
    Bundle remapped = Fixtures.reparse(CareBridgeMapper.toFhir(read.orElseThrow(), "https://fhir.example.org/uhnm"));
    assertThat(Fixtures.errors(remapped)).isEmpty();
    assertThat(values(original, "entry.count()").get(0)).isNotEqualTo("0");
    assertCarried(original, remapped);
    MessageHeader h0 = (MessageHeader) original.getEntryFirstRep().getResource();
    MessageHeader h1 = (MessageHeader) remapped.getEntryFirstRep().getResource();
    assertCarried(h0, h1);
    assertCarried(resolve(original, h0.getFocusFirstRep()), resolve(remapped, h1.getFocusFirstRep()));
    Encounter e0 = (Encounter) resolve(original, h0.getFocusFirstRep());
    List<Reference> refs = new ArrayList<>(List.of(e0.getSubject(), e0.getServiceProvider(),
        e0.getLocationFirstRep().getLocation(), h0.getDestinationFirstRep().getReceiver(), h0.getAuthor()));
    e0.getParticipant().forEach(p -> refs.add(p.getIndividual()));
    assertThat(e0.getParticipant()).hasSize(2);
    for (Reference r : refs) {
      assertCarried(resolve(original, r), resolve(remapped, r));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Patient-margaret-example.json", "Organization-uhnm.json", "Organization-mpft.json",
      "Organization-staffordshire-cc.json", "Organization-stafford-home-care.json",
      "Practitioner-district-nurse-jones.json", "Practitioner-social-worker-patel.json",
      "Practitioner-consultant-okafor.json", "Practitioner-liaison-nurse-hughes.json"})
  void standaloneExamples_mapBack(String file) {
    Resource original = Fixtures.example(Resource.class, file);
    Resource remapped;
    if (original instanceof Patient) {
      remapped = CareBridgeMapper.toFhir(CareBridgeMapper.fromFhir((Patient) original).orElseThrow());
    } else if (original instanceof Organization) {
      remapped = CareBridgeMapper.toFhir(CareBridgeMapper.fromFhir((Organization) original).orElseThrow());
    } else {
      remapped = CareBridgeMapper.toFhir(CareBridgeMapper.fromFhir((Practitioner) original).orElseThrow());
    }
    assertCarried(original, remapped);
    assertThat(Fixtures.errors(remapped)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"district-nurse-jones-mpft", "social-worker-patel-scc", "liaison-nurse-hughes-uhnm"})
  void practitionerRoleExamples_mapBack(String id) {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    org.hl7.fhir.r4.model.PractitionerRole role =
        (org.hl7.fhir.r4.model.PractitionerRole) byTypeAndId(story, "PractitionerRole", id);
    Bundle context = new Bundle().setType(Bundle.BundleType.COLLECTION);
    context.addEntry().setResource(role);
    context.addEntry().setResource(resolve(story, role.getPractitioner()));
    context.addEntry().setResource(resolve(story, role.getOrganization()));
    Bundle remapped = CareBridgeMapper.toFhir(CareBridgeMapper.readPractitionerRole(context).orElseThrow(),
        Fixtures.BASE);
    assertCarried(role, byTypeAndId(remapped, "PractitionerRole", id));
    assertThat(Fixtures.errors(remapped)).isEmpty();
  }

  /** A role whose profession is not a key worker profession (a consultant) is not a sdk-core PractitionerRole. */
  @Test
  void consultantRole_isReportedNotThrown() {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    Resource role = byTypeAndId(story, "PractitionerRole", "consultant-okafor-uhnm");
    Bundle context = new Bundle().setType(Bundle.BundleType.COLLECTION);
    context.addEntry().setResource(role);
    story.getEntry().forEach(e -> context.addEntry().setResource(e.getResource()));
    Result<org.carebridge.core.PractitionerRole> read = CareBridgeMapper.readPractitionerRole(context);
    assertThat(read.errors()).extracting(org.carebridge.core.validation.Issue::code)
        .containsExactly(IssueCode.MAP_UNKNOWN_CODE.code());
  }

  /** CARRIED and NOT_CARRIED together name every top-level element and extension the story examples use. */
  @Test
  void everyElementOfTheExamplesIsEitherCarriedOrListedAsNotCarried() {
    List<Resource> resources = new ArrayList<>();
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    story.getEntry().forEach(e -> resources.add(e.getResource()));
    for (String f : List.of("Bundle-assessment-notice-example.json", "Bundle-discharge-notice-example.json",
        "Bundle-discharged-example.json")) {
      Bundle b = Fixtures.example(Bundle.class, f);
      resources.add(b);
      b.getEntry().forEach(e -> resources.add(e.getResource()));
    }
    Set<String> unaccounted = new LinkedHashSet<>();
    for (Resource r : resources) {
      Set<String> named = new LinkedHashSet<>();
      CARRIED.get(r.fhirType()).forEach(x -> named.add(x.split("[.(]")[0]));
      NOT_CARRIED.get(r.fhirType()).forEach(x -> named.add(x.split("[.( ]")[0]));
      named.addAll(List.of("id", "meta", "text", "entry", "extension"));
      for (Property p : r.children()) {
        if (p.hasValues() && !named.contains(p.getName().replace("[x]", ""))) {
          unaccounted.add(r.fhirType() + "." + p.getName());
        }
      }
      // "extension" is named above; each extension the example uses must be named by its id too, unless every
      // extension url is compared ("extension.url").
      List<String> listed = new ArrayList<>(CARRIED.get(r.fhirType()));
      listed.addAll(NOT_CARRIED.get(r.fhirType()));
      if (r instanceof DomainResource && !listed.contains("extension.url")) {
        for (Extension e : ((DomainResource) r).getExtension()) {
          String id = e.getUrl().substring(e.getUrl().lastIndexOf('/') + 1);
          if (listed.stream().noneMatch(x -> x.contains("extension('" + SD + id + "')"))) {
            unaccounted.add(r.fhirType() + ".extension('" + id + "')");
          }
        }
      }
    }
    assertThat(unaccounted).isEmpty();
  }
}
