package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.core.validation.Result;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.carebridge.core.Person;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Damaged Bundles (an entry removed, or one element of one entry emptied) are read without an exception: either
 * a record or issues with CB-MAP codes, whose messages hold neither the person's name nor their NHS number.
 */
class RobustnessPropertiesTest {

  private static void assertWellFormed(Result<?> result, Person person) {
    Statistics.collect(result.value().isPresent() ? "read" : "issues");
    for (Issue issue : result.issues()) {
      assertThat(issue.code()).matches("CB-MAP-00[1-9]");
      // every problem is diagnosed: none reaches the mapper's last-resort catch of an unexpected exception
      assertThat(issue.message()).as(issue.toString()).doesNotStartWith("the input cannot be mapped");
      if (person.name().family().length() >= 8) { // shorter generated names occur in any text by chance
        assertThat(issue.message()).doesNotContain(person.name().family());
      }
      person.nhsNumber().ifPresent(n -> assertThat(issue.message()).doesNotContain(n.value()));
    }
  }

  /** Empties the n-th child element (depth-first) found under the entry, if there is one. */
  private static void damage(Bundle bundle, int entry, int element) {
    Base target = bundle.getEntry().get(entry % bundle.getEntry().size()).getResource();
    List<Base> all = new java.util.ArrayList<>();
    collect(target, all);
    if (all.isEmpty()) {
      return;
    }
    Base victim = all.get(element % all.size());
    for (org.hl7.fhir.r4.model.Property p : victim.children()) {
      if (p.hasValues()) {
        victim.removeChild(p.getName().replace("[x]", ""), p.getValues().get(0));
        return;
      }
    }
  }

  private static void collect(Base b, List<Base> out) {
    for (org.hl7.fhir.r4.model.Property p : b.children()) {
      for (Base v : p.getValues()) {
        if (!v.isPrimitive()) {
          out.add(v);
          collect(v, out);
        }
      }
    }
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void damagedCarePlanBundles(@ForAll("records") CarePlanRecords records, @ForAll @IntRange(max = 1000) int entry,
      @ForAll @IntRange(max = 1000) int element, @ForAll boolean removeEntry) {
    Bundle bundle = CareBridgeMapper.carePlanBundle(records, Fixtures.BASE, Instant.EPOCH);
    if (removeEntry) {
      bundle.getEntry().remove(entry % bundle.getEntry().size());
    } else {
      try {
        damage(bundle, entry, element);
      } catch (org.hl7.fhir.exceptions.FHIRException | UnsupportedOperationException e) {
        return; // the model refused the damage: nothing to read
      }
    }
    assertWellFormed(CareBridgeMapper.readCarePlanBundle(reparseOrNull(bundle)), records.plan().person());
    // the damage is real: a good share of the damaged Bundles cannot be read
    Statistics.coverage(c -> c.check("issues").percentage(p -> p > 10));
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void damagedDischargeMessages(@ForAll("discharges") DischargeNotification notification,
      @ForAll @IntRange(max = 1000) int entry, @ForAll @IntRange(max = 1000) int element,
      @ForAll boolean removeEntry) {
    Bundle bundle = CareBridgeMapper.toFhir(notification, Fixtures.BASE);
    if (removeEntry) {
      bundle.getEntry().remove(entry % bundle.getEntry().size());
    } else {
      try {
        damage(bundle, entry, element);
      } catch (org.hl7.fhir.exceptions.FHIRException | UnsupportedOperationException e) {
        return;
      }
    }
    assertWellFormed(CareBridgeMapper.readDischargeNotification(reparseOrNull(bundle)), notification.person());
    Statistics.coverage(c -> c.check("issues").percentage(p -> p > 10));
  }

  /** What travels: the damaged Bundle serialised and parsed again (HAPI refuses some damage; then the empty Bundle). */
  private static Bundle reparseOrNull(Bundle bundle) {
    try {
      return Fixtures.reparse(bundle);
    } catch (RuntimeException e) {
      return new Bundle();
    }
  }

  @Provide
  Arbitrary<CarePlanRecords> records() {
    return DomainArbitraries.records(true);
  }

  @Provide
  Arbitrary<DischargeNotification> discharges() {
    return DomainArbitraries.discharges(true);
  }
}
