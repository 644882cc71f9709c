package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import org.hl7.fhir.r4.model.Account;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Unmappable input gives issues with stable codes and FHIRPath locations, never an exception or personal data. */
class UnmappableInputTest {
  private static final List<String> PERSONAL = List.of("Margaret", "Hollins", "9434765919", "943 476 5919",
      "Lichfield", "ST17");

  private Result<?> last;

  /** Whatever a test read: its messages hold no name and no full NHS number. */
  @AfterEach
  void messagesHoldNoPersonalData() {
    if (last != null) {
      for (Issue issue : last.issues()) {
        for (String p : PERSONAL) {
          assertThat(issue.message()).doesNotContain(p);
          assertThat(issue.location().text()).doesNotContain(p);
        }
      }
    }
  }

  private static Bundle story() {
    return Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
  }

  private static <T extends Resource> T entry(Bundle b, Class<T> type, String id) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).filter(r -> id == null || r.getIdPart().equals(id)).findFirst().orElseThrow();
  }

  private Issue onlyError(Result<?> result) {
    last = result;
    assertThat(result.value().isPresent()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    return result.errors().get(0);
  }

  private Issue readStory(Consumer<Bundle> breakIt) {
    Bundle b = story();
    breakIt.accept(b);
    return onlyError(CareBridgeMapper.readCarePlanBundle(b));
  }

  @Test
  void bundleWithoutItsPatient() {
    Issue issue = readStory(b -> b.getEntry().removeIf(e -> e.getResource() instanceof Patient));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_MISSING.code());
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.location().text()).isEqualTo("Bundle.entry");
    assertThat(issue.message()).contains("Patient");
  }

  @Test
  void codeOutsideTheValueSet() {
    Issue issue = readStory(b -> entry(b, Condition.class, "margaret-need-mobility").getCode().getCodingFirstRep()
        .setCode("flying-lessons"));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_UNKNOWN_CODE.code());
    assertThat(issue.location().text()).isEqualTo("Bundle.entry[4].resource.code.coding");
    assertThat(issue.message()).contains("flying-lessons");
  }

  @Test
  void unknownProfile() {
    Issue issue = readStory(b -> entry(b, CarePlan.class, null).getMeta().getProfile().get(0)
        .setValue("https://example.org/StructureDefinition/some-other-plan"));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_UNKNOWN_PROFILE.code());
    assertThat(issue.location().text()).isEqualTo("Bundle.entry[1].resource.meta.profile");
  }

  @Test
  void referenceToTheWrongResourceType() {
    Issue issue = readStory(b -> entry(b, CarePlan.class, null).getSubject().setReference("Organization/uhnm"));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_WRONG_TYPE.code());
    assertThat(issue.location().text()).isEqualTo("Bundle.entry[1].resource.subject");
  }

  @Test
  void danglingReference() {
    Issue issue = readStory(b -> entry(b, CarePlan.class, null).getGoal().get(1).setReference("Goal/gone"));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_DANGLING_REFERENCE.code());
    assertThat(issue.location().text()).isEqualTo("Bundle.entry[1].resource.goal[1]");
    assertThat(issue.message()).contains("Goal/gone");
  }

  @Test
  void wrongBundleType() {
    Bundle message = Fixtures.example(Bundle.class, "Bundle-discharge-notice-example.json");
    message.getMeta().setProfile(List.of());
    Issue issue = onlyError(CareBridgeMapper.readCarePlanBundle(message));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_WRONG_BUNDLE_TYPE.code());
    assertThat(issue.location().text()).isEqualTo("Bundle.type");
    Bundle collection = story();
    collection.getMeta().setProfile(List.of());
    assertThat(onlyError(CareBridgeMapper.readDischargeNotification(collection)).code())
        .isEqualTo(IssueCode.MAP_WRONG_BUNDLE_TYPE.code());
  }

  @Test
  void aDischargeMessageIsNotACarePlanBundle() {
    Issue issue = onlyError(CareBridgeMapper.readCarePlanBundle(
        Fixtures.example(Bundle.class, "Bundle-discharge-notice-example.json")));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_UNKNOWN_PROFILE.code());
  }

  @Test
  void invalidNhsNumber_isReportedWithoutTheNumber() {
    Patient p = Fixtures.example(Patient.class, "Patient-margaret-example.json");
    p.getIdentifierFirstRep().setValue("9434765918");
    Issue issue = onlyError(CareBridgeMapper.fromFhir(p));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(issue.location().text()).isEqualTo("Patient.identifier[0].value");
    assertThat(issue.message()).doesNotContain("9434765918");
  }

  @Test
  void amountInAnotherCurrency() {
    Issue issue = readStory(b -> {
      Extension amount = entry(b, Account.class, null)
          .getExtensionByUrl("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-budget-amount");
      ((Money) amount.getExtensionByUrl("amount").getValue()).setCurrency("EUR");
    });
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(issue.message()).contains("EUR");
  }

  @Test
  void partialDate() {
    Issue issue = readStory(b -> entry(b, CarePlan.class, null).getPeriod().getStartElement()
        .setValueAsString("2026-10"));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(issue.location().text()).isEqualTo("Bundle.entry[1].resource.period.start");
  }

  @Test
  void patientWithoutAName() {
    Patient p = Fixtures.example(Patient.class, "Patient-margaret-example.json");
    p.getName().clear();
    Issue issue = onlyError(CareBridgeMapper.fromFhir(p));
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_MISSING.code());
    assertThat(issue.location().text()).isEqualTo("Patient.name");
  }

  @Test
  void emptyAndHollowBundles_giveIssuesNotExceptions() {
    Bundle empty = new Bundle().setType(Bundle.BundleType.COLLECTION);
    assertThat(onlyError(CareBridgeMapper.readCarePlanBundle(empty)).code()).isEqualTo(IssueCode.MAP_MISSING.code());
    Bundle hollow = new Bundle().setType(Bundle.BundleType.MESSAGE);
    hollow.addEntry();
    assertThat(onlyError(CareBridgeMapper.readDischargeNotification(hollow)).code()).isEqualTo(IssueCode.MAP_MISSING.code());
    Bundle untyped = new Bundle();
    untyped.addEntry().setResource(new CarePlan());
    assertThat(onlyError(CareBridgeMapper.readJointCarePlan(untyped)).code())
        .isEqualTo(IssueCode.MAP_WRONG_BUNDLE_TYPE.code());
    Bundle bare = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bare.addEntry().setResource(new CarePlan());
    assertThat(onlyError(CareBridgeMapper.readJointCarePlan(bare)).code()).isEqualTo(IssueCode.MAP_MISSING.code());
    assertThat(onlyError(CareBridgeMapper.fromFhir(new Patient())).code()).isEqualTo(IssueCode.MAP_MISSING.code());
  }

  @Test
  void warningsKeepTheValue() {
    Patient p = Fixtures.example(Patient.class, "Patient-margaret-example.json");
    p.addName().setFamily("Other");
    Result<org.carebridge.core.Person> result = CareBridgeMapper.fromFhir(p);
    last = result;
    assertThat(result.value().isPresent()).isTrue();
    assertThat(result.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(IssueCode.MAP_NOT_CARRIED.code());
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.location().text()).isEqualTo("Patient.name");
    });
  }

  @Test
  void resultsAreImmutableAndConsistent() {
    Issue error = IssueCode.MAP_MISSING.issue(Location.fhirPath("Bundle"), "missing");
    assertThat(Result.of("x", List.of(error)).value()).as("no value with an error").isEmpty();
    java.util.ArrayList<Issue> issues = new java.util.ArrayList<>(List.of(error));
    Result<String> failed = Result.empty(issues);
    issues.clear();
    assertThat(failed.issues()).containsExactly(error);
    assertThatThrownBy(() -> failed.issues().add(error)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(failed::orElseThrow).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CB-MAP-001");
  }

  @Test
  void assemblerRefusesTwoDifferentRecordsWithOneId() {
    JointCarePlan plan = CareBridgeMapper.readCarePlanBundle(story()).orElseThrow().plan();
    PersonalBudget budget = CareBridgeMapper.readCarePlanBundle(story()).orElseThrow().personalBudget().orElseThrow();
    String shared = plan.services().get(1).provider().orElseThrow().id();
    Organisation impostor = Organisation.builder().id(shared).odsCode(OdsCode.of("XYZ99")).name("Another council")
        .build();
    PersonalBudget clash = budget.toBuilder().setBy(impostor).build();
    CarePlanRecords records = CarePlanRecords.builder().plan(plan).personalBudget(clash).build();
    assertThatThrownBy(() -> CareBridgeMapper.carePlanBundle(records, Fixtures.BASE, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Organization/" + shared);
  }
}
