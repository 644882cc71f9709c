package org.carebridge.fhir.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Jackson trees read with Jackson's streaming parser and node factory alone: the same tree an {@code ObjectMapper}
 * configured as HAPI's JSON parser is (exact decimals, no trailing content) would give, plus duplicate member names
 * rejected, without building an {@code ObjectMapper}. Building the first one costs a new JVM a third of a second,
 * which the fast path's start-up (the plan and the first input) does not need to pay on its own thread.
 */
final class JsonTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonTrees() {
  }

  /** The tree of a JSON text; duplicate member names and trailing content fail. */
  static JsonNode read(String text) throws IOException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return read(p);
    }
  }

  /** The tree of a JSON stream (not closed); duplicate member names and trailing content fail. */
  static JsonNode read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      return read(p);
    }
  }

  /** Iterative, so that the depth of the input never meets the depth of the stack. */
  private static JsonNode read(JsonParser p) throws IOException {
    ArrayDeque<JsonNode> open = new ArrayDeque<>();
    String name = null;
    JsonNode root = null;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (root != null && open.isEmpty()) {
        throw new JsonParseException(p, "content after the end of the JSON value");
      }
      JsonNode v;
      switch (t) {
        case FIELD_NAME -> {
          name = p.currentName();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          open.pop();
          continue;
        }
        case START_OBJECT -> v = NODES.objectNode();
        case START_ARRAY -> v = NODES.arrayNode();
        case VALUE_STRING -> v = NODES.textNode(p.getText());
        case VALUE_NUMBER_INT -> v = switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
        case VALUE_NUMBER_FLOAT -> v = NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE -> v = NODES.booleanNode(true);
        case VALUE_FALSE -> v = NODES.booleanNode(false);
        case VALUE_NULL -> v = NODES.nullNode();
        default -> throw new JsonParseException(p, "unexpected token " + t);
      }
      JsonNode parent = open.peek();
      if (parent == null) {
        root = v;
      } else if (parent instanceof ObjectNode o) {
        o.set(name, v);
      } else {
        ((ArrayNode) parent).add(v);
      }
      if (v.isContainerNode()) {
        open.push(v);
      }
    }
    if (root == null || !open.isEmpty()) {
      throw new JsonParseException(p, "incomplete JSON value");
    }
    return root;
  }
}
