package org.carebridge.cld.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.carebridge.cld.internal.Labels.EventType;
import org.carebridge.cld.internal.Labels.FundingStatus;
import org.carebridge.core.Money;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.ServiceType;

/**
 * One row that passed every check, with the values the adapter maps (null when blank). Not API.
 *
 * @param line the line the row starts on
 * @param periodStart Reporting Period Start Date
 * @param periodEnd Reporting Period End Date
 * @param laPersonId LA Person Unique Identifier
 * @param nhsNumber NHS Number, or null
 * @param firstName First Name, or null
 * @param lastName Last Name
 * @param birthDate Date of Birth, or null
 * @param gender Gender, or null
 * @param funding Client Funding Status, or null
 * @param eventType Event Type
 * @param eventReference Event Reference
 * @param eventStart Event Start Date
 * @param eventEnd Event End Date, or null
 * @param service the service facts of a Service row, or null for other event types
 */
record ParsedRow(
    int line,
    LocalDate periodStart,
    LocalDate periodEnd,
    String laPersonId,
    NhsNumber nhsNumber,
    String firstName,
    String lastName,
    LocalDate birthDate,
    AdministrativeGender gender,
    FundingStatus funding,
    EventType eventType,
    String eventReference,
    LocalDate eventStart,
    LocalDate eventEnd,
    Service service) {

  /**
   * The service facts of a Service row.
   *
   * @param type Service Type
   * @param component Service Component, or null
   * @param mechanism Delivery Mechanism
   * @param providerName Provider CQC Location Name, or null
   * @param providerId Provider CQC Location ID, or null
   * @param unitCost Unit Cost
   * @param frequency Cost Frequency (Unit Type)
   * @param unitsPerWeek Planned units per week, or null when blank or zero
   */
  record Service(
      ServiceType type,
      String component,
      BudgetManagement mechanism,
      String providerName,
      String providerId,
      Money unitCost,
      CostFrequency frequency,
      BigDecimal unitsPerWeek) {}
}
