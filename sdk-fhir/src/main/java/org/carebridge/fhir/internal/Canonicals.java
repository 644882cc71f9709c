package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.util.Date;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.PackageInformation;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * The R5 ("canonical") form of an R4 StructureDefinition, made exactly as HAPI 8.8.1's worker context
 * makes it, and kept where HAPI keeps it, so that HAPI finds it instead of converting again.
 *
 * <p>HAPI's {@link WorkerContextValidationSupportAdapter} converts each R4 definition to R5 on first use and
 * stores the result in the R4 resource's user data under a private key (the adapter's class name followed
 * by {@code _TO_CANONICAL_USERDATA_KEY}); every later lookup of the definition returns that stored object.
 * {@link #convertAhead} performs the same steps as the adapter's private
 * {@code convertToCanonicalVersionAndGenerateSnapshot} for a definition that has a snapshot (the version
 * canonicalizer's conversion, then the source package) and stores the result under the same key. Doing it
 * ahead lets the start-up convert each core definition once, on the thread that parsed it, where HAPI
 * converts every definition twice on the caller's thread (see {@link CachingWorkerContext}). Definitions
 * without a snapshot are left to HAPI, which generates the snapshot first.
 *
 * <p>{@code CachingWorkerContextTest} checks that HAPI returns the stored objects (so the key is right)
 * and that they equal HAPI's own conversion.
 */
final class Canonicals {

  /** HAPI's private user-data key (WorkerContextValidationSupportAdapter.TO_CANONICAL_USERDATA_KEY). */
  static final String TO_CANONICAL_USERDATA_KEY =
      WorkerContextValidationSupportAdapter.class.getName() + "_TO_CANONICAL_USERDATA_KEY";

  private Canonicals() {}

  /** The stored R5 form of a definition, or null when none has been made yet. */
  static Resource stored(IBaseResource r4) {
    synchronized (r4) {
      return (Resource) r4.getUserData(TO_CANONICAL_USERDATA_KEY);
    }
  }

  /**
   * Converts an R4 StructureDefinition that has a snapshot and stores the R5 form as HAPI would; does
   * nothing for other resources, for definitions without a snapshot, or when a form is already stored.
   *
   * @return the stored R5 form, or null when none was stored
   */
  static Resource convertAhead(VersionCanonicalizer canonicalizer, IBaseResource r4) {
    if (!(r4 instanceof org.hl7.fhir.r4.model.StructureDefinition sd) || !sd.hasSnapshot()
        || sd.getSnapshot().getElement().isEmpty()) {
      return stored(r4);
    }
    synchronized (r4) {
      Resource canonical = (Resource) r4.getUserData(TO_CANONICAL_USERDATA_KEY);
      if (canonical == null) {
        canonical = canonicalizer.resourceToValidatorCanonical(r4);
        if (canonical instanceof StructureDefinition c && c.getSnapshot().isEmpty()) {
          return null; // HAPI would generate a snapshot here: leave it to HAPI
        }
        String sourcePackageId = (String) r4.getUserData(DefaultProfileValidationSupport.SOURCE_PACKAGE_ID);
        if (sourcePackageId != null) {
          canonical.setSourcePackage(new PackageInformation(sourcePackageId, null, null, new Date()));
        }
        r4.setUserData(TO_CANONICAL_USERDATA_KEY, canonical);
      }
      return canonical;
    }
  }
}
