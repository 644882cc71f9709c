package org.carebridge.fhir.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.carebridge.core.testing.Scaling;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.RawHapi;

/**
 * How the cost of validation grows with the repeated shapes of hostile input (not a unit test; see
 * docs/performance.md): an Encounter carrying 1x, 4x and 16x copies of one (complex) extension, and the same
 * Encounter with as many copies of one participant instead, for contrast. Measured for the HL7 engine as
 * CareBridge runs it with the input guard's limits raised out of the way, for raw HAPI 8.8.1 in the same JVM, and
 * for CareBridge as shipped (its default limits). Run:
 *
 * <pre>
 * nice -n 10 ./mvnw -q -o -pl sdk-fhir -am -Pscaling -DskipTests verify [-Dbench.base=25 -Dbench.runs=3]
 * </pre>
 */
public final class ScalingBenchmark {

  private static final int BASE = Integer.getInteger("bench.base", 25);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);

  private ScalingBenchmark() {}

  public static void main(String[] args) throws IOException {
    byte[] pkg = Corpus.careBridgePackageOrNull();
    String encounter = Corpus.packageExamples(pkg).get("Encounter-margaret-admission.json");
    CareBridgeValidator unguarded = CareBridgeValidator.builder().withoutPackageCache().maxRepeats(Integer.MAX_VALUE)
        .maxArrayItems(Integer.MAX_VALUE).maxElements(Integer.MAX_VALUE).maxIssues(Integer.MAX_VALUE).build();
    CareBridgeValidator shipped = CareBridgeValidator.builder().withoutPackageCache().build();
    RawHapi raw = new RawHapi(List.of(pkg));
    System.out.println("- cores: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, base " + BASE + ", " + RUNS + " timed runs per size");
    System.out.println("- load average (1 min) at start: " + Scaling.load());
    IntFunction<String> extensions = n -> copies(encounter, "extension", n);
    IntFunction<String> participants = n -> copies(encounter, "participant", n);
    for (int i = 0; i < 3; i++) { // warm the JIT on both shapes and every validator before the first timing
      for (String input : List.of(extensions.apply(BASE), participants.apply(BASE))) {
        unguarded.validate(input);
        raw.validate(input);
        shipped.validate(input);
      }
    }
    List<Scaling.Row> rows = new ArrayList<>();
    rows.addAll(Scaling.measure("extension copies, engine (limits raised)", BASE, extensions, unguarded::validate, RUNS));
    rows.addAll(Scaling.measure("extension copies, raw HAPI", BASE, extensions, raw::validate, RUNS));
    rows.addAll(Scaling.measure("extension copies, as shipped", BASE, extensions, shipped::validate, RUNS));
    rows.addAll(Scaling.measure("participant copies, engine (limits raised)", BASE, participants, unguarded::validate,
        RUNS));
    rows.addAll(Scaling.measure("participant copies, raw HAPI", BASE, participants, raw::validate, RUNS));
    System.out.println();
    System.out.print(Scaling.table(rows));
    System.out.println();
    System.out.println("- load average (1 min) at the end: " + Scaling.load());
  }

  /** The example with its first item of {@code array} repeated to {@code n} copies. */
  static String copies(String example, String array, int n) {
    JsonObject root = JsonParser.parseString(example).getAsJsonObject();
    JsonElement one = root.getAsJsonArray(array).get(0);
    JsonArray many = new JsonArray();
    for (int i = 0; i < n; i++) {
      many.add(one.deepCopy());
    }
    root.add(array, many);
    return root.toString();
  }
}
