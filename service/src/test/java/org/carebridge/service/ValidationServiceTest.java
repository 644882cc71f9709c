package org.carebridge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.fhir.OperationOutcomes;
import org.carebridge.fhir.RuleSource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service over real HTTP on loopback (ephemeral ports): one server for the class, and small ones of their own
 * for the token, the saturated pool, the time limit and the slow client. Every answer is parsed, never only its
 * status looked at.
 */
class ValidationServiceTest {

  static final Path EXAMPLES = Path.of("..", "profiles", "src", "main", "fhir", "package", "examples");
  static final Path SAMPLES = Path.of("..", "docs", "getting-started", "samples");
  static final String VALID_PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\"}";
  static final String INVALID_PATIENT = "{\n  \"resourceType\": \"Patient\",\n  \"id\": \"p1\",\n"
      + "  \"gender\": \"woman\"\n}";

  /** Holds a Patient whose id is "hold" until released: a request in flight for as long as a test wants. */
  static final CountDownLatch RELEASE = new CountDownLatch(1);
  static final AtomicInteger HELD = new AtomicInteger();

  static CareBridgeValidator validator;
  static CareBridgeValidator holding;
  static ValidationService service;
  static final List<String> LOG = new CopyOnWriteArrayList<>();
  static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
      .connectTimeout(Duration.ofSeconds(10)).build();
  static final FhirContext FHIR = FhirContext.forR4Cached();

  @BeforeAll
  static void start() {
    validator = CareBridgeValidator.builder().build();
    service = ValidationService.builder().port(0).validator(() -> validator).maxBodyBytes(1 << 20)
        .log(LOG::add).version("test").build().start();
  }

  @AfterAll
  static void stop() {
    RELEASE.countDown();
    service.stop();
  }

  static HttpResponse<String> post(ValidationService s, String path, String contentType, String body,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(s.uri().resolve(path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      r.headers(headers);
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(ValidationService s, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(s.uri().resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    if (headers.length > 0) {
      r.headers(headers);
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static OperationOutcome outcome(HttpResponse<String> r) {
    String ct = r.headers().firstValue("Content-Type").orElse("");
    var parser = ct.contains("xml") ? FHIR.newXmlParser() : FHIR.newJsonParser();
    return parser.parseResource(OperationOutcome.class, r.body());
  }

  /** An OperationOutcome's issues as comparable text: severity, code, expression, line, column, message. */
  static List<String> issues(OperationOutcome oo) {
    List<String> out = new ArrayList<>();
    for (OperationOutcome.OperationOutcomeIssueComponent i : oo.getIssue()) {
      out.add(i.getSeverity() + " " + i.getDetails().getCodingFirstRep().getCode() + " " + i.getExpression() + " "
          + i.getExtensionString(OperationOutcomes.LINE_EXTENSION) + ":"
          + i.getExtensionString(OperationOutcomes.COLUMN_EXTENSION) + " " + i.getDetails().getText());
    }
    return out;
  }

  static String code(OperationOutcome oo) {
    return oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
  }

  @Test
  void validate_answers200WithTheValidatorsOwnIssues_forValidAndInvalidAlike() throws Exception {
    HttpResponse<String> valid = post(service, "$validate", "application/fhir+json", VALID_PATIENT);
    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(valid.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/fhir+json"));
    assertThat(outcome(valid).getIssue()).noneMatch(i -> i.getSeverity().ordinal()
        <= OperationOutcome.IssueSeverity.ERROR.ordinal());

    HttpResponse<String> invalid = post(service, "Patient/$validate", "application/fhir+json", INVALID_PATIENT);
    assertThat(invalid.statusCode()).isEqualTo(200);
    OperationOutcome oo = outcome(invalid);
    assertThat(issues(oo)).isEqualTo(issues(OperationOutcomes.of(validator.validate(FhirInput.of(INVALID_PATIENT)))));
    assertThat(issues(oo).get(0)).startsWith("ERROR").contains("Patient.gender").contains(" 4:");
    assertThat(oo.getText().getDivAsString()).contains("(request body)").contains("invalid");
  }

  @Test
  void formats_negotiatedByContentTypeAcceptAndFormatParameter() throws Exception {
    String xml = "<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"p1\"/>\n  <gender value=\"woman\"/>\n</Patient>";
    HttpResponse<String> xmlIn = post(service, "$validate", "application/fhir+xml", xml);
    assertThat(xmlIn.statusCode()).isEqualTo(200);
    assertThat(xmlIn.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+xml");
    assertThat(xmlIn.body()).startsWith("<OperationOutcome");
    assertThat(outcome(xmlIn).getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Patient.gender");

    HttpResponse<String> accept = post(service, "$validate", "application/fhir+json", INVALID_PATIENT,
        "Accept", "application/fhir+xml");
    assertThat(accept.body()).startsWith("<OperationOutcome");
    HttpResponse<String> format = post(service, "$validate?_format=json", "application/fhir+xml", xml,
        "Accept", "application/fhir+xml");
    assertThat(format.body()).startsWith("{");
    assertThat(issues(outcome(format))).isEqualTo(issues(outcome(xmlIn)));
  }

  @Test
  void parametersBody_resourceAndProfile_andProfileQueryParameter() throws Exception {
    Patient p = (Patient) FHIR.newJsonParser().parseResource(VALID_PATIENT);
    Parameters params = new Parameters();
    params.addParameter().setName("resource").setResource(p);
    params.addParameter().setName("profile").setValue(new org.hl7.fhir.r4.model.CanonicalType(
        "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-person"));
    HttpResponse<String> r = post(service, "Patient/$validate", "application/fhir+json",
        FHIR.newJsonParser().encodeResourceToString(params));
    assertThat(r.statusCode()).isEqualTo(200);
    String viaParameters = String.join("\n", issues(outcome(r)));
    HttpResponse<String> q = post(service, "$validate?profile=https://carebridge.org.uk/fhir/StructureDefinition/"
        + "carebridge-person", "application/fhir+json", VALID_PATIENT);
    assertThat(q.statusCode()).isEqualTo(200);
    // the profile asks for an NHS number, which this Patient has not: the same finding both ways
    assertThat(viaParameters).isNotEqualTo(String.join("\n", issues(outcome(post(service, "$validate",
        "application/fhir+json", VALID_PATIENT)))));
    assertThat(issues(outcome(q)).stream().map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).toList())
        .isEqualTo(issues(outcome(r)).stream().map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).toList());

    Parameters empty = new Parameters();
    empty.addParameter().setName("mode").setValue(new org.hl7.fhir.r4.model.CodeType("create"));
    HttpResponse<String> none = post(service, "$validate", "application/fhir+json",
        FHIR.newJsonParser().encodeResourceToString(empty));
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(code(outcome(none))).isEqualTo(IssueCode.HTTP_BAD_REQUEST.code());
    HttpResponse<String> wrongType = post(service, "Bundle/$validate", "application/fhir+json", VALID_PATIENT);
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(outcome(wrongType).getIssueFirstRep().getDetails().getText()).isEqualTo(
        "A Patient was sent to Bundle/$validate");
    HttpResponse<String> badProfile = post(service, "$validate?profile=carebridge-person", "application/fhir+json",
        VALID_PATIENT);
    assertThat(badProfile.statusCode()).isEqualTo(400);
  }

  /** The hostile inputs the validator is tested with (sdk-fhir InputSafetyTest), sent over HTTP. */
  static Map<String, String> hostile() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&xxe;\"/></Patient>");
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    m.put("billion laughs", laughs.append("]>\n<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&lol9;\"/></Patient>")
        .toString());
    m.put("deep json", "{\"resourceType\":\"Patient\",\"extension\":"
        + "[{\"url\":\"http://example.org/x\",\"extension\":".repeat(500) + "[]" + "}]".repeat(500) + "}");
    m.put("deep xml", "<Patient xmlns=\"http://hl7.org/fhir\">" + "<extension url=\"http://example.org/x\">".repeat(500)
        + "</extension>".repeat(500) + "</Patient>");
    m.put("malformed json", "{\n  \"resourceType\": \"Patient\",\n  \"id\": \"x\"\n  \"gender\": \"female\"\n}");
    m.put("malformed xml", "<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"x\">\n</Patient>");
    m.put("not json or xml", "hello");
    m.put("blank", "   ");
    m.put("array", "[{\"resourceType\":\"Patient\"}]");
    m.put("unknown type", "{\"resourceType\":\"Carebridge\",\"id\":\"x\"}");
    m.put("no resourceType", "{\"id\":\"x\"}");
    m.put("wrong shape", "{\"resourceType\":\"Patient\",\"status\":\"final\",\"valueQuantity\":{\"value\":1}}");
    m.put("no namespace", "<Patient><id value=\"x\"/></Patient>");
    m.put("parameters deep", "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":"
        + "{\"resourceType\":\"Patient\",\"extension\":" + "[{\"extension\":".repeat(300) + "[]" + "}]".repeat(300)
        + "}}]}");
    m.put("parameters doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE Parameters [<!ENTITY x \"y\">]>\n"
        + "<Parameters xmlns=\"http://hl7.org/fhir\"><parameter><name value=\"&x;\"/></parameter></Parameters>");
    m.put("parameters broken", "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":");
    return m;
  }

  @Test
  void hostileInputs_getAnOperationOutcome_never5xxNorAStackTrace() throws Exception {
    for (Map.Entry<String, String> e : hostile().entrySet()) {
      String ct = e.getValue().startsWith("<") ? "application/fhir+xml" : "application/fhir+json";
      for (String path : List.of("$validate", "Patient/$validate")) {
        HttpResponse<String> r = post(service, path, ct, e.getValue());
        assertThat(r.statusCode()).as(e.getKey()).isIn(200, 400);
        OperationOutcome oo = outcome(r);
        assertThat(oo.getIssue()).as(e.getKey()).isNotEmpty();
        assertThat(r.body()).as(e.getKey()).doesNotContain("Exception").doesNotContain("\tat ")
            .doesNotContain("root:x:0:0");
      }
    }
    HttpResponse<String> xxe = post(service, "$validate", "application/fhir+xml", hostile().get("xxe"));
    assertThat(xxe.statusCode()).isEqualTo(400);
    assertThat(code(outcome(xxe))).isEqualTo(IssueCode.XML_DOCTYPE_REFUSED.code());
    HttpResponse<String> broken = post(service, "$validate", "application/fhir+json", hostile().get("malformed json"));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(outcome(broken).getIssueFirstRep().getExtensionString(OperationOutcomes.LINE_EXTENSION)).isEqualTo("4");
  }

  @Test
  void refusals_415_413_404_405_eachWithAnOperationOutcome() throws Exception {
    HttpResponse<String> media = post(service, "$validate", "image/png", VALID_PATIENT);
    assertThat(media.statusCode()).isEqualTo(415);
    assertThat(code(outcome(media))).isEqualTo(IssueCode.HTTP_UNSUPPORTED_MEDIA_TYPE.code());

    String big = "{\"resourceType\":\"Patient\",\"id\":\"" + "a".repeat((1 << 20) + 10) + "\"}";
    HttpResponse<String> large = post(service, "$validate", "application/fhir+json", big);
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(code(outcome(large))).isEqualTo(IssueCode.HTTP_BODY_TOO_LARGE.code());
    assertThat(outcome(large).getIssueFirstRep().getDetails().getText()).contains(String.valueOf(1 << 20));
    // the same without a Content-Length: streamed, cut at the limit
    HttpRequest chunked = HttpRequest.newBuilder(service.uri().resolve("$validate"))
        .header("Content-Type", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            big.getBytes(StandardCharsets.UTF_8)))).build();
    assertThat(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);

    HttpResponse<String> nothing = get(service, "nothing");
    assertThat(nothing.statusCode()).isEqualTo(404);
    assertThat(code(outcome(nothing))).isEqualTo(IssueCode.HTTP_NOT_FOUND.code());
    assertThat(get(service, "$validate").statusCode()).isEqualTo(405);
  }

  /** What Jetty refuses before the service sees it (a broken request line, huge headers) is an OperationOutcome too. */
  @Test
  void requestsJettyRefuses_getAnOperationOutcome() throws Exception {
    for (String raw : List.of("GET /$validate HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n",
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
        s.setSoTimeout(20_000);
        s.getOutputStream().write(raw.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).startsWith("HTTP/1.1 4").contains("application/fhir+json")
            .contains("\"resourceType\": \"OperationOutcome\"").doesNotContain("<html").doesNotContain("\tat ");
      }
    }
  }

  @Test
  void metadata_health_metrics_andTheAccessLog() throws Exception {
    HttpResponse<String> meta = get(service, "metadata");
    assertThat(meta.statusCode()).isEqualTo(200);
    CapabilityStatement cs = FHIR.newJsonParser().parseResource(CapabilityStatement.class, meta.body());
    assertThat(cs.getRestFirstRep().getOperation()).extracting(o -> o.getName())
        .containsExactly("validate", "convert-hl7v2", "convert-cld");
    assertThat(cs.getExtension()).extracting(e -> e.getValue().primitiveValue())
        .isEqualTo(validator.packages()).anyMatch(p -> p.startsWith("uk.carebridge.r4#"));

    HttpResponse<String> health = get(service, "health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"ready\":true");

    post(service, "$validate", "application/fhir+json", INVALID_PATIENT);
    HttpResponse<String> metrics = get(service, "metrics");
    assertThat(metrics.body()).contains("# TYPE carebridge_http_requests_total counter")
        .containsPattern("carebridge_http_requests_total\\{operation=\"validate\",status=\"200\"} [1-9]")
        .containsPattern("carebridge_validation_verdicts_total\\{verdict=\"invalid\"} [1-9]")
        .contains("carebridge_http_request_duration_seconds_bucket{operation=\"validate\",le=\"+Inf\"}");
    assertThat(LOG).anySatisfy(l -> assertThat(l).matches("access method=POST path=/\\$validate operation=validate"
        + " status=200 ms=\\d+ bytes_in=\\d+ bytes_out=\\d+ fatal=0 error=[1-9]\\d* warning=\\d+ information=\\d+"));
    // never a body, never what the input said
    assertThat(LOG).noneMatch(l -> l.contains("woman") || l.contains("p1"));
  }

  @Test
  void concurrentRequests_haveTheVerdictsOfSequentialOnes() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Map<Path, List<String>> sequential = new LinkedHashMap<>();
    for (Path f : files) {
      sequential.put(f, issues(outcome(post(service, "$validate", "application/fhir+json", Files.readString(f)))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Path f : files) {
          futures.add(pool.submit(() -> issues(outcome(post(service, "$validate", "application/fhir+json",
              Files.readString(f))))));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get(120, TimeUnit.SECONDS)).isEqualTo(sequential.get(files.get(k % files.size())));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void convertHl7v2_andCld_answerTheBundlesMadeAndOneOutcome() throws Exception {
    HttpResponse<String> hl7 = post(service, "$convert-hl7v2?council-ods=SCC01&council-name=Staffordshire"
        + "%20County%20Council&ready-date-field=ZDR-1&pathway=1", "application/hl7-v2",
        Files.readString(SAMPLES.resolve("stay-feed.hl7")));
    assertThat(hl7.statusCode()).isEqualTo(200);
    Bundle b = FHIR.newJsonParser().parseResource(Bundle.class, hl7.body());
    List<Resource> entries = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    assertThat(entries).hasSizeGreaterThan(1);
    assertThat(entries.subList(0, entries.size() - 1)).allMatch(r -> r instanceof Bundle);
    assertThat(entries.get(entries.size() - 1)).isInstanceOf(OperationOutcome.class);

    HttpResponse<String> cld = post(service, "$convert-cld?council-ods=SCC01&council-name=Staffordshire",
        "text/csv", Files.readString(SAMPLES.resolve("cld-q3.csv")));
    assertThat(cld.statusCode()).isEqualTo(200);
    Bundle c = FHIR.newJsonParser().parseResource(Bundle.class, cld.body());
    assertThat(c.getEntry()).hasSizeGreaterThan(1);

    HttpResponse<String> noCouncil = post(service, "$convert-cld", "text/csv", "x");
    assertThat(noCouncil.statusCode()).isEqualTo(400);
    assertThat(outcome(noCouncil).getIssueFirstRep().getDetails().getText())
        .isEqualTo("$convert-cld needs council-ods and council-name");
    HttpResponse<String> unknown = post(service, "$convert-hl7v2?colour=blue", "text/plain", "MSH|");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(post(service, "$convert-cld?council-ods=SCC01&council-name=S", "application/fhir+json", "{}")
        .statusCode()).isEqualTo(415);
    HttpResponse<String> badPathway = post(service, "$convert-hl7v2?pathway=7", "text/plain", "MSH|");
    assertThat(outcome(badPathway).getIssueFirstRep().getDetails().getText())
        .isEqualTo("pathway must be 0, 1, 2 or 3, got 7");
  }

  /** URLs in the input (profiles, references, value sets, the narrative's links) are never fetched. */
  @Test
  void noRequestToAnyUrlInTheInput() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        while (!trap.isClosed()) {
          try (Socket s = trap.accept()) {
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
      String url = "http://127.0.0.1:" + trap.getLocalPort();
      String patient = "{\"resourceType\":\"Patient\",\"meta\":{\"profile\":[\"" + url + "/StructureDefinition/p\"]},"
          + "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><img src=\\\""
          + url + "/i.png\\\"/></div>\"},\"extension\":[{\"url\":\"" + url + "/x\",\"valueString\":\"a\"}],"
          + "\"identifier\":[{\"system\":\"" + url + "/ids\",\"value\":\"1\"}],"
          + "\"managingOrganization\":{\"reference\":\"" + url + "/Organization/1\"},"
          + "\"maritalStatus\":{\"coding\":[{\"system\":\"" + url + "/cs\",\"code\":\"M\"}]}}";
      assertThat(post(service, "$validate?profile=" + url + "/StructureDefinition/q", "application/fhir+json", patient)
          .statusCode()).isEqualTo(200);
      String params = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":" + patient
          + "},{\"name\":\"profile\",\"valueCanonical\":\"" + url + "/StructureDefinition/r\"}]}";
      assertThat(post(service, "$validate", "application/fhir+json", params).statusCode()).isEqualTo(200);
      assertThat(post(service, "$convert-hl7v2?fhir-base=" + url + "/fhir&spell-number-system=" + url + "/spell",
          "text/plain", Files.readString(SAMPLES.resolve("stay-feed.hl7"))).statusCode()).isEqualTo(200);
      Thread.sleep(200);
      assertThat(connections.get()).isZero();
    }
  }

  /**
   * People a feed names by NHS number only: with the deployment's pseudonym key their Patient id is keyed, the same
   * in every request; without it, random per request. The key is a setting of the service, never a parameter.
   */
  @Test
  void pseudonymKey_keysNhsNumberOnlyPeople_acrossRequests() throws Exception {
    String feed = Files.readString(SAMPLES.resolve("stay-feed.hl7")).replace("~K1234567^^^RJE^PI", "")
        .replace("V2610020417^^^RJE^VN", "");
    assertThat(feed).doesNotContain("K1234567").contains("9434765919");
    String query = "$convert-hl7v2?council-ods=SCC01&council-name=Staffordshire%20County%20Council"
        + "&ready-date-field=ZDR-1&pathway=1";
    byte[] key = "a-service-test-key-of-forty-bytes-000001".getBytes(StandardCharsets.US_ASCII);
    try (ValidationService keyed = ValidationService.builder().port(0).validator(() -> validator).pseudonymKey(key)
        .log(l -> { }).build().start()) {
      Set<String> first = patientIds(post(keyed, query, "application/hl7-v2", feed));
      Set<String> second = patientIds(post(keyed, query, "application/hl7-v2", feed));
      assertThat(first).hasSize(1).isEqualTo(second);
      assertThat(first.iterator().next()).doesNotContain("9434765919");
    }
    Set<String> unkeyedFirst = patientIds(post(service, query, "application/hl7-v2", feed));
    Set<String> unkeyedSecond = patientIds(post(service, query, "application/hl7-v2", feed));
    assertThat(unkeyedFirst).hasSize(1).doesNotContainAnyElementsOf(unkeyedSecond);
    assertThat(post(service, query + "&pseudonym-key-file=/etc/passwd", "application/hl7-v2", feed).statusCode())
        .as("a key is never a request parameter").isEqualTo(400);
    assertThatThrownBy(() -> ValidationService.builder().pseudonymKey(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
  }

  /** The Patient ids in the Bundles a conversion answered. */
  private static Set<String> patientIds(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(200);
    Set<String> ids = new TreeSet<>();
    for (Bundle.BundleEntryComponent e : FHIR.newJsonParser().parseResource(Bundle.class, answer.body()).getEntry()) {
      if (e.getResource() instanceof Bundle made) {
        made.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
            .filter(org.hl7.fhir.r4.model.Patient.class::isInstance)
            .forEach(p -> ids.add(p.getIdElement().getIdPart()));
      }
    }
    return ids;
  }

  @Test
  void token_requiredEverywhereButHealth() throws Exception {
    try (ValidationService guarded = ValidationService.builder().port(0).validator(() -> validator)
        .token("s3cret-token-0123456789").log(l -> { }).build().start()) {
      HttpResponse<String> none = post(guarded, "$validate", "application/fhir+json", VALID_PATIENT);
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"carebridge\"");
      assertThat(code(outcome(none))).isEqualTo(IssueCode.HTTP_UNAUTHORIZED.code());
      assertThat(post(guarded, "$validate", "application/fhir+json", VALID_PATIENT, "Authorization",
          "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
      assertThat(get(guarded, "metrics").statusCode()).isEqualTo(401);
      assertThat(get(guarded, "metadata").statusCode()).isEqualTo(401);
      assertThat(post(guarded, "$validate", "application/fhir+json", VALID_PATIENT, "Authorization",
          "Bearer s3cret-token-0123456789").statusCode()).isEqualTo(200);
      assertThat(get(guarded, "health").statusCode()).isEqualTo(200);
    }
  }

  static CareBridgeValidator holdingValidator() {
    synchronized (ValidationServiceTest.class) {
      if (holding == null) {
        holding = CareBridgeValidator.builder().addRuleSource(new RuleSource() {
          @Override
          public String id() {
            return "test-hold";
          }

          @Override
          public List<Issue> check(org.hl7.fhir.r4.model.Resource resource) {
            if ("hold".equals(resource.getIdElement().getIdPart())) {
              HELD.incrementAndGet();
              try {
                RELEASE.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return List.of();
          }
        }).build();
      }
      return holding;
    }
  }

  static final String HOLD = "{\"resourceType\":\"Patient\",\"id\":\"hold\"}";

  @Test
  void saturatedPool_503WithRetryAfter_andATimeLimit() throws Exception {
    CareBridgeValidator v = holdingValidator();
    try (ValidationService small = ValidationService.builder().port(0).validator(() -> v).workers(1).queue(1)
        .requestTimeout(Duration.ofSeconds(3)).log(l -> { }).build().start()) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        int before = HELD.get();
        Future<HttpResponse<String>> running = pool.submit(() -> post(small, "$validate", "application/fhir+json",
            HOLD));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (HELD.get() == before && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        Future<HttpResponse<String>> queued = pool.submit(() -> post(small, "$validate", "application/fhir+json",
            VALID_PATIENT));
        while (!get(small, "metrics").body().contains("carebridge_workers_queued 1")
            && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        HttpResponse<String> busy = post(small, "$validate", "application/fhir+json", VALID_PATIENT);
        assertThat(busy.statusCode()).as("a third request finds the worker and the queue taken").isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(code(outcome(busy))).isEqualTo(IssueCode.HTTP_BUSY.code());
        HttpResponse<String> timedOut = running.get(30, TimeUnit.SECONDS);
        assertThat(timedOut.statusCode()).isEqualTo(503);
        assertThat(code(outcome(timedOut))).isEqualTo(IssueCode.HTTP_TIME_LIMIT.code());
        assertThat(queued.get(30, TimeUnit.SECONDS).statusCode()).isIn(200, 503);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aSlowClient_holdsUpNobody_andIsCutOff() throws Exception {
    try (ValidationService s = ValidationService.builder().port(0).validator(() -> validator).workers(1).queue(0)
        .idleTimeout(Duration.ofSeconds(2)).log(l -> { }).build().start();
        Socket slow = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
      OutputStream out = slow.getOutputStream();
      out.write(("POST /$validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/fhir+json\r\n"
          + "Content-Length: 100000\r\n\r\n{\"resourceType\"").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long t0 = System.nanoTime();
      HttpResponse<String> other = post(s, "$validate", "application/fhir+json", VALID_PATIENT);
      assertThat(other.statusCode()).as("one worker, no queue, and still served").isEqualTo(200);
      assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(10));
      slow.setSoTimeout(20_000);
      InputStream in = slow.getInputStream();
      byte[] answer = in.readAllBytes(); // the server closes the connection after its idle timeout
      assertThat(new String(answer, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 408 ").contains("CB-HTTP-004");
    }
  }
}
