package org.carebridge.fhir.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.exceptions.PathEngineException;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.fhirpath.ExpressionNode;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.fhirpath.FHIRPathUtilityClasses.FunctionDetails;
import org.hl7.fhir.r5.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r5.fhirpath.TypeDetails;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.utilities.fhirpath.FHIRPathConstantEvaluationMode;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.instance.utils.FHIRPathExpressionFixer;

/**
 * The fast path's route for the invariants whose answer may differ between HAPI's R4 FHIRPath engine and the R5
 * engine inside the HL7 validator: {@code defineVariable}, {@code aggregate}, date and time arithmetic, boundaries
 * and {@code resolve()}. They are evaluated the way the validator evaluates them: by the HL7 R5
 * {@link FHIRPathEngine}, configured as the validator configures its own for an R4 context, on the validator's own
 * element model of the resource, parsed with the engine's definitions. Only the resource that holds the invariant
 * (and, for {@code resolve()}, the Bundle entries it resolves to) is parsed that way, never the whole input.
 *
 * <p>An answer is "true", "false" or "not sure" ({@code null}): an expression that does not parse, a focus that
 * cannot be found in the element model, a reference that does not resolve to exactly the entry the validator
 * resolves it to, or any exception, is "not sure". Thread-safe: each thread has its own FHIRPath engine and parsed
 * expressions (the engine keeps per-evaluation state in fields); a {@link Session} belongs to one call.
 */
public final class EngineInvariants {

  /**
   * The constructs this route is for: whatever the R4 engine may evaluate otherwise than the validator's R5
   * engine. Other FHIRPath goes through HAPI's R4 engine on the fast path.
   */
  private static final Pattern ENGINE_ONLY = Pattern.compile("defineVariable\\(|aggregate\\(|lowBoundary\\(|"
      + "highBoundary\\(|precision\\(|resolve\\(|\\d\\s*'?(year|month|week|day|hour|minute|second|millisecond)s?\\b");

  /**
   * What neither route evaluates: functions and constants that need the validator's host (profiles, terminology,
   * the root resource, the clock) or that only log.
   */
  private static final Pattern NEVER = Pattern.compile("conformsTo\\(|memberOf\\(|htmlChecks|htmlchecks|"
      + "extension\\(\\s*%|today\\(|now\\(|timeOfDay\\(|trace\\(|\\bcontained\\b|\\btext\\b|\\bdiv\\b");

  private static final Pattern CONSTANT = Pattern.compile("%(\\w+)");
  private static final Pattern DEFINED = Pattern.compile("defineVariable\\(\\s*'(\\w+)'");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";

  private final IWorkerContext worker;
  private final ThreadLocal<PerThread> perThread;

  /**
   * @param worker the HL7 engine's worker context: its definitions are the ones the validator parses and
   *     evaluates with
   */
  public EngineInvariants(IWorkerContext worker) {
    this.worker = worker;
    this.perThread = ThreadLocal.withInitial(PerThread::new);
  }

  /**
   * Whether an invariant belongs to this route: it uses a construct the R4 engine may evaluate differently, and
   * nothing this route cannot evaluate either (the only constants are {@code %resource} and the expression's own
   * variables).
   *
   * @param expression the invariant's FHIRPath expression
   * @return true when it is evaluated here
   */
  public static boolean handles(String expression) {
    if (!ENGINE_ONLY.matcher(expression).find() || NEVER.matcher(expression).find()) {
      return false;
    }
    List<String> defined = new ArrayList<>();
    for (Matcher m = DEFINED.matcher(expression); m.find(); ) {
      defined.add(m.group(1));
    }
    for (Matcher m = CONSTANT.matcher(expression); m.find(); ) {
      String name = m.group(1);
      if (!name.equals("resource") && !defined.contains(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A session for one call of the fast path: it parses each resource it needs once.
   *
   * @param resolver for {@code resolve()}: the JSON of the resource a reference (as written in the instance)
   *     points to, or null when it cannot be resolved as the validator would
   * @return the session
   */
  public Session session(Function<String, JsonNode> resolver) {
    return new Session(resolver);
  }

  /** The evaluations of one call. Not thread-safe: one call, one thread. */
  public final class Session {

    private final Function<String, JsonNode> resolver;
    private final IdentityHashMap<JsonNode, Element> parsed = new IdentityHashMap<>();
    private boolean unresolved;

    private Session(Function<String, JsonNode> resolver) {
      this.resolver = resolver;
    }

    /**
     * Evaluates an invariant as the validator does.
     *
     * @param expression the invariant's expression (see {@link #handles(String)})
     * @param key the invariant's key (the validator fixes some expressions by key)
     * @param resource the JSON of the resource the invariant's element is in
     * @param path the steps from the resource to the element: property names, and indexes into arrays
     * @return true or false, or null when not sure
     */
    public Boolean evaluate(String expression, String key, JsonNode resource, List<Object> path) {
      PerThread t = perThread.get();
      try {
        ExpressionNode node = t.expression(expression, key);
        Element root = element(resource);
        Element focus = root == null || node == null ? null : focus(root, path);
        if (focus == null) {
          return null;
        }
        unresolved = false;
        boolean ok = t.fhirPath.evaluateToBoolean(this, root, root, focus, node);
        // the engine treats a reference it cannot resolve as an empty collection; the validator might resolve it
        return unresolved ? null : ok;
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
    }

    private Element element(JsonNode resource) {
      if (parsed.containsKey(resource)) {
        return parsed.get(resource);
      }
      Element e;
      try {
        List<ValidationMessage> errors = new ArrayList<>();
        e = perThread.get().parser.parseSingle(new ByteArrayInputStream(withoutNarrative(resource)), errors);
        if (errors.stream().anyMatch(m -> m.getLevel().isError())) {
          e = null;
        }
      } catch (IOException | RuntimeException ex) {
        e = null;
      }
      parsed.put(resource, e);
      return e;
    }

    Base resolve(String url) {
      JsonNode target = url == null ? null : resolver.apply(url);
      Element e = target == null ? null : element(target);
      if (e == null) {
        unresolved = true;
      }
      return e;
    }
  }

  /**
   * The resource as JSON without its narratives' XHTML ({@code text.div}): parsing XHTML costs more than the rest of
   * the resource, and no invariant on this route reads it ({@link #handles} leaves out those that name {@code text}
   * or {@code div}). The tree is read, never changed: the fast path may be walking it.
   */
  private static byte[] withoutNarrative(JsonNode resource) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      write(g, resource, false);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, JsonNode node, boolean narrative)
      throws IOException {
    if (node.isObject()) {
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (narrative && f.getKey().equals("div")) {
          continue;
        }
        g.writeFieldName(f.getKey());
        write(g, f.getValue(), f.getKey().equals("text") && f.getValue().isObject());
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode item : node) {
        write(g, item, false);
      }
      g.writeEndArray();
    } else {
      JSON.writeTree(g, node);
    }
  }

  /** The element at the end of the path, or null when the element model has no such element. */
  private static Element focus(Element root, List<Object> path) {
    Element at = root;
    for (int i = 0; i < path.size(); i++) {
      if (!(path.get(i) instanceof String name)) {
        return null;
      }
      List<Element> children = at.getChildrenByName(name);
      if (i + 1 < path.size() && path.get(i + 1) instanceof Integer index) {
        if (index >= children.size()) {
          return null;
        }
        at = children.get(index);
        i++;
      } else {
        if (children.size() != 1) {
          return null;
        }
        at = children.get(0);
      }
    }
    return at;
  }

  /** One thread's FHIRPath engine, element model parser and parsed expressions. */
  private final class PerThread {
    final FHIRPathEngine fhirPath;
    final JsonParser parser;
    final Map<String, ExpressionNode> expressions = new HashMap<>();
    final Map<String, StructureDefinition> definitions = new HashMap<>();

    PerThread() {
      fhirPath = new FHIRPathEngine(worker);
      fhirPath.setHostServices(new Host());
      // as InstanceValidator configures its engine for a context that is not R5
      fhirPath.setDoNotEnforceAsSingletonRule(true);
      fhirPath.setAllowDoubleQuotes(false);
      parser = new JsonParser(worker);
      // the definition of the resource's type, as the parser would find it by a scan of every definition
      parser.setLogicalModelResolver(this::definition);
    }

    /** The core definition of a resource's type, or null (then the parser looks for it, and reports). */
    private StructureDefinition definition(JsonObject resource) {
      String type = resource.asString("resourceType");
      return type == null ? null : definitions.computeIfAbsent(type, t -> {
        StructureDefinition sd = worker.fetchResource(StructureDefinition.class, CORE + t);
        return sd != null && sd.getDerivation() == TypeDerivationRule.SPECIALIZATION && sd.hasSnapshot() ? sd : null;
      });
    }

    ExpressionNode expression(String expression, String key) {
      return expressions.computeIfAbsent(key + "|" + expression, k -> {
        try {
          return fhirPath.parse(FHIRPathExpressionFixer.fixExpr(expression, key, worker.getVersion()));
        } catch (RuntimeException e) {
          return null;
        }
      });
    }
  }

  /**
   * The host the validator's engine has, for what these invariants use: no constants of its own, references
   * resolved through the session, nothing else.
   */
  private static final class Host implements IHostApplicationServices {

    @Override
    public List<Base> resolveConstant(FHIRPathEngine engine, Object appContext, String name,
        FHIRPathConstantEvaluationMode mode) {
      return new ArrayList<>();
    }

    @Override
    public TypeDetails resolveConstantType(FHIRPathEngine engine, Object appContext, String name,
        FHIRPathConstantEvaluationMode mode) {
      return null;
    }

    @Override
    public boolean log(String argument, List<Base> focus) {
      return false;
    }

    @Override
    public FunctionDetails resolveFunction(FHIRPathEngine engine, String functionName) {
      return null;
    }

    @Override
    public TypeDetails checkFunction(FHIRPathEngine engine, Object appContext, String functionName,
        TypeDetails focus, List<TypeDetails> parameters) throws PathEngineException {
      throw new PathEngineException("function " + functionName + " is not known here");
    }

    @Override
    public List<Base> executeFunction(FHIRPathEngine engine, Object appContext, List<Base> focus,
        String functionName, List<List<Base>> parameters) {
      throw new FHIRException("function " + functionName + " is not known here");
    }

    @Override
    public Base resolveReference(FHIRPathEngine engine, Object appContext, String url, Base refContext) {
      return ((Session) appContext).resolve(url);
    }

    @Override
    public Base findContainingResource(Object appContext, Base item) {
      return null;
    }

    @Override
    public boolean conformsToProfile(FHIRPathEngine engine, Object appContext, Base item, String url) {
      throw new FHIRException("conformsTo is not evaluated here");
    }

    @Override
    public ValueSet resolveValueSet(FHIRPathEngine engine, Object appContext, String url) {
      return null;
    }

    @Override
    public boolean paramIsType(String name, int index) {
      return false;
    }
  }
}
