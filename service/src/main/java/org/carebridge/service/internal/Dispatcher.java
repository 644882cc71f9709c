package org.carebridge.service.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Severity;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.fhir.OperationOutcomes;
import org.carebridge.service.report.Outcome;
import org.carebridge.service.report.Report;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;

/**
 * The one servlet: routes every request, checks the token, reads the body within the limit, negotiates the format,
 * hands the work to the {@link Workers}, answers every refusal with an OperationOutcome, writes one access-log line
 * and counts the request. Nothing thrown ever reaches Jetty: a failure is a 500 with a one-line OperationOutcome.
 */
final class Dispatcher extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The input's name in the OperationOutcome's narrative. */
  static final String BODY_LABEL = "(request body)";

  private static final Pattern TYPE_VALIDATE = Pattern.compile("/([A-Z][A-Za-z]{1,63})/\\$validate");
  private static final Pattern JSON_TYPE = Pattern.compile("\"resourceType\"\\s*:\\s*\"([A-Za-z]+)\"");
  private static final Pattern XML_ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z]+)[\\s/>]");
  private static final Set<IssueCode> UNPARSEABLE = Set.of(IssueCode.INPUT_TOO_DEEP, IssueCode.INPUT_UNKNOWN_FORMAT,
      IssueCode.JSON_MALFORMED, IssueCode.XML_MALFORMED, IssueCode.XML_DOCTYPE_REFUSED, IssueCode.NOT_A_RESOURCE,
      IssueCode.INPUT_UNREADABLE, IssueCode.XML_REPEATED_ELEMENT, IssueCode.INPUT_TOO_LARGE);

  private final transient Settings settings;
  private final transient State state;
  private final transient Workers workers;
  private final transient Metrics metrics;
  private final transient Conversions conversions;
  private final transient WebPage page;

  Dispatcher(Settings settings, State state, Workers workers, Metrics metrics) {
    this.settings = settings;
    this.state = state;
    this.workers = workers;
    this.metrics = metrics;
    this.conversions = new Conversions(settings.pseudonymKey());
    this.page = new WebPage(settings);
  }

  /** One request's facts for the access log and the metrics. */
  static final class Exchange {
    final String method;
    final String path;
    String operation = "other";
    int status = 200;
    long bytesIn;
    long bytesOut;
    final int[] issues = new int[Severity.values().length];

    Exchange(String method, String path) {
      this.method = method;
      this.path = path;
    }

    void count(List<Issue> list) {
      for (Issue i : list) {
        issues[i.severity().ordinal()]++;
      }
    }
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long t0 = System.nanoTime();
    String path = req.getRequestURI() == null ? "/" : decodedPath(req);
    Exchange x = new Exchange(req.getMethod(), path);
    try {
      route(req, resp, x);
    } catch (Problem p) {
      problem(req, resp, x, p);
    } catch (IOException e) {
      // The body stopped arriving (idle timeout, too slow) or the client went away: answer if it can still hear.
      try {
        problem(req, resp, x, new Problem(408, IssueCode.HTTP_TIME_LIMIT, "The request body did not arrive in time"));
      } catch (IOException | RuntimeException gone) {
        x.status = 408;
      }
    } catch (RuntimeException | StackOverflowError e) {
      problem(req, resp, x, new Problem(500, IssueCode.VALIDATOR_FAILURE,
          "Internal error: " + e.getClass().getSimpleName()));
    } finally {
      long nanos = System.nanoTime() - t0;
      metrics.request(x.operation, x.status, nanos);
      settings.log().accept(accessLine(x, nanos));
    }
  }

  private static String decodedPath(HttpServletRequest req) {
    String sp = req.getServletPath();
    String pi = req.getPathInfo();
    String p = (sp == null ? "" : sp) + (pi == null ? "" : pi);
    return p.isEmpty() ? "/" : p;
  }

  private void route(HttpServletRequest req, HttpServletResponse resp, Exchange x) throws Problem, IOException {
    String path = x.path;
    String method = x.method;
    if (path.equals("/health") || path.equals("/health/live") || path.equals("/health/ready")) {
      x.operation = "health";
      requireMethod(method, "GET", "HEAD");
      boolean live = path.equals("/health/live");
      boolean ok = live || state.ready();
      x.status = ok ? 200 : 503;
      send(resp, x, x.status, "application/json", ("{\"status\":\"" + (live ? "alive" : state.name())
          + "\",\"live\":true,\"ready\":" + state.ready() + "}\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    authorise(req);
    if (path.equals("/metrics")) {
      x.operation = "metrics";
      requireMethod(method, "GET");
      send(resp, x, 200, "text/plain; version=0.0.4; charset=utf-8",
          metrics.text(workers, state).getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (path.equals("/metadata")) {
      x.operation = "metadata";
      requireMethod(method, "GET");
      sendResource(req, resp, x, 200, Capability.statement(settings.version(), validator().packages()), null);
      return;
    }
    if (path.equals("/") || path.equals("/index.html")) {
      x.operation = "page";
      requireMethod(method, "GET", "POST");
      if (method.equals("GET")) {
        send(resp, x, 200, "text/html; charset=utf-8", page.form(validator()).getBytes(StandardCharsets.UTF_8));
      } else {
        WebPage.Answer a = page.submit(req, validator(), workers, x);
        send(resp, x, a.status(), "text/html; charset=utf-8", a.html().getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    if (path.equals("/$validate")) {
      validate(req, resp, x, null);
      return;
    }
    Matcher typed = TYPE_VALIDATE.matcher(path);
    if (typed.matches()) {
      validate(req, resp, x, typed.group(1));
      return;
    }
    if (path.equals("/$convert-hl7v2") || path.equals("/$convert-cld")) {
      boolean hl7 = path.equals("/$convert-hl7v2");
      x.operation = hl7 ? "convert-hl7v2" : "convert-cld";
      requireMethod(method, "POST");
      Conversions.Kind kind = hl7 ? Conversions.Kind.HL7V2 : Conversions.Kind.CLD;
      Conversions.Request r = conversions.request(req, kind);
      byte[] body = body(req, x);
      CareBridgeValidator v = validator();
      Conversions.Answer a = workers.run(() -> conversions.convert(kind, r, body, v));
      x.count(a.issues());
      sendResource(req, resp, x, 200, a.bundle(), null);
      return;
    }
    x.operation = "other";
    throw new Problem(404, IssueCode.HTTP_NOT_FOUND, "No operation at " + method + " " + Log.safe(path)
        + "; see GET /metadata");
  }

  private void validate(HttpServletRequest req, HttpServletResponse resp, Exchange x, String type)
      throws Problem, IOException {
    x.operation = "validate";
    requireMethod(x.method, "POST");
    Media.Format in = Media.requestFormat(req.getContentType(), true);
    String profile = profile(req.getParameter("profile"));
    byte[] body = body(req, x);
    CareBridgeValidator v = validator();
    Media.Format sniffed = in != null ? in : Media.sniff(body);
    Input input = input(body, sniffed, profile, v);
    if (input.refusal() != null) {
      throw input.refusal();
    }
    if (type != null && input.type() != null && !type.equals(input.type())) {
      metrics.verdict("refused");
      throw new Problem(400, IssueCode.HTTP_BAD_REQUEST, "A " + input.type() + " was sent to " + type + "/$validate");
    }
    String forced = input.profile();
    Result<Void> result = workers.run(() -> forced == null ? v.validate(FhirInput.of(input.bytes()))
        : v.validate(FhirInput.of(input.bytes()), forced));
    x.count(result.issues());
    boolean unparseable = result.issues().stream().anyMatch(i -> i.severity() == Severity.FATAL
        && UNPARSEABLE.stream().anyMatch(c -> c.code().equals(i.code())));
    Outcome outcome = new Outcome(BODY_LABEL, 0, result.issues(), false, false);
    metrics.verdict(unparseable ? "unparseable" : outcome.valid() ? "valid" : "invalid");
    sendResource(req, resp, x, unparseable ? 400 : 200, outcome.operationOutcome(Report.Level.information), sniffed);
  }

  /**
   * What to validate: the body, or the {@code resource} of a Parameters body (then re-encoded in the body's format;
   * its issues' lines and columns are those of that encoding), with the profile asked for.
   */
  private record Input(byte[] bytes, String type, String profile, Problem refusal) {}

  private Input input(byte[] body, Media.Format format, String profile, CareBridgeValidator v) throws Problem {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    String type = null;
    Matcher m = (format == Media.Format.XML ? XML_ROOT : JSON_TYPE).matcher(
        format == Media.Format.XML ? head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "") : head);
    if (m.find()) {
      type = m.group(1);
    }
    if (!"Parameters".equals(type) || head.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
      return new Input(body, type, profile, null);
    }
    IParser parser = format == Media.Format.XML ? FhirContext.forR4Cached().newXmlParser()
        : FhirContext.forR4Cached().newJsonParser();
    Parameters parameters;
    try {
      parameters = parser.parseResource(Parameters.class, new String(body, StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError e) {
      return new Input(body, type, profile, null); // the validator locates what is wrong with it
    }
    Resource resource = null;
    String forced = profile;
    for (Parameters.ParametersParameterComponent p : parameters.getParameter()) {
      if ("resource".equals(p.getName()) && p.getResource() != null) {
        resource = p.getResource();
      } else if ("profile".equals(p.getName()) && p.getValue() != null && forced == null) {
        forced = profile(p.getValue().primitiveValue());
      }
    }
    if (resource == null) {
      return new Input(body, type, profile, new Problem(400, IssueCode.HTTP_BAD_REQUEST,
          "A Parameters sent to $validate needs a parameter 'resource' holding the resource to validate"));
    }
    String encoded = parser.setPrettyPrint(true).encodeResourceToString((IBaseResource) resource);
    return new Input(encoded.getBytes(StandardCharsets.UTF_8), resource.fhirType(), forced, null);
  }

  private static String profile(String p) throws Problem {
    if (p == null || p.isEmpty()) {
      return null;
    }
    if (!(p.startsWith("http://") || p.startsWith("https://") || p.startsWith("urn:"))) {
      throw new Problem(400, IssueCode.HTTP_BAD_REQUEST, "profile must be a canonical URL (http://, https:// or"
          + " urn:)");
    }
    return p;
  }

  private CareBridgeValidator validator() throws Problem {
    CareBridgeValidator v = state.validator();
    if (v == null || !state.ready()) {
      throw new Problem(503, IssueCode.HTTP_BUSY, "The service is " + state.name() + "; retry after 1 second", 1);
    }
    return v;
  }

  private void authorise(HttpServletRequest req) throws Problem {
    if (settings.token() == null) {
      return;
    }
    String h = req.getHeader("Authorization");
    byte[] given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
        ? h.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, settings.token())) {
      throw new Problem(401, IssueCode.HTTP_UNAUTHORIZED, "A bearer token is required: Authorization: Bearer <token>");
    }
  }

  private static void requireMethod(String method, String... allowed) throws Problem {
    for (String a : allowed) {
      if (a.equals(method)) {
        return;
      }
    }
    throw new Problem(405, IssueCode.HTTP_NOT_FOUND, method + " is not allowed here: use " + String.join(" or ",
        allowed));
  }

  /** The body, read to the limit: a larger one is refused without reading the rest. */
  byte[] body(HttpServletRequest req, Exchange x) throws Problem, IOException {
    long limit = settings.maxBodyBytes();
    long declared = req.getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = req.getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      x.bytesIn = b.length;
      if (b.length > limit) {
        throw tooLarge(limit);
      }
      return b;
    }
  }

  static Problem tooLarge(long limit) {
    return new Problem(413, IssueCode.HTTP_BODY_TOO_LARGE, "The request body is larger than the limit of " + limit
        + " bytes");
  }

  private void problem(HttpServletRequest req, HttpServletResponse resp, Exchange x, Problem p) throws IOException {
    x.count(List.of(p.issue()));
    if (resp.isCommitted()) {
      x.status = p.status();
      return;
    }
    resp.reset();
    if (p.retryAfter() > 0) {
      resp.setHeader("Retry-After", String.valueOf(p.retryAfter()));
    }
    if (p.status() == 401) {
      resp.setHeader("WWW-Authenticate", "Bearer realm=\"carebridge\"");
    }
    if (p.status() == 413) {
      resp.setHeader("Connection", "close");
    }
    OperationOutcome oo = OperationOutcomes.of(List.of(p.issue()));
    Media.Format fallback;
    try {
      fallback = Media.requestFormat(req.getContentType(), false);
    } catch (Problem ignored) {
      fallback = null;
    }
    sendResource(req, resp, x, p.status(), oo, fallback);
  }

  private void sendResource(HttpServletRequest req, HttpServletResponse resp, Exchange x, int status,
      IBaseResource resource, Media.Format requestFormat) throws IOException {
    Media.Format out = Media.responseFormat(req.getParameter("_format"), req.getHeader("Accept"), requestFormat);
    IParser parser = out == Media.Format.XML ? FhirContext.forR4Cached().newXmlParser()
        : FhirContext.forR4Cached().newJsonParser();
    byte[] bytes = parser.setPrettyPrint(true).encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    send(resp, x, status, out.contentType(), bytes);
  }

  static void send(HttpServletResponse resp, Exchange x, int status, String contentType, byte[] body)
      throws IOException {
    x.status = status;
    resp.setStatus(status);
    resp.setContentType(contentType);
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(body.length);
    if (!"HEAD".equals(x.method)) {
      resp.getOutputStream().write(body);
    }
    x.bytesOut = body.length;
  }

  private static String accessLine(Exchange x, long nanos) {
    int[] n = x.issues;
    return "access method=" + Log.safe(x.method) + " path=" + Log.safe(x.path) + " operation=" + x.operation
        + " status=" + x.status + " ms=" + nanos / 1_000_000 + " bytes_in=" + x.bytesIn + " bytes_out=" + x.bytesOut
        + " fatal=" + n[Severity.FATAL.ordinal()] + " error=" + n[Severity.ERROR.ordinal()]
        + " warning=" + n[Severity.WARNING.ordinal()] + " information=" + n[Severity.INFORMATION.ordinal()];
  }
}
