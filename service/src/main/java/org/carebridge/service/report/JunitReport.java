package org.carebridge.service.report;

import java.io.PrintWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.carebridge.core.validation.Issue;

/**
 * {@code --format junit}: JUnit XML as CI systems read it (Jenkins, GitLab, GitHub actions, Azure): one
 * {@code testsuite} "carebridge validate", one {@code testcase} per input (per line for NDJSON) named after
 * it. An invalid input has a {@code failure} listing its failing issues, an unreadable one an {@code error};
 * every issue also goes to the test case's {@code system-out}. Both list errors first and only the issues shown
 * ({@code --severity}); the failure's count is of every failing issue.
 */
final class JunitReport extends WholeRunReport {

  JunitReport(PrintWriter out, Run run) {
    super(out, run);
  }

  /** Starts {@code testsuites} or {@code testsuite}: the run's name and counts. */
  private static void startSuite(XMLStreamWriter w, String element, Summary s) throws XMLStreamException {
    w.writeStartElement(element);
    w.writeAttribute("name", "carebridge validate");
    w.writeAttribute("tests", Integer.toString(s.inputs()));
    w.writeAttribute("failures", Integer.toString(s.invalid()));
    w.writeAttribute("errors", Integer.toString(s.unreadable()));
  }

  @Override
  public void finish(Summary s) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      startSuite(w, "testsuites", s);
      w.writeCharacters("\n");
      startSuite(w, "testsuite", s);
      w.writeAttribute("skipped", "0");
      w.writeCharacters("\n");
      w.writeStartElement("properties");
      property(w, "carebridge.version", run.version());
      property(w, "packages", String.join(" ", run.packages()));
      if (run.profile() != null) {
        property(w, "profile", run.profile());
      }
      property(w, "warningsAsErrors", Boolean.toString(run.warningsAsErrors()));
      w.writeEndElement();
      w.writeCharacters("\n");
      for (Outcome o : outcomes) {
        testCase(w, o);
      }
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeEmptyElement("property");
    w.writeAttribute("name", name);
    w.writeAttribute("value", xml(value));
  }

  /**
   * Replaces the characters XML 1.0 cannot hold (control characters, unpaired surrogates), which a message may
   * echo from the input, with U+FFFD, so that the report always parses.
   */
  static String xml(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  private void testCase(XMLStreamWriter w, Outcome o) throws XMLStreamException {
    List<Issue> shown = o.shown(run.shown());
    w.writeStartElement("testcase");
    w.writeAttribute("classname", "carebridge.validate");
    w.writeAttribute("name", xml(o.label()));
    if (!o.valid()) {
      long count = o.issues().stream().filter(o::failing).count();
      List<Issue> failing = shown.stream().filter(o::failing).toList();
      w.writeStartElement(o.unreadable() ? "error" : "failure");
      Issue first = failing.isEmpty() ? null : failing.get(0);
      w.writeAttribute("message", xml(count + (count == 1 ? " problem" : " problems")
          + (first == null ? "" : ", first: " + first.code() + ": " + TextReport.oneLine(first.message()))));
      w.writeAttribute("type", o.unreadable() ? "unreadable" : "invalid");
      StringBuilder b = new StringBuilder();
      for (Issue i : failing) {
        b.append(line(i)).append('\n');
      }
      w.writeCharacters(xml(b.toString()));
      w.writeEndElement();
    }
    if (!shown.isEmpty()) {
      w.writeStartElement("system-out");
      StringBuilder b = new StringBuilder();
      for (Issue i : shown) {
        b.append(line(i)).append('\n');
      }
      w.writeCharacters(xml(b.toString()));
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeCharacters("\n");
  }

  private static String line(Issue i) {
    return (i.hasPosition() ? i.line() + ":" + i.column() + " " : "") + i.location() + " " + i.severity() + " "
        + i.code() + ": " + TextReport.oneLine(i.message());
  }
}
