package org.carebridge.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;

/**
 * Starts reading the FHIR R4 core definitions on a background thread: from the build-time {@link CoreIndex}
 * (the StructureDefinitions only; value sets and code systems are read when first needed), or, when the
 * index is missing, HAPI's own (about 40 MB of XML in hapi-fhir-validation-resources-r4), on a background thread, so that on a multi-core machine it overlaps with the rest of the start-up
 * (the R5 model scan, reading the FHIR packages). Only one thread ever touches the
 * {@link DefaultProfileValidationSupport} at a time: the background thread until {@link #await()}, the
 * caller after it.
 */
public final class CoreDefinitions {

  private final DefaultProfileValidationSupport support;
  private final CompletableFuture<Void> structures;
  private final CompletableFuture<Void> loading;

  private CoreDefinitions(DefaultProfileValidationSupport support, CompletableFuture<Void> structures,
      CompletableFuture<Void> loading) {
    this.support = support;
    this.structures = structures;
    this.loading = loading;
  }

  /**
   * Starts loading. The R5 model scan (which the worker context needs on its first lookup of a resource
   * type) starts on its own thread first, then the R4 context is fully scanned on the calling thread, then
   * the definitions are read on a background thread.
   */
  public static CoreDefinitions startLoading(FhirContext ctx) {
    CompletableFuture<Void> r5 = new CompletableFuture<>();
    Thread scan = new Thread(() -> {
      try {
        WorkerContextValidationSupportAdapter.FHIR_CONTEXT_R5.getResourceDefinition("Patient");
        r5.complete(null);
      } catch (Throwable e) {
        r5.completeExceptionally(e);
      }
    }, "carebridge-r5-model");
    scan.setDaemon(true);
    scan.start();
    ctx.getResourceDefinition("Patient"); // the full model scan, once, before two threads use the context
    boolean indexed = CoreIndex.available();
    DefaultProfileValidationSupport support = indexed ? CoreIndex.open(ctx) : new DefaultProfileValidationSupport(ctx);
    CompletableFuture<Void> structures = new CompletableFuture<>();
    CompletableFuture<Void> loading = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        support.fetchAllStructureDefinitions();
        structures.complete(null);
        if (!indexed) { // the index parses each value set and code system when first asked for
          support.fetchValueSet("http://hl7.org/fhir/ValueSet/administrative-gender");
          support.fetchCodeSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode");
        }
        loading.complete(null);
      } catch (Throwable e) {
        structures.completeExceptionally(e);
        loading.completeExceptionally(e);
      }
    }, "carebridge-core-definitions");
    t.setDaemon(true);
    t.start();
    return new CoreDefinitions(support, CompletableFuture.allOf(structures, r5), CompletableFuture.allOf(loading, r5));
  }

  /**
   * Waits for the StructureDefinitions only: from then on the caller may read them (the worker context
   * converts them all to R5) while the value sets and code systems are still loading. Nothing may fetch a
   * value set or code system before {@link #await()}.
   */
  public DefaultProfileValidationSupport awaitStructures() {
    join(structures);
    return support;
  }

  /** Waits for the loading to finish and hands the support over to the caller's thread. */
  public DefaultProfileValidationSupport await() {
    join(loading);
    return support;
  }

  private static void join(CompletableFuture<Void> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the FHIR core definitions", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot load the FHIR core definitions", e.getCause());
    }
  }
}
