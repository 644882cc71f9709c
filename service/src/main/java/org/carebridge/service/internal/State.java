package org.carebridge.service.internal;

import org.carebridge.fhir.CareBridgeValidator;

/** Whether the service is starting, ready or stopping, and the validator once it is built. */
final class State {
  private volatile CareBridgeValidator validator;
  private volatile boolean stopping;

  void ready(CareBridgeValidator v) {
    validator = v;
  }

  void stopping() {
    stopping = true;
  }

  /** @return the validator, or null while starting */
  CareBridgeValidator validator() {
    return validator;
  }

  boolean ready() {
    return validator != null && !stopping;
  }

  String name() {
    return stopping ? "stopping" : validator == null ? "starting" : "ready";
  }
}
