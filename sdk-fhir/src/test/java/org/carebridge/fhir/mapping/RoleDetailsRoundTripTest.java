package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import java.time.LocalDate;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.DateRange;
import org.carebridge.core.PractitionerRole;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PractitionerRole elements a role carries besides practitioner, organisation and profession (active,
 * specialty, telecom, period) survive readPractitionerRole and toFhir. ExampleRoundTripTest cannot list them as
 * carried yet: in the care plan Bundle the key worker roles are read through the care team, which rebuilds them.
 */
class RoleDetailsRoundTripTest {

  private static Resource byTypeAndId(Bundle b, String type, String id) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r.fhirType().equals(type) && r.getIdPart().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + "/" + id));
  }

  private static Resource resolve(Bundle b, Reference ref) {
    String[] parts = ref.getReference().split("/");
    return byTypeAndId(b, parts[parts.length - 2], parts[parts.length - 1]);
  }

  private static Bundle context(String id) {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    org.hl7.fhir.r4.model.PractitionerRole role =
        (org.hl7.fhir.r4.model.PractitionerRole) byTypeAndId(story, "PractitionerRole", id);
    Bundle context = new Bundle().setType(Bundle.BundleType.COLLECTION);
    context.addEntry().setResource(role);
    context.addEntry().setResource(resolve(story, role.getPractitioner()));
    context.addEntry().setResource(resolve(story, role.getOrganization()));
    return context;
  }

  @ParameterizedTest
  @ValueSource(strings = {"district-nurse-jones-mpft", "social-worker-patel-scc", "liaison-nurse-hughes-uhnm"})
  void roleExamples_keepActiveSpecialtyAndTelecom(String id) {
    Bundle context = context(id);
    org.hl7.fhir.r4.model.PractitionerRole original =
        (org.hl7.fhir.r4.model.PractitionerRole) byTypeAndId(context, "PractitionerRole", id);
    Result<PractitionerRole> read = CareBridgeMapper.readPractitionerRole(context);
    assertThat(read.issues()).isEmpty();
    PractitionerRole role = read.orElseThrow();
    assertThat(role.active()).contains(true);
    assertThat(role.specialties()).containsExactly(original.getSpecialtyFirstRep().getText());
    assertThat(role.telecom()).extracting(ContactPoint::value)
        .containsExactly(original.getTelecomFirstRep().getValue());
    org.hl7.fhir.r4.model.PractitionerRole back = (org.hl7.fhir.r4.model.PractitionerRole) byTypeAndId(
        Fixtures.reparse(CareBridgeMapper.toFhir(role, Fixtures.BASE)), "PractitionerRole", id);
    assertThat(back.getActive()).isTrue();
    assertThat(back.getSpecialtyFirstRep().getText()).isEqualTo(original.getSpecialtyFirstRep().getText());
    assertThat(back.getTelecomFirstRep().equalsDeep(original.getTelecomFirstRep())).isTrue();
  }

  @Test
  void period_isCarried_andOneWithoutAStartIsReportedNotThrown() {
    Bundle context = context("district-nurse-jones-mpft");
    org.hl7.fhir.r4.model.PractitionerRole fhir =
        (org.hl7.fhir.r4.model.PractitionerRole) context.getEntryFirstRep().getResource();
    fhir.setPeriod(new Period().setStartElement(new DateTimeType("2024-04-01")));
    PractitionerRole role = CareBridgeMapper.readPractitionerRole(context).orElseThrow();
    assertThat(role.period()).contains(DateRange.startingOn(LocalDate.of(2024, 4, 1)));
    Bundle back = Fixtures.reparse(CareBridgeMapper.toFhir(role, Fixtures.BASE));
    assertThat(((org.hl7.fhir.r4.model.PractitionerRole) byTypeAndId(back, "PractitionerRole",
        "district-nurse-jones-mpft")).getPeriod().getStartElement().getValueAsString()).isEqualTo("2024-04-01");
    assertThat(Fixtures.errors(back)).isEmpty();

    fhir.setPeriod(new Period().setEndElement(new DateTimeType("2025-01-31")));
    Result<PractitionerRole> noStart = CareBridgeMapper.readPractitionerRole(context);
    assertThat(noStart.orElseThrow().period()).isEmpty();
    assertThat(noStart.issues()).extracting(org.carebridge.core.validation.Issue::code)
        .containsExactly(IssueCode.MAP_NOT_CARRIED.code());
    assertThat(noStart.issues().get(0).location().text()).endsWith(".period");
  }
}
