package org.carebridge.examples.recipes;

import java.time.LocalDate;
import org.carebridge.core.Address;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Money;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.discharge.Ward;

/**
 * The people, organisations and services of the CareBridge example story (an older person in Staffordshire;
 * example data only), shared by the recipes so that each recipe shows only its own task.
 *
 * <p>Every value here is an immutable sdk-core record; the ids are the contract's story ids.
 */
public final class Story {

  /** Base URL the recipes use for {@code Bundle.entry.fullUrl}: {@code base/Type/id}. */
  public static final String BASE = "https://fhir.example.org/scc";

  /** Staffordshire County Council (ODS code illustrative). */
  public static final Organisation COUNCIL = organisation("staffordshire-cc", "SCC01", "Staffordshire County Council");

  /** The acute hospital trust. */
  public static final Organisation UHNM =
      organisation("uhnm", "RJE", "University Hospitals of North Midlands NHS Trust");

  /** The community trust. */
  public static final Organisation MPFT =
      organisation("mpft", "RRE", "Midlands Partnership University NHS Foundation Trust");

  /** A home care provider (ODS code illustrative). */
  public static final Organisation HOME_CARE = organisation("stafford-home-care", "SHC01", "Stafford Home Care Ltd");

  /** Ward 112, Royal Stoke University Hospital. */
  public static final Ward WARD_112 = Ward.builder().id("ward-112").name("Ward 112").site(OdsCode.of("RJE01")).build();

  private Story() {}

  private static Organisation organisation(String id, String odsCode, String name) {
    return Organisation.builder().id(id).odsCode(OdsCode.of(odsCode)).name(name).build();
  }

  private static Practitioner practitioner(String id, String family, String given, Identifier registration) {
    return Practitioner.builder().id(id).name(HumanName.builder().family(family).addGiven(given).build())
        .addIdentifier(registration).build();
  }

  /**
   * The person at the centre of the story.
   *
   * @return Margaret, 84, who lives alone in Stafford (NHS number 943 476 5919, a test number)
   */
  public static Person margaret() {
    return Person.builder()
        .id("margaret-example")
        .nhsNumber("9434765919")
        .nhsNumberVerificationStatus(NhsNumberVerificationStatus.PRESENT_AND_VERIFIED)
        .addIdentifier(Identifier.of("https://carebridge.org.uk/fhir/Id/la-person-id/SCC01", "SCC-100234"))
        .name(HumanName.builder().family("Hollins").addGiven("Margaret").addGiven("Elizabeth").build())
        .birthDate(LocalDate.of(1942, 3, 14))
        .gender(AdministrativeGender.FEMALE)
        .address(Address.builder().addLine("12 Lichfield Road").city("Stafford").postcode("ST17 4JX").build())
        .build();
  }

  /**
   * District nurse Jones, employed by the community trust.
   *
   * @return her role as a nurse at MPFT
   */
  public static PractitionerRole nurseJones() {
    return PractitionerRole.builder()
        .id("district-nurse-jones-mpft")
        .practitioner(practitioner("district-nurse-jones", "Jones", "Sarah",
            Identifier.of("https://fhir.hl7.org.uk/Id/nmc-number", "14A5678E")))
        .organisation(MPFT)
        .profession(KeyWorkerProfession.NURSE)
        .build();
  }

  /**
   * Social worker Patel, employed by the council.
   *
   * @return her role as a social worker at the council
   */
  public static PractitionerRole socialWorkerPatel() {
    return PractitionerRole.builder()
        .id("social-worker-patel-scc")
        .practitioner(practitioner("social-worker-patel", "Patel", "Priya",
            Identifier.of("https://carebridge.org.uk/fhir/Id/swe-registration-number", "SW104321")))
        .organisation(COUNCIL)
        .profession(KeyWorkerProfession.SOCIAL_WORKER)
        .build();
  }

  /**
   * Home care from an agency the council commissions: £24.50 an hour, 10.5 hours a week.
   *
   * @return the service
   */
  public static PlannedService homeCare() {
    return PlannedService.builder()
        .description("Home care")
        .serviceType(ServiceType.LT_COMMUNITY)
        .provider(HOME_CARE)
        .cost(Money.parse("24.50"), CostFrequency.HOURLY)
        .plannedUnitsPerWeek(new java.math.BigDecimal("10.5"))
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .build();
  }

  /**
   * A personal assistant Margaret employs with her direct payment: £15.50 an hour, 10 hours a week.
   *
   * @return the service
   */
  public static PlannedService personalAssistant() {
    return PlannedService.builder()
        .description("Personal assistant")
        .serviceType(ServiceType.LT_COMMUNITY)
        .cost(Money.parse("15.50"), CostFrequency.HOURLY)
        .plannedUnitsPerWeek(10)
        .fundingSource(FundingSource.DIRECT_PAYMENT)
        .deliveryMechanism(BudgetManagement.DIRECT_PAYMENT)
        .build();
  }

  /**
   * Reablement after discharge (ST-Max), free for six weeks.
   *
   * @return the service
   */
  public static PlannedService reablement() {
    return PlannedService.builder()
        .description("Reablement")
        .serviceType(ServiceType.ST_MAX)
        .provider(COUNCIL)
        .cost(Money.ZERO, CostFrequency.WEEKLY)
        .fundingSource(FundingSource.COUNCIL)
        .deliveryMechanism(BudgetManagement.CASSR_COMMISSIONED)
        .period(org.carebridge.core.DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 25)))
        .build();
  }
}
