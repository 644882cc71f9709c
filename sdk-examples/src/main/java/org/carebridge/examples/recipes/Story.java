package org.carebridge.examples.recipes;

import java.time.LocalDate;
import java.util.List;
import org.carebridge.core.Address;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Money;
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
  public static final Organisation COUNCIL =
      Organisation.of("staffordshire-cc", "SCC01", "Staffordshire County Council");

  /** The acute hospital trust. */
  public static final Organisation UHNM =
      Organisation.of("uhnm", "RJE", "University Hospitals of North Midlands NHS Trust");

  /** The community trust. */
  public static final Organisation MPFT =
      Organisation.of("mpft", "RRE", "Midlands Partnership University NHS Foundation Trust");

  /** A home care provider (ODS code illustrative). */
  public static final Organisation HOME_CARE =
      Organisation.of("stafford-home-care", "SHC01", "Stafford Home Care Ltd");

  /** Ward 112, Royal Stoke University Hospital. */
  public static final Ward WARD_112 = Ward.of("ward-112", "Ward 112", "RJE01");

  private Story() {}

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
        .name(HumanName.of("Hollins", "Margaret", "Elizabeth"))
        .birthDate(LocalDate.of(1942, 3, 14))
        .gender(AdministrativeGender.FEMALE)
        .address(new Address(List.of("12 Lichfield Road"), "Stafford", "ST17 4JX"))
        .build();
  }

  /**
   * District nurse Jones, employed by the community trust.
   *
   * @return her role as a nurse at MPFT
   */
  public static PractitionerRole nurseJones() {
    return PractitionerRole.of("district-nurse-jones-mpft",
        Practitioner.of("district-nurse-jones", HumanName.of("Jones", "Sarah"),
            Identifier.of("https://fhir.hl7.org.uk/Id/nmc-number", "14A5678E")),
        MPFT, KeyWorkerProfession.NURSE);
  }

  /**
   * Social worker Patel, employed by the council.
   *
   * @return her role as a social worker at the council
   */
  public static PractitionerRole socialWorkerPatel() {
    return PractitionerRole.of("social-worker-patel-scc",
        Practitioner.of("social-worker-patel", HumanName.of("Patel", "Priya"),
            Identifier.of("https://carebridge.org.uk/fhir/Id/swe-registration-number", "SW104321")),
        COUNCIL, KeyWorkerProfession.SOCIAL_WORKER);
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
