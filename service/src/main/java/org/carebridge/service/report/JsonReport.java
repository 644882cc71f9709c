package org.carebridge.service.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.carebridge.core.validation.Issue;

/**
 * {@code --format json}: one JSON document, written as the outcomes arrive:
 * {@code {"tool", "version", "packages", "profile", "warningsAsErrors", "severity", "inputs": [{"input", "line",
 * "valid", "issues": [{"severity", "code", "location", "line", "column", "message", "source"}]}], "summary":
 * {...}}}. {@code severity} is the least severe issue listed ({@code --severity}); the summary counts every issue.
 */
final class JsonReport implements Report {
  private final PrintWriter out;
  private final JsonGenerator g;
  private final Level shown;

  JsonReport(PrintWriter out, Run run) {
    this.out = out;
    this.shown = run.shown();
    try {
      g = new JsonFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "carebridge");
      g.writeStringField("version", run.version());
      g.writeArrayFieldStart("packages");
      for (String p : run.packages()) {
        g.writeString(p);
      }
      g.writeEndArray();
      if (run.profile() != null) {
        g.writeStringField("profile", run.profile());
      }
      g.writeBooleanField("warningsAsErrors", run.warningsAsErrors());
      g.writeStringField("severity", run.shown().name());
      g.writeArrayFieldStart("inputs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(Outcome o) {
    try {
      g.writeStartObject();
      g.writeStringField("input", o.input());
      if (o.ndjsonLine() > 0) {
        g.writeNumberField("line", o.ndjsonLine());
      }
      g.writeBooleanField("valid", o.valid());
      if (o.unreadable()) {
        g.writeBooleanField("unreadable", true);
      }
      g.writeArrayFieldStart("issues");
      for (Issue i : o.shown(shown)) {
        g.writeStartObject();
        g.writeStringField("severity", Format.severity(i.severity()));
        g.writeStringField("code", i.code());
        g.writeStringField("location", i.location().text());
        if (i.hasPosition()) {
          g.writeNumberField("line", i.line());
          g.writeNumberField("column", i.column());
        }
        g.writeStringField("message", i.message());
        g.writeStringField("source", i.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(Summary s) {
    try {
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("inputs", s.inputs());
      g.writeNumberField("valid", s.valid());
      g.writeNumberField("invalid", s.invalid());
      g.writeNumberField("unreadable", s.unreadable());
      g.writeNumberField("errors", s.errors());
      g.writeNumberField("warnings", s.warnings());
      g.writeNumberField("information", s.information());
      g.writeNumberField("exitCode", s.exitCode());
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
