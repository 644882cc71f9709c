package org.carebridge.examples.recipes;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Helpers the recipes' main methods share. */
final class Recipes {

  private Recipes() {}

  /** Pretty-printed JSON of a resource. */
  static String json(IBaseResource resource) {
    return FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }
}
