package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.NhsNumber;
import org.carebridge.core.validation.IssueCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.carebridge.core.Address;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Person;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.validation.Issue;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The snippets of docs/sdk/mapping.md, compiled and run (the docs checker in sdk-core compares them). */
class MappingGuideExamplesTest {

  private static Bundle storyBundle() {
    return Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
  }

  @Test
  void personToPatientAndBack() {
    // snippet:person
    Person person = Person.builder()
        .id("margaret-example")
        .nhsNumber(NhsNumber.parse("943 476 5919"))
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/la-person-id/SCC01", "SCC-100234"))
        .name(HumanName.builder().family("Hollins").addGiven("Margaret").addGiven("Elizabeth").build())
        .birthDate(LocalDate.of(1942, 3, 14))
        .gender(AdministrativeGender.FEMALE)
        .address(Address.builder().addLine("12 Lichfield Road").city("Stafford").postcode("ST17 4JX").build())
        .build();

    Patient patient = CareBridgeMapper.toFhir(person);          // carebridge-person
    Result<Person> back = CareBridgeMapper.fromFhir(patient);

    assertThat(back.value()).contains(person);                  // lossless
    // end-snippet
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9434765919");
  }

  @Test
  void readACarePlanBundle() {
    Bundle bundle = storyBundle();
    // snippet:read-care-plan-bundle
    Result<CarePlanRecords> result = CareBridgeMapper.readCarePlanBundle(bundle);
    if (result.value().isPresent()) {
      CarePlanRecords records = result.value().get();
      JointCarePlan plan = records.plan();
      Optional<CareTeam> team = records.careTeam();
      Optional<PersonalBudget> budget = records.personalBudget();
      // ...
    }
    for (Issue issue : result.issues()) {
      // e.g. "WARNING CB-MAP-009 at Bundle.entry[1].resource.activity[0].detail.extension: ..."
      System.out.println(issue);
    }
    // end-snippet
    CarePlanRecords records = result.orElseThrow();
    assertThat(records.plan().needs()).hasSize(3);
    assertThat(records.careTeam().orElseThrow().keyWorkers()).hasSize(2);
    assertThat(records.personalBudget().orElseThrow().amount().toString()).isEqualTo("£412.50");
  }

  @Test
  void writeACarePlanBundle() {
    CarePlanRecords records = CareBridgeMapper.readCarePlanBundle(storyBundle()).orElseThrow();
    CareBridgeValidator validator = Fixtures.validator();
    // snippet:write-care-plan-bundle
    Bundle bundle = CareBridgeMapper.carePlanBundle(
        records,                                 // plan + optional care team + optional budget
        "https://fhir.example.org/scc",          // fullUrl = base/Type/id for every entry
        Instant.parse("2026-11-23T09:00:00Z"));  // Bundle.timestamp

    String json = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    Result<Void> report = validator.validate(FhirInput.of(json));
    // end-snippet
    assertThat(report.errors()).isEmpty();
    assertThat(CareBridgeMapper.readCarePlanBundle(bundle).orElseThrow()).isEqualTo(records);
  }

  @Test
  void dischargeMessage() {
    Bundle message = Fixtures.example(Bundle.class, "Bundle-discharge-notice-example.json");
    // snippet:discharge
    DischargeNotification notice = CareBridgeMapper.readDischargeNotification(message).orElseThrow();

    // answer it: a discharge notice agreement from the council, referring to the notice it answers
    DischargeNotification agreement = DischargeNotification.builder()
        .id("discharge-agreement-example")
        .event(DischargeEvent.DISCHARGE_NOTICE_AGREEMENT)
        .person(notice.person())
        .issuedAt(Instant.parse("2026-10-13T16:05:00Z"))
        .hospital(notice.hospital())
        .council(notice.council().orElseThrow())
        .stay(HospitalStay.builder()
            .ward(notice.stay().ward().orElseThrow())
            .admissionDate(notice.stay().admissionDate().orElseThrow())
            .build())
        .respondsTo(notice.id())
        .build();
    Bundle reply = CareBridgeMapper.toFhir(agreement, "https://fhir.example.org/scc");
    // end-snippet
    assertThat(Fixtures.errors(reply)).isEmpty();
    assertThat(CareBridgeMapper.readDischargeNotification(Fixtures.reparse(reply)).orElseThrow()).isEqualTo(agreement);
    assertThat(((org.hl7.fhir.r4.model.MessageHeader) reply.getEntryFirstRep().getResource()).getResponse()
        .getIdentifier()).isEqualTo("discharge-notice-example");
  }

  @Test
  void issuesInsteadOfExceptions() {
    Bundle bundle = storyBundle();
    bundle.getEntry().removeIf(e -> e.getResource() instanceof Patient);
    // snippet:issues
    Result<CarePlanRecords> result = CareBridgeMapper.readCarePlanBundle(bundle);
    assertThat(result.value().isPresent()).isFalse();
    Issue issue = result.errors().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.MAP_MISSING.code());   // "CB-MAP-001"
    assertThat(issue.location().text()).isEqualTo("Bundle.entry");
    assertThat(issue.message()).isEqualTo("the Bundle has no Patient");
    // end-snippet
  }
}
