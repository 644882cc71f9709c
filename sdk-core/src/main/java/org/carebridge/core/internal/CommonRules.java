package org.carebridge.core.internal;

import static org.carebridge.core.internal.RecordIssues.at;

import java.util.List;
import java.util.Optional;
import org.carebridge.core.Person;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;

/** Rules shared by several record types: the person, services, consent. Not API. */
public final class CommonRules {

  private CommonRules() {}

  /**
   * CB-NHS-004: the person should have an NHS number.
   *
   * @param person the person
   * @param location the path of the person in the record
   * @param issues where to add issues
   */
  public static void person(Person person, String location, List<Issue> issues) {
    if (person.nhsNumber().isEmpty()) {
      issues.add(at(IssueCode.NHS_NUMBER_MISSING, location + ".nhsNumber"));
    }
  }

  /**
   * CB-CONSENT-001: a person who lacks capacity needs a legal basis; CB-CONSENT-003: a person who gave
   * consent themselves has none.
   *
   * @param status the consent status, if any
   * @param legalBasis the legal basis, if any
   * @param location the path of the legal basis
   * @param issues where to add issues
   */
  public static void consent(
      Optional<ConsentStatus> status,
      Optional<ConsentLegalBasis> legalBasis,
      String location,
      List<Issue> issues) {
    if (status.equals(Optional.of(ConsentStatus.LACKS_CAPACITY)) && legalBasis.isEmpty()) {
      issues.add(at(IssueCode.CONSENT_LEGAL_BASIS_MISSING, location));
    }
    if (status.equals(Optional.of(ConsentStatus.GIVEN)) && legalBasis.isPresent()) {
      issues.add(at(IssueCode.CONSENT_LEGAL_BASIS_UNEXPECTED, location));
    }
  }

  /**
   * CB-SERVICE-001 to 005 for each service.
   *
   * @param services the services
   * @param location the path of the list
   * @param issues where to add issues
   */
  public static void services(List<PlannedService> services, String location, List<Issue> issues) {
    for (int i = 0; i < services.size(); i++) {
      PlannedService service = services.get(i);
      String at = location + "[" + i + "]";
      if (service.unitCost().isNegative()) {
        issues.add(at(IssueCode.SERVICE_COST_NEGATIVE, at + ".unitCost", service.unitCost()));
      }
      boolean perUnit = service.costFrequency().isPerUnit();
      if (perUnit && service.plannedUnitsPerWeek().isEmpty()) {
        issues.add(at(IssueCode.SERVICE_UNITS_MISSING, 
            at + ".plannedUnitsPerWeek", service.costFrequency().code()));
      }
      if (!perUnit && service.plannedUnitsPerWeek().isPresent()) {
        issues.add(at(IssueCode.SERVICE_UNITS_UNUSED, 
            at + ".plannedUnitsPerWeek", service.costFrequency().code()));
      }
      service.deliveryMechanism()
          .filter(m -> !m.isCldDeliveryMechanism())
          .ifPresent(m -> issues.add(at(IssueCode.SERVICE_DELIVERY_MECHANISM, at + ".deliveryMechanism", m.code())));
      if (!service.fundingSource().isServiceFundingSource()) {
        issues.add(at(IssueCode.SERVICE_FUNDING_SOURCE, at + ".fundingSource", service.fundingSource().code()));
      }
    }
  }
}
