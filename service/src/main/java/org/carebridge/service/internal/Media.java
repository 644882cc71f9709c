package org.carebridge.service.internal;

import java.util.Locale;
import org.carebridge.core.validation.IssueCode;

/** FHIR's two formats, and which one a request sends and wants (Content-Type, {@code _format}, Accept). */
final class Media {
  private Media() {}

  /** JSON or XML. */
  enum Format {
    JSON("application/fhir+json; charset=utf-8"),
    XML("application/fhir+xml; charset=utf-8");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    String contentType() {
      return contentType;
    }
  }

  /**
   * The format a Content-Type names: null when there is none (the body tells), else JSON or XML.
   *
   * @param contentType the header, or null
   * @param strict whether another type is refused (415) rather than read as none
   * @return the format, or null
   * @throws Problem 415 for a type that is neither (when strict)
   */
  static Format requestFormat(String contentType, boolean strict) throws Problem {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    Format f = of(mime(contentType));
    if (f == null && strict) {
      throw new Problem(415, IssueCode.HTTP_UNSUPPORTED_MEDIA_TYPE, "Content-Type " + Log.safe(mime(contentType))
          + " is not supported here: send application/fhir+json or application/fhir+xml");
    }
    return f;
  }

  /** The format of a body without a Content-Type: XML when its first character is {@code <}, else JSON. */
  static Format sniff(byte[] body) {
    for (byte b : body) {
      if (b == '<') {
        return Format.XML;
      }
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return Format.JSON;
      }
    }
    return Format.JSON;
  }

  /**
   * The format of the answer: {@code _format} first, then the first FHIR format the Accept header names, then the
   * request's own format, else JSON.
   */
  static Format responseFormat(String format, String accept, Format request) {
    if (format != null) {
      Format f = format.equalsIgnoreCase("json") ? Format.JSON : format.equalsIgnoreCase("xml") ? Format.XML
          : of(mime(format));
      if (f != null) {
        return f;
      }
    }
    if (accept != null) {
      for (String part : accept.split(",")) {
        Format f = of(mime(part));
        if (f != null) {
          return f;
        }
      }
    }
    return request != null ? request : Format.JSON;
  }

  private static String mime(String header) {
    int semi = header.indexOf(';');
    return (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static Format of(String mime) {
    return switch (mime) {
      case "application/fhir+json", "application/json+fhir", "application/json", "text/json" -> Format.JSON;
      case "application/fhir+xml", "application/xml+fhir", "application/xml", "text/xml" -> Format.XML;
      default -> null;
    };
  }
}
