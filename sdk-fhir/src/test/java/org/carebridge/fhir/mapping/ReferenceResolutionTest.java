package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebridge.core.discharge.DischargeNotification;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Readers resolve references the three ways FHIR allows inside a Bundle: relative ({@code Patient/p1}, what the
 * mappers write), absolute (the target entry's fullUrl) and {@code urn:uuid:} fullUrls.
 */
class ReferenceResolutionTest {

  enum Style { ABSOLUTE, URN_UUID }

  /** Rewrites every resolvable relative reference (and, for URN_UUID, every fullUrl). */
  static Bundle restyle(Bundle original, Style style) {
    Bundle b = original.copy();
    Map<String, String> target = new HashMap<>();
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      Resource r = e.getResource();
      String key = r.fhirType() + "/" + r.getIdElement().getIdPart();
      if (style == Style.URN_UUID) {
        e.setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
      }
      target.put(key, e.getFullUrl());
    }
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      rewrite(e.getResource(), target);
    }
    return b;
  }

  private static void rewrite(Base base, Map<String, String> target) {
    for (org.hl7.fhir.r4.model.Property p : base.children()) {
      for (Base v : p.getValues()) {
        if (v instanceof Reference && target.containsKey(((Reference) v).getReference())) {
          ((Reference) v).setReference(target.get(((Reference) v).getReference()));
        } else if (!v.isPrimitive()) {
          rewrite(v, target);
        }
      }
    }
  }

  @Property(tries = 200)
  void carePlanBundles(@ForAll("records") CarePlanRecords records) {
    Bundle bundle = CareBridgeMapper.carePlanBundle(records, Fixtures.BASE, Instant.EPOCH);
    for (Style style : Style.values()) {
      Bundle restyled = Fixtures.reparse(restyle(bundle, style));
      assertThat(restyled.getEntry().get(0).getResource().getIdElement().getIdPart()).isNotNull();
      assertThat(CareBridgeMapper.readCarePlanBundle(restyled).orElseThrow()).as(style.name()).isEqualTo(records);
    }
  }

  @Property(tries = 200)
  void dischargeMessages(@ForAll("discharges") DischargeNotification notification) {
    Bundle bundle = CareBridgeMapper.toFhir(notification, Fixtures.BASE);
    for (Style style : Style.values()) {
      Bundle restyled = Fixtures.reparse(restyle(bundle, style));
      assertThat(CareBridgeMapper.readDischargeNotification(restyled).orElseThrow()).as(style.name())
          .isEqualTo(notification);
    }
  }

  @Property(tries = 1)
  void theStory() {
    Bundle story = Fixtures.example(Bundle.class, "Bundle-margaret-care-plan-bundle.json");
    CarePlanRecords records = CareBridgeMapper.readCarePlanBundle(story).orElseThrow();
    for (Style style : Style.values()) {
      assertThat(CareBridgeMapper.readCarePlanBundle(Fixtures.reparse(restyle(story, style))).orElseThrow())
          .isEqualTo(records);
    }
  }

  @Provide
  Arbitrary<CarePlanRecords> records() {
    return DomainArbitraries.records(false);
  }

  @Provide
  Arbitrary<DischargeNotification> discharges() {
    return DomainArbitraries.discharges(false);
  }
}
