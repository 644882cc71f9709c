package org.carebridge.fhir.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Severity;

/**
 * Everything that happens before the FHIR validator sees an input: bounded reading, UTF-8 decoding, format
 * detection, and a syntax check of JSON and XML with a nesting limit. XML is read by the JDK's own StAX
 * parser with DTD support and external entities switched off, and any DOCTYPE is refused, so nothing
 * downstream ever sees a DTD (no XXE, no entity expansion).
 *
 * <p>Stateless and thread-safe.
 */
public final class Preflight {

  /** JSON or XML. */
  public enum Format {
    JSON,
    XML
  }

  /** A checked input ready for the validator, or the issues that stop it. */
  public record Result(String text, Format format, List<Issue> issues) {
    public boolean ok() {
      return issues.isEmpty();
    }
  }


  private final long maxBytes;
  private final int maxDepth;
  private final Limits limits;
  private final JsonSyntax json;

  public Preflight(Limits limits) {
    this.limits = limits;
    this.maxBytes = limits.maxBytes();
    this.maxDepth = limits.maxDepth();
    this.json = new JsonSyntax(limits);
  }

  /** A new, locked-down JDK StAX factory (one per document: factories are not guaranteed thread-safe). */
  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resources are not allowed");
    });
    return f;
  }

  /** Reads at most the size limit (and one chunk) from the stream and checks the text. */
  public Result check(InputStream in) {
    byte[] bytes;
    try {
      bytes = readBounded(in);
    } catch (IOException e) {
      return fail(IssueCode.INPUT_UNREADABLE, 0, 0, "The input could not be read (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > maxBytes) {
      // the first byte over the limit, counted in the bytes read so far
      int[] at = bytePosition(bytes, (int) maxBytes);
      return fail(IssueCode.INPUT_TOO_LARGE, at[0], at[1], tooLarge());
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer source = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer target = CharBuffer.allocate(bytes.length);
    CoderResult decoded = decoder.decode(source, target, true);
    if (decoded.isError()) {
      int[] at = bytePosition(bytes, source.position());
      return fail(IssueCode.INPUT_UNREADABLE, at[0], at[1], "The input is not valid UTF-8 (at this byte)");
    }
    decoder.flush(target);
    return checkText(target.flip().toString(), false);
  }

  private String tooLarge() {
    return "The input is larger than the limit of " + maxBytes + " bytes";
  }

  /** 1-based line and column (in characters) of a byte offset in UTF-8 bytes. */
  static int[] bytePosition(byte[] bytes, int offset) {
    int line = 1;
    int col = 1;
    for (int k = 0; k < offset && k < bytes.length; k++) {
      int b = bytes[k] & 0xFF;
      if (b == '\n') {
        line++;
        col = 1;
      } else if (b != '\r' && (b & 0xC0) != 0x80 && !(k == 0 && b == 0xEF)) {
        col++; // a character starts at every byte that is not a continuation byte
      }
    }
    return new int[] {line, col};
  }

  /** Checks text that is already in memory. */
  public Result check(String text) {
    return checkText(text, true);
  }

  private Result checkText(String text, boolean checkSize) {
    if (checkSize && (long) text.length() * 3 > maxBytes && utf8Length(text) > maxBytes) {
      int[] at = position(text, charAtByte(text, maxBytes));
      return fail(IssueCode.INPUT_TOO_LARGE, at[0], at[1], tooLarge());
    }
    int start = 0;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length()) {
      return fail(IssueCode.INPUT_UNKNOWN_FORMAT, 0, 0, "The input is empty");
    }
    char first = text.charAt(start);
    if (first == '{') {
      Issue issue = json.check(text);
      return issue == null ? new Result(text, Format.JSON, List.of()) : new Result(null, null, List.of(issue));
    }
    if (first == '<') {
      Issue issue = scanXml(text);
      return issue == null ? new Result(text, Format.XML, List.of()) : new Result(null, null, List.of(issue));
    }
    if (first == '[') {
      int[] pos = position(text, start);
      return fail(IssueCode.NOT_A_RESOURCE, pos[0], pos[1],
          "The input is a JSON array; a FHIR resource is a JSON object with a resourceType");
    }
    int[] pos = position(text, start);
    return fail(IssueCode.INPUT_UNKNOWN_FORMAT, pos[0], pos[1],
        "The input is neither JSON (starting with '{') nor XML (starting with '<')");
  }

  /** One open XML element: where its start tag begins, its children counted by name and extension url. */
  private static final class Open {
    final int tagStart;
    final Map<String, Integer> children = new HashMap<>();
    final Map<String, Integer> extensionUrls = new HashMap<>();

    Open(int tagStart) {
      this.tagStart = tagStart;
    }
  }

  private Issue scanXml(String text) {
    XMLStreamReader r = null;
    try {
      r = xmlFactory().createXMLStreamReader(new StringReader(text));
      XmlShape shape = new XmlShape();
      Deque<Open> open = new ArrayDeque<>();
      long elements = 0;
      int cursor = 0;
      int textRun = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.CDATA
            && event != XMLStreamConstants.SPACE) {
          textRun = 0;
        }
        switch (event) {
          case XMLStreamConstants.DTD -> {
            return xmlIssue(IssueCode.XML_DOCTYPE_REFUSED, r.getLocation(),
                "DOCTYPE declarations are not allowed in FHIR XML (DTDs and entities are refused)");
          }
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            return xmlIssue(IssueCode.XML_DOCTYPE_REFUSED, r.getLocation(),
                "Entity references are not allowed in FHIR XML");
          }
          case XMLStreamConstants.START_ELEMENT -> {
            Open parent = open.peek();
            int tag = nextStartTag(text, cursor);
            cursor = tag < 0 ? text.length() : tag + 1;
            Open element = new Open(tag);
            open.push(element);
            Issue issue = startElement(r, text, element, parent, open.size(), ++elements, shape);
            if (issue != null) {
              return issue;
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            Open element = open.peek();
            textRun += r.getTextLength();
            if (element != null && textRun > limits.maxStringLength()) {
              return at(IssueCode.INPUT_STRING_TOO_LONG, text, element.tagStart, "A text in an XML element is longer"
                  + " than the limit of " + limits.maxStringLength() + " characters");
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            open.pop();
            shape.end();
          }
          default -> { }
        }
      }
      return null;
    } catch (XMLStreamException e) {
      String msg = e.getMessage() == null ? "" : e.getMessage();
      // StAX messages start with "ParseError at [row,col]:[r,c]\nMessage: ..."; keep the message part only.
      int m = msg.indexOf("Message: ");
      String detail = m >= 0 ? msg.substring(m + 9) : msg;
      detail = detail.replaceAll("\\s+", " ").trim();
      if (detail.length() > 200) {
        detail = detail.substring(0, 200) + "...";
      }
      return xmlIssue(IssueCode.XML_MALFORMED, e.getLocation(), "The input is not well-formed XML: " + detail);
    } catch (RuntimeException e) {
      // the JDK's scanner can fail while describing an error (MissingResourceException for a character that
      // is not allowed in a DOCTYPE): it is still malformed input, at the scanner's position
      return xmlIssue(IssueCode.XML_MALFORMED, r == null ? null : r.getLocation(),
          "The input is not well-formed XML: a character or construct the XML parser refuses ("
              + e.getClass().getSimpleName() + ")");
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release
        }
      }
    }
  }

  /** The limits and shape checks of one start tag; null when it is within them. */
  private Issue startElement(XMLStreamReader r, String text, Open element, Open parent, int depth, long elements,
      XmlShape shape) {
    int tag = element.tagStart;
    if (depth > maxDepth) {
      return at(IssueCode.INPUT_TOO_DEEP, text, tag, "The XML nests deeper than the limit of " + maxDepth + " levels");
    }
    if (elements > limits.maxElements()) {
      return at(IssueCode.INPUT_TOO_MANY_ELEMENTS, text, tag,
          "The XML has more than the limit of " + limits.maxElements() + " elements in all");
    }
    String name = r.getLocalName();
    if (parent != null && parent.children.merge(name, 1, Integer::sum) > limits.maxArrayItems()) {
      return at(IssueCode.INPUT_TOO_MANY_ITEMS, text, tag, "The XML repeats the element '" + name
          + "' more than the limit of " + limits.maxArrayItems() + " times in one parent");
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeValue(i).length() > limits.maxStringLength()) {
        return at(IssueCode.INPUT_STRING_TOO_LONG, text, tag, "An XML attribute value is longer than the limit of "
            + limits.maxStringLength() + " characters");
      }
    }
    if (parent != null && ("extension".equals(name) || "modifierExtension".equals(name))) {
      String url = r.getAttributeValue(null, "url");
      if (url != null && parent.extensionUrls.merge(name + " " + url, 1, Integer::sum) > limits.maxRepeats()) {
        return at(IssueCode.INPUT_TOO_MANY_REPEATS, text, tag, "The XML repeats one extension (the same url) more"
            + " than the limit of " + limits.maxRepeats() + " times in one element");
      }
    }
    XmlShape.Refusal refused = shape.start(r.getNamespaceURI(), name, r.getAttributeValue(null, "value") != null);
    if (refused != null) {
      return at(refused.code(), text, tag, refused.message());
    }
    return null;
  }

  /**
   * The offset of the first start tag at or after {@code from}, skipping end tags, comments, CDATA sections and
   * processing instructions (text and attribute values cannot hold a raw '<'), or -1. The reader meets start tags in
   * the same order, so this finds the '<' of each in turn; the reader's own location is wherever it has read ahead to.
   */
  static int nextStartTag(String text, int from) {
    int i = text.indexOf('<', from);
    while (i >= 0 && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      if (next != '/' && next != '!' && next != '?') {
        return i;
      }
      String close = text.startsWith("<!--", i) ? "-->" : text.startsWith("<![CDATA[", i) ? "]]>" : next == '?' ? "?>" : ">";
      int end = text.indexOf(close, i + 2);
      if (end < 0) {
        return -1;
      }
      i = text.indexOf('<', end + close.length());
    }
    return -1;
  }

  /** An issue at a character offset of the text (or without a position when the offset is unknown). */
  private static Issue at(IssueCode code, String text, int offset, String message) {
    int[] pos = offset < 0 ? new int[] {0, 0} : position(text, offset);
    return Issues.input(code, message, pos[0], pos[1]);
  }

  private static Issue xmlIssue(IssueCode code, Location loc, String message) {
    int line = loc == null ? 0 : Math.max(0, loc.getLineNumber());
    int col = loc == null || line == 0 ? 0 : Math.max(0, loc.getColumnNumber());
    return Issues.input(code, message, line, col);
  }

  /**
   * A refusal for a reason found outside the checks, e.g. the input could not be read.
   *
   * @param issue the fatal issue
   * @return the result
   */
  public static Result failed(Issue issue) {
    return new Result(null, null, List.of(issue));
  }

  private static Result fail(IssueCode code, int line, int col, String message) {
    return new Result(null, null, List.of(Issues.input(code, message, line, col)));
  }

  /** The stream's bytes, or the first ones past the limit (then longer than the limit) when it is longer. */
  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      out.write(buf, 0, n);
      if (total > maxBytes) {
        break;
      }
    }
    return out.toByteArray();
  }

  /** The offset of the character holding UTF-8 byte {@code byteOffset} of the text. */
  private static int charAtByte(String s, long byteOffset) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      long size = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
      if (n + size > byteOffset) {
        return i;
      }
      n += size;
      if (size == 4) {
        i++;
      }
    }
    return Math.max(0, s.length() - 1);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * 1-based line and column of the first character of a checked input's root ('{' or '<'), where an issue about
   * the input as a whole points.
   *
   * @param text the text of a {@link Result} that passed
   * @return {line, column}
   */
  public static int[] rootPosition(String text) {
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    return position(text, Math.min(start, Math.max(0, text.length() - 1)));
  }

  /** 1-based line and column of a character offset. */
  static int[] position(String s, int offset) {
    int line = 1;
    int col = 1;
    for (int k = 0; k < offset; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        line++;
        col = 1;
      } else if (c != '\r') {
        col++;
      }
    }
    return new int[] {line, col};
  }
}
