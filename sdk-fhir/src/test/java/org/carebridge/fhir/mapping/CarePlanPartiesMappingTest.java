package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.carebridge.core.Actor;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careplan.ServiceSchedule;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

/**
 * The care plan's parties (author, contributors, assessors, who expressed a goal or decided on sharing), its
 * services' schedules and the consent's terms: what the story example gives, and what the reader does with what the
 * records cannot hold (a CB-MAP-008 warning, never a silent change of meaning).
 */
class CarePlanPartiesMappingTest {
  private static final String AGREEMENT = "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person-agreement";

  private static <T extends Resource> T first(Bundle b, Class<T> type) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).findFirst().orElseThrow();
  }

  private static Result<CarePlanRecords> readStory(Consumer<Bundle> change) {
    Bundle b = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    change.accept(b);
    return CareBridgeMapper.readCarePlanBundle(b);
  }

  private static List<String> notCarried(Result<?> result) {
    return result.issues().stream().filter(i -> i.code().equals(IssueCode.MAP_NOT_CARRIED.code())).map(i -> i.location().text())
        .toList();
  }

  @Test
  void story_givesThePartiesTheSchedulesAndTheConsentTerms() {
    Result<CarePlanRecords> read = readStory(b -> { });
    JointCarePlan plan = read.orElseThrow().plan();
    assertThat(notCarried(read)).isEmpty();
    assertThat(plan.title()).contains("Margaret's care and support plan");
    assertThat(plan.createdOn()).contains(LocalDate.of(2026, 10, 14));
    assertThat(plan.responsibleWorker().orElseThrow()).isInstanceOfSatisfying(PractitionerRole.class,
        r -> assertThat(r.id()).isEqualTo("social-worker-patel-scc"));
    assertThat(plan.contributors()).hasSize(3).first().isEqualTo(Actor.THE_PERSON);
    assertThat(plan.needs().get(0).assessedBy().orElseThrow()).isInstanceOfSatisfying(Practitioner.class,
        p -> assertThat(p.id()).isEqualTo("district-nurse-jones"));
    Goal washDress = plan.goals().get(0);
    assertThat(washDress.progress()).contains(Goal.Progress.IMPROVING);
    assertThat(washDress.expressedBy()).contains(Actor.THE_PERSON);
    assertThat(washDress.needs()).containsExactly(plan.needs().get(0));

    PlannedService homeCare = plan.services().get(1);
    assertThat(homeCare.name()).contains("Home care");
    assertThat(plan.services().get(0).status()).isEqualTo(PlannedService.Status.IN_PROGRESS);
    ServiceSchedule daily = homeCare.schedule().orElseThrow();
    assertThat(List.of(daily.frequency(), daily.period(), daily.periodUnit(), daily.visitLength().orElseThrow(),
        daily.visitLengthUnit().orElseThrow(), daily.timesOfDay())).containsExactly(1, BigDecimal.ONE,
        ServiceSchedule.TimeUnit.DAY, BigDecimal.ONE, ServiceSchedule.TimeUnit.HOUR, List.of(LocalTime.of(8, 0)));
    assertThat(plan.services().get(2).provider()).isEmpty();
    assertThat(plan.services().get(2).providerDescription()).hasValueSatisfying(t -> assertThat(t)
        .startsWith("Personal assistant"));

    SharingConsent consent = plan.sharingConsent().orElseThrow();
    assertThat(consent.recordedAt()).contains(OffsetDateTime.parse("2026-10-14T11:30:00+01:00"));
    assertThat(consent.decidedBy()).containsExactly(Actor.THE_PERSON);
    assertThat(consent.sharingOrganisations()).extracting(o -> o.id()).containsExactly("staffordshire-cc", "mpft",
        "uhnm");
    CareTeam team = read.orElseThrow().careTeam().orElseThrow();
    assertThat(team.managingOrganisations()).extracting(o -> o.id()).containsExactly("staffordshire-cc", "mpft");
  }

  @Test
  void organisationAuthor_isNotCarried_andThePersonIsWrittenBack() {
    Result<CarePlanRecords> read = readStory(b -> first(b, CarePlan.class)
        .setAuthor(new Reference("Organization/staffordshire-cc")));
    assertThat(notCarried(read)).containsExactly("Bundle.entry[1].resource.author");
    assertThat(read.orElseThrow().plan().responsibleWorker()).isEmpty();
    Bundle written = CareBridgeMapper.carePlanBundle(read.orElseThrow(), Fixtures.BASE, java.time.Instant.EPOCH);
    assertThat(first(written, CarePlan.class).getAuthor().getReference()).isEqualTo("Patient/margaret-example");
  }

  @Test
  void representativesAgreement_isWarned() {
    Result<CarePlanRecords> read = readStory(b -> {
      Extension agreedBy = first(b, CarePlan.class).getExtensionByUrl(AGREEMENT).getExtensionByUrl("agreedBy");
      agreedBy.setValue(new Reference("RelatedPerson/anne").setDisplay("Anne (daughter)"));
    });
    assertThat(notCarried(read)).singleElement().asString().endsWith("extension('agreedBy')");
    assertThat(read.orElseThrow().plan().agreedByPersonOn()).contains(LocalDate.of(2026, 11, 5));
  }

  @Test
  void goalAddressingAnotherCondition_isWarned_andTheOtherNeedsKept() {
    Result<CarePlanRecords> read = readStory(b -> {
      Condition stray = first(b, Condition.class).copy();
      stray.setId("stray-need");
      b.addEntry().setFullUrl("https://fhir.example.org/scc/Condition/stray-need").setResource(stray);
      first(b, org.hl7.fhir.r4.model.Goal.class).addAddresses(new Reference("Condition/stray-need"));
    });
    assertThat(notCarried(read)).singleElement().asString().endsWith(".addresses[1]");
    assertThat(read.orElseThrow().plan().goals().get(0).needs()).hasSize(1);
  }

  @Test
  void timingPatternWithoutPeriod_andDayOfWeek_areWarned_frequencyDefaultsToOnce() {
    Result<CarePlanRecords> read = readStory(b -> {
      CarePlan cp = first(b, CarePlan.class);
      Timing.TimingRepeatComponent reablement = cp.getActivity().get(0).getDetail().getScheduledTiming().getRepeat();
      reablement.setPeriodElement(null);
      reablement.setPeriodUnit(null);
      Timing.TimingRepeatComponent homeCare = cp.getActivity().get(1).getDetail().getScheduledTiming().getRepeat();
      homeCare.addDayOfWeek(Timing.DayOfWeek.MON).setFrequencyElement(null);
    });
    assertThat(notCarried(read)).hasSize(2);
    JointCarePlan plan = read.orElseThrow().plan();
    assertThat(plan.services().get(0).schedule()).isEmpty();
    assertThat(plan.services().get(0).period()).isPresent();
    assertThat(plan.services().get(1).schedule().orElseThrow().frequency()).isEqualTo(1);
  }

  @Test
  void consentDateWithoutTimeOfDay_hasNoMoment_andPolicyRuleIsWrittenWithoutProtocol() {
    Result<CarePlanRecords> read = readStory(b -> {
      Consent c = first(b, Consent.class);
      c.setDateTimeElement(new DateTimeType("2026-10-14"));
      c.getPolicy().clear();
    });
    SharingConsent consent = read.orElseThrow().plan().sharingConsent().orElseThrow();
    assertThat(consent.recordedAt()).isEmpty();
    assertThat(consent.protocols()).isEmpty();
    Bundle written = CareBridgeMapper.carePlanBundle(read.orElseThrow(), Fixtures.BASE, java.time.Instant.EPOCH);
    Consent c = first(written, Consent.class);
    assertThat(c.getDateTimeElement().getValueAsString()).isEqualTo("2026-10-14");
    assertThat(c.hasPolicyRule()).isTrue();
    assertThat(Fixtures.errors(written)).isEmpty();
  }
}
