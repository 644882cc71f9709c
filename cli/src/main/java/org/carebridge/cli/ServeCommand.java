package org.carebridge.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.carebridge.cli.internal.SecretFiles;
import org.carebridge.cli.internal.UserError;
import org.carebridge.cli.internal.Validators;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.service.ValidationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carebridge serve}: the validator and the converters over HTTP (the service module). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = CareBridgeCommand.Version.class,
    sortOptions = false,
    description = {
        "Serve FHIR $validate, $convert-hl7v2 and $convert-cld over HTTP, with a validator web page at /, GET"
            + " /metadata, GET /health and Prometheus metrics at /metrics, until stopped (SIGTERM or Ctrl-C: requests"
            + " in flight finish first). Binds to 127.0.0.1 unless --host says otherwise. One line on standard error"
            + " says when it is ready, then one access-log line per request (never a body).",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  carebridge serve                                 http://127.0.0.1:8080/",
        "  carebridge serve --port 9090 --package fhir.r4.ukcore.stu2-2.0.2.tgz",
        "  carebridge serve --host 0.0.0.0 --token-file /etc/carebridge/token",
        "  curl -s -H 'Content-Type: application/fhir+json' --data-binary @patient.json \\",
        "      http://127.0.0.1:8080/\\$validate",
        "",
        "Exit codes: 0 stopped, 2 usage error or the port cannot be bound.%n"})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0: any free port, named in the ready line).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every"
          + " interface).")
  String host;

  @Mixin
  PackageOptions packageOptions = new PackageOptions();

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
      description = "$convert-hl7v2: a file of at least 32 secret bytes, as for convert: people known by NHS number"
          + " only get ids keyed with it, the same in every request; without it their ids are random per request.")
  Path pseudonymKeyFile;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding a bearer token (at least 16 characters): every request but /health must then"
          + " carry 'Authorization: Bearer TOKEN', or gets 401.")
  Path tokenFile;

  @Option(names = "--workers", paramLabel = "N",
      description = "Requests validated or converted at once (default: the number of processors).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N",
      description = "Requests that may wait for a worker (default: 4 per worker); one more gets 503 with Retry-After.")
  Integer queue;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "16777216",
      description = "The largest request body (default: ${DEFAULT-VALUE}, 16 MiB); a larger one gets 413.")
  long maxBodyBytes;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "The longest a request may wait and run (default: ${DEFAULT-VALUE}); then 503.")
  int requestTimeout;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long a connection may stay silent, also while sending its body (default: ${DEFAULT-VALUE}).")
  int idleTimeout;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ValidationService.Builder b = ValidationService.builder().log(line -> {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    }).version(CareBridgeCommand.version());
    try {
      b.host(host).port(port).maxBodyBytes(maxBodyBytes).requestTimeout(Duration.ofSeconds(requestTimeout))
          .idleTimeout(Duration.ofSeconds(idleTimeout));
      if (workers != null) {
        b.workers(workers);
      }
      if (queue != null) {
        b.queue(queue);
      }
      if (tokenFile != null) {
        b.token(token(tokenFile));
      }
      if (pseudonymKeyFile != null) {
        b.pseudonymKey(ConvertCommand.pseudonymKey(pseudonymKeyFile));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    ValidationService service = b.validator(() -> {
      CareBridgeValidator v = packageOptions.validator(limits.key(), limits::applyTo);
      Validators.printNotices(v, err);
      return v;
    }).build();
    try {
      service.start();
    } catch (UncheckedIOException e) {
      throw new UserError(e.getMessage());
    }
    Thread hook = new Thread(service::stop, "carebridge-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    service.join();
    return Main.OK;
  }

  private static String token(Path file) {
    return new String(SecretFiles.read(file, "--token-file"), StandardCharsets.UTF_8).strip();
  }

}
