package org.carebridge.service.internal;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.carebridge.fhir.CareBridgeValidator;

/**
 * What {@code ValidationService.Builder} checked and holds.
 *
 * @param validator builds the validator
 * @param host the interface
 * @param port the port, 0 for any
 * @param maxBodyBytes the largest body
 * @param workers requests worked on at once
 * @param queue requests that may wait
 * @param requestTimeout the longest a request may wait and run
 * @param idleTimeout the longest a connection may stay silent
 * @param stopTimeout the longest a stop waits for requests in flight
 * @param token the bearer token's bytes, or null
 * @param log the access and lifecycle log
 * @param version the service's version
 * @param pseudonymKey the HL7 v2 pseudonym key for people known by NHS number only, or null (ids are then random)
 */
public record Settings(Supplier<CareBridgeValidator> validator, String host, int port, long maxBodyBytes, int workers,
    int queue, Duration requestTimeout, Duration idleTimeout, Duration stopTimeout, byte[] token, Consumer<String> log,
    String version, byte[] pseudonymKey) {}
