package org.carebridge.examples.recipes;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carebridge.core.Money;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.mapping.CarePlanRecords;
import org.carebridge.core.validation.Result;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Recipe: read a CareBridge care plan Bundle ({@code carebridge-care-plan-bundle}) into sdk-core records: the joint
 * care plan, and the key worker care team and personal budget when the Bundle has them.
 */
public final class ReadCarePlanBundle {

  private ReadCarePlanBundle() {}

  /**
   * Reads a care plan Bundle given as JSON.
   *
   * @param json the Bundle
   * @return the records
   * @throws NullPointerException when {@code json} is null
   * @throws ca.uhn.fhir.parser.DataFormatException when the text is not a FHIR JSON resource
   * @throws IllegalStateException when the Bundle cannot be read; the message lists the issue codes and
   *     locations (never a name or an NHS number)
   */
  public static CarePlanRecords read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    // snippet:read-care-plan-bundle
    Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
    Result<CarePlanRecords> result = CareBridgeMapper.readCarePlanBundle(bundle);
    List<Issue> warnings = result.issues();            // e.g. CB-MAP-008: content the records cannot hold
    CarePlanRecords records = result.orElseThrow();    // IllegalStateException listing codes and locations

    JointCarePlan plan = records.plan();
    LocalDate review = plan.reviewDate();                                          // next review
    Optional<KeyWorkerAssignment> keyWorker =
        records.careTeam().flatMap(team -> team.keyWorkerOn(LocalDate.of(2026, 11, 23)));   // who co-ordinates
    Optional<Money> contribution = records.personalBudget().map(PersonalBudget::clientContribution);
    // end-snippet
    return records;
  }

  /**
   * Reads the Bundle in a file and prints the plan's id and its key worker today.
   *
   * @param args the file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    CarePlanRecords records = read(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    System.out.println(records.plan().id() + ": key worker today "
        + records.careTeam().flatMap(t -> t.keyWorkerOn(LocalDate.now()))
            .map(k -> k.keyWorker().id()).orElse("none"));
  }
}
