package org.carebridge.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How many FHIR resources one input holds, for the resources-per-second rate of {@code validate --progress}: the
 * resource itself and every resource inside it (Bundle entries, contained resources). In JSON each resource is the
 * one object with a {@code resourceType} member; in XML each is the root element or an element directly inside
 * a {@code resource} or {@code contained} element of the FHIR namespace. A scan of the input's tokens, no model;
 * input that does not parse counts what was read before the fault (the validator reports the fault itself).
 */
final class ResourceCount {

  private static final String FHIR = "http://hl7.org/fhir";
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10_000).build()).build();
  private static final XMLInputFactory XML = secureXml();

  private ResourceCount() {
  }

  static long of(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '<') {
      return xml(new StringReader(text));
    }
    try (JsonParser p = JSON.createParser(text)) {
      return json(p);
    } catch (IOException e) {
      return 0;
    }
  }

  static long of(byte[] utf8) {
    int i = 0;
    while (i < utf8.length && (Character.isWhitespace(utf8[i]) || (utf8[i] & 0xFF) >= 0x80)) {
      i++; // white space and a byte order mark
    }
    if (i < utf8.length && utf8[i] == '<') {
      return xml(new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8));
    }
    try (JsonParser p = JSON.createParser(utf8)) {
      return json(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static long json(JsonParser p) {
    long n = 0;
    try {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && "resourceType".equals(p.currentName())) {
          n++;
        }
      }
    } catch (IOException e) {
      // malformed: what was read so far
    }
    return n;
  }

  private static long xml(Reader in) {
    long n = 0;
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(in);
      ArrayDeque<Boolean> holdsResources = new ArrayDeque<>();
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          boolean fhir = FHIR.equals(r.getNamespaceURI());
          if (holdsResources.isEmpty() || Boolean.TRUE.equals(holdsResources.peek())) {
            n += fhir ? 1 : 0;
          }
          String name = r.getLocalName();
          holdsResources.push(fhir && (name.equals("resource") || name.equals("contained")));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          holdsResources.pop();
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // malformed: what was read so far
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
    return n;
  }

  private static XMLInputFactory secureXml() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }
}
