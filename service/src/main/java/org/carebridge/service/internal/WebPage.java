package org.carebridge.service.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.service.report.Outcome;
import org.carebridge.service.report.Report;
import org.carebridge.service.report.Summary;

/**
 * The validator web page at {@code /}: a form (paste or upload a message, a profile if wanted) that works without
 * script, and the answer, which is the command line's HTML report ({@code --format html}) of that one input with a
 * link back to the form. The page loads nothing: its Content-Security-Policy allows inline style and posting the
 * form to this service only.
 */
final class WebPage {
  /** The input's name in the report when it was pasted. */
  static final String PASTED = "(pasted message)";

  private static final String FORM = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
      form-action 'self'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>CareBridge validator</title>
      <style>
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#1d1d1f;\
      line-height:1.4;max-width:60rem}
      h1{font-size:1.6rem}label{display:block;font-weight:600;margin:1rem 0 .25rem}
      textarea{width:100%;min-height:18rem;font-family:ui-monospace,Consolas,monospace;font-size:.9rem}
      input[type=text]{width:100%}button{margin-top:1rem;font-size:1rem;padding:.4rem 1.2rem}
      .meta{color:#555;font-size:.9rem}
      </style>
      </head>
      <body>
      <h1>CareBridge validator</h1>
      <p class="meta">FHIR R4, offline: nothing you send leaves this service, and nothing is kept. Packages: %s.</p>
      <form id="validate" method="post" action="/" enctype="multipart/form-data">
      <label for="message">Paste a FHIR resource or Bundle (JSON or XML)</label>
      <textarea id="message" name="message" spellcheck="false"></textarea>
      <label for="file">or upload a file</label>
      <input id="file" name="file" type="file" accept=".json,.xml,application/fhir+json,application/fhir+xml">
      <label for="profile">Profile (canonical URL, optional)</label>
      <input id="profile" name="profile" type="text" placeholder="https://carebridge.org.uk/fhir/\
      StructureDefinition/...">
      <button id="submit" type="submit">Validate</button>
      </form>
      </body>
      </html>
      """;

  private final Settings settings;

  WebPage(Settings settings) {
    this.settings = settings;
  }

  /** The page's answer. */
  record Answer(int status, String html) {}

  String form(CareBridgeValidator v) {
    return FORM.replace("%s", escape(String.join(", ", v.packages())));
  }

  Answer submit(HttpServletRequest req, CareBridgeValidator validator, Workers workers, Dispatcher.Exchange x) {
    byte[] body;
    String label = PASTED;
    String profile;
    try {
      String ct = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
      if (ct.startsWith("multipart/form-data")) {
        Part file = req.getPart("file");
        body = file != null && file.getSize() > 0 ? read(file) : null;
        if (body != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank()) {
          label = file.getSubmittedFileName();
        }
        if (body == null) {
          Part message = req.getPart("message");
          body = message == null ? null : read(message);
        }
        Part p = req.getPart("profile");
        profile = p == null ? null : new String(read(p), StandardCharsets.UTF_8).strip();
      } else if (ct.startsWith("application/x-www-form-urlencoded")) {
        String m = req.getParameter("message");
        body = m == null ? null : m.getBytes(StandardCharsets.UTF_8);
        profile = req.getParameter("profile") == null ? null : req.getParameter("profile").strip();
      } else {
        return error(415, "The form is sent as multipart/form-data or application/x-www-form-urlencoded.");
      }
    } catch (IllegalStateException e) {
      return error(413, "The message is larger than the limit of " + settings.maxBodyBytes() + " bytes.");
    } catch (IOException | ServletException | RuntimeException e) {
      return error(400, "The form could not be read.");
    }
    if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
      return error(400, "Paste a message or choose a file, then press Validate.");
    }
    x.bytesIn = body.length;
    if (profile != null && profile.isEmpty()) {
      profile = null;
    }
    if (profile != null && !(profile.startsWith("http://") || profile.startsWith("https://")
        || profile.startsWith("urn:"))) {
      return error(400, "The profile must be a canonical URL (http://, https:// or urn:).");
    }
    String forced = profile;
    byte[] input = body;
    Result<Void> result;
    try {
      result = workers.run(() -> forced == null ? validator.validate(FhirInput.of(input))
          : validator.validate(FhirInput.of(input), forced));
    } catch (Problem p) {
      x.count(java.util.List.of(p.issue()));
      return error(p.status(), p.issue().message());
    }
    x.count(result.issues());
    Outcome outcome = new Outcome(label, 0, result.issues(), false, false);
    Summary summary = new Summary();
    summary.add(outcome);
    StringWriter html = new StringWriter();
    PrintWriter out = new PrintWriter(html);
    Report report = Report.of(Report.Format.html, out, new Report.Run(settings.version(), validator.packages(),
        forced, false, Report.Level.information));
    report.add(outcome);
    report.finish(summary);
    out.flush();
    String page = html.toString().replaceFirst("<body>\n", "<body>\n<p class=\"meta\"><a id=\"again\" href=\"/\">"
        + "Validate another message</a></p>\n");
    return new Answer(200, page);
  }

  private byte[] read(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes()));
    }
  }

  private static Answer error(int status, String message) {
    return new Answer(status, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n"
        + "<title>CareBridge validator</title>\n</head>\n<body>\n<h1>CareBridge validator</h1>\n<p id=\"error\">"
        + escape(message) + "</p>\n<p><a href=\"/\">Back to the form</a></p>\n</body>\n</html>\n");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
