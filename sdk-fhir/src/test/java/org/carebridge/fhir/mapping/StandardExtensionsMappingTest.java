package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.carebridge.core.DateRange;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Account;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * The elements that carry the key worker continuity, a budget service's period and the sharing consent's status
 * and legal basis: what the reader does with them, with their absence and with a value it cannot hold.
 */
class StandardExtensionsMappingTest {
  private static final String SD = "https://carebridge.org.uk/fhir/StructureDefinition/";
  private static final String STATUS = SD + "carebridge-consent-status";
  private static final String BASIS = SD + "carebridge-consent-legal-basis";
  private static final String CONTINUITY = SD + "carebridge-key-worker-continuity";
  private static final String SERVICE = SD + "carebridge-budget-service";

  private static <T extends Resource> T only(Bundle b, Class<T> type) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).findFirst().orElseThrow();
  }

  private static Result<CarePlanRecords> readStory(Consumer<Bundle> change) {
    Bundle b = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    change.accept(b);
    return CareBridgeMapper.readCarePlanBundle(b);
  }

  private static SharingConsent consentOf(Result<CarePlanRecords> result) {
    return result.orElseThrow().plan().sharingConsent().orElseThrow();
  }

  @Test
  void storyConsent_isGivenPersonally() {
    SharingConsent consent = consentOf(readStory(b -> { }));
    assertThat(consent.status()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(consent.legalBasis()).isEmpty();
  }

  @Test
  void consentWithoutStatus_isThePersonsOwnDecision_permitGiven_denyRefused() {
    SharingConsent permit = consentOf(readStory(b -> only(b, Consent.class).getExtension().clear()));
    assertThat(permit.status()).isEqualTo(ConsentStatus.GIVEN);
    SharingConsent deny = consentOf(readStory(b -> {
      Consent c = only(b, Consent.class);
      c.getExtension().clear();
      c.getProvision().setType(Consent.ConsentProvisionType.DENY);
    }));
    assertThat(deny.status()).isEqualTo(ConsentStatus.REFUSED);
  }

  @Test
  void lacksCapacityWithLegalBasis_isReadAndWrittenBack_andValidates() {
    Result<CarePlanRecords> read = readStory(b -> {
      Consent c = only(b, Consent.class);
      c.getExtensionByUrl(STATUS).setValue(new Coding("https://carebridge.org.uk/fhir/CodeSystem/consent-status",
          "lacks-capacity", "Lacks capacity to consent"));
      c.addExtension(BASIS, new Coding("https://carebridge.org.uk/fhir/CodeSystem/consent-legal-basis",
          "best-interest-decision", "Best-interest decision"));
    });
    SharingConsent consent = consentOf(read);
    // the story's consent also carries its terms (who decided, organisations, protocol...): compare the decision
    SharingConsent expected = SharingConsent.builder().status(ConsentStatus.LACKS_CAPACITY)
        .legalBasis(ConsentLegalBasis.BEST_INTEREST_DECISION).recordedOn(LocalDate.of(2026, 10, 14)).build();
    assertThat(List.of(consent.status(), consent.legalBasis(), consent.recordedOn()))
        .isEqualTo(List.of(expected.status(), expected.legalBasis(), expected.recordedOn()));

    Bundle written = CareBridgeMapper.carePlanBundle(read.orElseThrow(), Fixtures.BASE,
        Instant.parse("2026-11-23T09:00:00Z"));
    Consent c = only(written, Consent.class);
    assertThat(((Coding) c.getExtensionByUrl(STATUS).getValue()).getCode()).isEqualTo("lacks-capacity");
    assertThat(((Coding) c.getExtensionByUrl(BASIS).getValue()).getCode()).isEqualTo("best-interest-decision");
    assertThat(c.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
    assertThat(Fixtures.errors(written)).isEmpty();
  }

  @Test
  void refusedConsent_isWrittenAsDeny() {
    Result<CarePlanRecords> read = readStory(b -> {
      Consent c = only(b, Consent.class);
      c.getExtensionByUrl(STATUS).setValue(new Coding("https://carebridge.org.uk/fhir/CodeSystem/consent-status",
          "refused", "Consent refused"));
      c.getProvision().setType(Consent.ConsentProvisionType.DENY);
    });
    Consent c = only(CareBridgeMapper.carePlanBundle(read.orElseThrow(), Fixtures.BASE, Instant.EPOCH), Consent.class);
    assertThat(c.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.DENY);
    assertThat(c.getCategory()).hasSize(1); // the status no longer rides in a category
  }

  /** A refusal made for a person who lacks capacity has no SharingConsent form: an error, not a silent permit. */
  @Test
  void lacksCapacityWithDeny_isAnError() {
    Result<CarePlanRecords> read = readStory(b -> {
      Consent c = only(b, Consent.class);
      c.getExtensionByUrl(STATUS).setValue(new Coding("https://carebridge.org.uk/fhir/CodeSystem/consent-status",
          "lacks-capacity", null));
      c.getProvision().setType(Consent.ConsentProvisionType.DENY);
    });
    assertThat(read.value().isPresent()).isFalse();
    Issue issue = read.errors().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(issue.location().text()).endsWith(".provision.type");
  }

  /** A status that contradicts the decision is not resolved either way: re-writing it would flip the decision. */
  @Test
  void statusContradictingTheDecision_isAnError() {
    Result<CarePlanRecords> read = readStory(b -> only(b, Consent.class).getProvision()
        .setType(Consent.ConsentProvisionType.DENY));
    assertThat(read.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(read.errors().get(0).location().text()).endsWith(".provision.type");
    assertThat(read.errors().get(0).message()).contains("cb-consent-2");
  }

  @Test
  void consentStatusOutsideItsCodeSystem_isReported() {
    Result<CarePlanRecords> read = readStory(b -> only(b, Consent.class).getExtensionByUrl(STATUS)
        .setValue(new Coding("http://example.org/other", "given", null)));
    assertThat(read.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_UNKNOWN_CODE.code());
    assertThat(read.errors().get(0).location().text()).contains("carebridge-consent-status");
  }

  @Test
  void keyWorkerContinuity_isRead_andAbsentMeansFalse() {
    assertThat(readStory(b -> { }).orElseThrow().careTeam().orElseThrow().continuityRequired()).isTrue();
    assertThat(readStory(b -> only(b, CareTeam.class).getExtension().clear()).orElseThrow().careTeam()
        .orElseThrow().continuityRequired()).isFalse();
    Result<CarePlanRecords> wrong = readStory(b -> only(b, CareTeam.class).getExtensionByUrl(CONTINUITY)
        .setValue(new StringType("yes")));
    assertThat(wrong.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_MISSING.code());
  }

  @Test
  void budgetServicePeriod_isRead_andAbsentMeansNone() {
    PlannedService reablement = readStory(b -> { }).orElseThrow().personalBudget().orElseThrow().services().get(2);
    assertThat(reablement.period())
        .contains(DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 25)));
    PlannedService withoutPeriod = readStory(b -> only(b, Account.class).getExtensionsByUrl(SERVICE).get(2)
        .getExtension().removeIf(e -> e.getUrl().equals("period")))
        .orElseThrow().personalBudget().orElseThrow().services().get(2);
    assertThat(withoutPeriod.period()).isEqualTo(Optional.empty());
    Result<CarePlanRecords> wrong = readStory(b -> {
      Extension period = only(b, Account.class).getExtensionsByUrl(SERVICE).get(2).getExtensionByUrl("period");
      period.setValue(new StringType("six weeks"));
    });
    assertThat(wrong.errors()).extracting(Issue::code).containsExactly(IssueCode.MAP_INVALID_VALUE.code());
    assertThat(wrong.errors().get(0).location().text()).endsWith(".extension('period')");
  }
}
