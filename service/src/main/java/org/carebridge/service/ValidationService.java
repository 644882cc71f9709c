package org.carebridge.service;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.service.internal.Settings;
import org.carebridge.service.internal.WebServer;

/**
 * CareBridge over HTTP, on Jetty 12: FHIR {@code $validate} ({@code POST /$validate}, {@code POST /[type]/$validate}),
 * {@code $convert-hl7v2} and {@code $convert-cld}, {@code GET /metadata} (a CapabilityStatement), a validator web page
 * at {@code /}, {@code GET /health} and Prometheus metrics at {@code /metrics}. One {@link CareBridgeValidator},
 * built at {@link #start()}, serves every request; the service keeps no state between requests, so that several
 * can run behind a load balancer. It binds to the loopback interface unless told otherwise, never opens a
 * connection of its own, and stops gracefully: requests in flight finish, new ones get 503.
 *
 * <pre>{@code
 * try (ValidationService service = ValidationService.builder().port(8080).build().start()) {
 *   service.join();
 * }
 * }</pre>
 */
public final class ValidationService implements AutoCloseable {

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default limit of a request body: 16 MiB, the validator's own input limit. */
  public static final long DEFAULT_MAX_BODY_BYTES = CareBridgeValidator.DEFAULT_MAX_INPUT_BYTES;

  private final WebServer server;

  private ValidationService(Settings settings) {
    this.server = new WebServer(settings);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port, builds the validator (until then {@code /health} answers 503 "starting") and returns once the
   * service is ready.
   *
   * @return this service
   * @throws UncheckedIOException when the port cannot be bound
   * @throws IllegalStateException when the service was started before
   * @throws RuntimeException what building the validator throws (the service is then stopped)
   */
  public ValidationService start() {
    server.start();
    return this;
  }

  /**
   * The port the service listens on (the one chosen by the system when port 0 was asked for).
   *
   * @return the port
   * @throws IllegalStateException when not started
   */
  public int port() {
    return server.port();
  }

  /**
   * The base address, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @return the address
   * @throws IllegalStateException when not started
   */
  public URI uri() {
    return server.uri();
  }

  /**
   * The FHIR packages the validator has loaded, as {@code name#version}.
   *
   * @return the packages
   * @throws IllegalStateException when not started
   */
  public java.util.List<String> packages() {
    return server.packages();
  }

  /**
   * Waits until the service has stopped.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops gracefully: the service stops being ready, refuses new requests with 503, lets requests in flight
   * finish within the stop timeout, then closes. Calling it again does nothing.
   */
  public void stop() {
    server.stop();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Builds a {@link ValidationService}; every setting has a default but the validator's. */
  public static final class Builder {
    private Supplier<CareBridgeValidator> validator;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int queue = -1;
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration stopTimeout = Duration.ofSeconds(8);
    private byte[] token;
    private byte[] pseudonymKey;
    private Consumer<String> log = line -> System.err.println(line);
    private String version = "unknown";

    private Builder() {}

    /**
     * How to build the validator, called once by {@link #start()}: the service is ready when it returns and the
     * validator's HL7 engine is prepared ({@link CareBridgeValidator#awaitReady()}), so that no request waits for it.
     *
     * @param factory builds the validator, e.g. {@code () -> CareBridgeValidator.builder().build()}
     * @return this builder
     * @throws NullPointerException when factory is null
     */
    public Builder validator(Supplier<CareBridgeValidator> factory) {
      this.validator = Objects.requireNonNull(factory, "validator must not be null");
      return this;
    }

    /**
     * The interface to listen on (default {@code 127.0.0.1}, loopback only).
     *
     * @param host a host name or address, e.g. {@code 0.0.0.0} for every interface
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder host(String host) {
      if (Objects.requireNonNull(host, "host must not be null").isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      this.host = host;
      return this;
    }

    /**
     * The port (default {@value #DEFAULT_PORT}); 0 lets the system choose a free one ({@link #port()} tells which).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The largest request body accepted (default 16 MiB); a larger one gets 413 and is not read further.
     *
     * @param bytes at least 1024
     * @return this builder
     * @throws IllegalArgumentException when smaller than 1024 or larger than 1 GiB
     */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1024 || bytes > (1L << 30)) {
        throw new IllegalArgumentException("maxBodyBytes must be between 1024 and 1073741824, got " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * How many requests are validated or converted at once (default: the number of processors).
     *
     * @param workers 1 to 256
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder workers(int workers) {
      if (workers < 1 || workers > 256) {
        throw new IllegalArgumentException("workers must be between 1 and 256, got " + workers);
      }
      this.workers = workers;
      return this;
    }

    /**
     * How many requests may wait for a worker (default: four per worker); one more gets 503 with Retry-After.
     *
     * @param queue 0 to 10000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder queue(int queue) {
      if (queue < 0 || queue > 10_000) {
        throw new IllegalArgumentException("queue must be between 0 and 10000, got " + queue);
      }
      this.queue = queue;
      return this;
    }

    /**
     * The longest a request may wait and run (default 60 s); then it gets 503 and its work is abandoned.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * How long a connection may stay silent, also while sending its body, before it is closed (default 30 s): a
     * slow client holds one connection only, never a worker.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /**
     * How long {@link #stop()} waits for requests in flight (default 8 s).
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = positive(timeout, "stopTimeout");
      return this;
    }

    /**
     * A bearer token every request but {@code /health} must carry ({@code Authorization: Bearer TOKEN}); without
     * it, 401. Default: none, every request is served.
     *
     * @param token at least 16 characters, no white space
     * @return this builder
     * @throws IllegalArgumentException when shorter or with white space
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token must not be null");
      if (token.length() < 16 || token.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a token needs at least 16 characters and no white space");
      }
      this.token = token.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /**
     * Where the access log (one line per request: method, path, status, milliseconds, bytes, issue counts; never
     * a body or a parameter value) and the lifecycle lines go. Default: standard error.
     *
     * @param log receives each line
     * @return this builder
     * @throws NullPointerException when log is null
     */
    public Builder log(Consumer<String> log) {
      this.log = Objects.requireNonNull(log, "log must not be null");
      return this;
    }

    /**
     * The deployment's HL7 v2 pseudonym key ({@code carebridge convert --pseudonym-key-file}): a person a feed names
     * by NHS number only gets an id keyed from it (HMAC-SHA256), the same in every request; without it, such ids
     * are random per request. A key is never a request parameter.
     *
     * @param key at least 32 bytes; copied
     * @return this builder
     * @throws NullPointerException "key must not be null"
     * @throws IllegalArgumentException when shorter than 32 bytes
     */
    public Builder pseudonymKey(byte[] key) {
      ConversionSettings.builder(ConversionSettings.Naming.OPTIONS)
          .pseudonymKey(Objects.requireNonNull(key, "key must not be null"));
      this.pseudonymKey = key.clone();
      return this;
    }

    /**
     * The version the service states in its CapabilityStatement and reports.
     *
     * @param version e.g. {@code 0.1.0}
     * @return this builder
     * @throws NullPointerException when version is null
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version must not be null");
      return this;
    }

    /**
     * The service, not started.
     *
     * @return the service
     * @throws IllegalStateException when no validator was given
     */
    public ValidationService build() {
      if (validator == null) {
        throw new IllegalStateException("a validator is required: validator(() -> CareBridgeValidator.builder().build())");
      }
      return new ValidationService(new Settings(validator, host, port, maxBodyBytes, workers,
          queue < 0 ? workers * 4 : queue, requestTimeout, idleTimeout, stopTimeout, token == null ? null : token.clone(),
          log, version, pseudonymKey == null ? null : pseudonymKey.clone()));
    }

    private static Duration positive(Duration d, String name) {
      if (Objects.requireNonNull(d, name + " must not be null").isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }
  }
}
