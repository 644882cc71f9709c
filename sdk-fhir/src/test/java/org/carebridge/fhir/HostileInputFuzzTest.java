package org.carebridge.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.carebridge.core.testing.Fuzzing;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.carebridge.fhir.testing.Corpus;
import org.carebridge.fhir.testing.UkCore;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input never escapes {@link CareBridgeValidator#validate(String)} or the mappers: mutants (jqwik, see
 * {@link Fuzzing}) of the package examples and the conformance corpus, as JSON and as XML. Per input: no Throwable,
 * a report within 2 s (of CPU time, see Fuzzing), and an unlocated internal failure ({@code CB-ENGINE-001}, {@code CB-RULES-001}) on fewer than
 * 0.1% of inputs. The validator is the default one with a deadline (1 s here, 60 s in the command line), warmed up on
 * the seeds first. jqwik runs
 * the tests ({@code @Example}: one run each, which draws as many inputs as the settings allow).
 *
 * <p>CI runs each target for a few seconds; a long run: {@code ./mvnw -B -ntp -o -pl sdk-fhir -am test
 * -Dtest=HostileInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dcarebridge.hostile.seconds=3600
 * -Dcarebridge.hostile.tries=1000000 [-Dcarebridge.hostile.seed=N]}.
 */
class HostileInputFuzzTest {

  private static final long BOUND_MILLIS = 2000;
  private static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "\\", "\\u0000",
      "\\ud800", "null", "true", "-1e999", "0.0000000001", "\"extension\":[", "{\"url\":\"x\"}", "\"resourceType\":",
      "\"div\":\"<div>", "<b>", "\u0000", "\uFEFF", "\uFFFE", "\n", " ");
  private static final List<String> XML_TOKENS = List.of("<", ">", "/>", "</", "&", "&amp;", "&#0;", "&#x1F600;",
      "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "<!ENTITY a \"b\">", "\"", "'",
      " value=\"", "xmlns=\"http://hl7.org/fhir\"", "<extension url=\"x\">", "<div xmlns=\"http://www.w3.org/1999/xhtml\">",
      "\u0000", "\uFFFE", "\n");

  private static CareBridgeValidator validator;
  private static List<String> json;
  private static List<String> xml;
  private static final AtomicLong DEADLINES = new AtomicLong();

  @BeforeContainer
  static void seeds() throws IOException {
    CareBridgeValidator.Builder b = CareBridgeValidator.builder().withoutPackageCache().deadline(Duration.ofSeconds(1));
    if (UkCore.available()) {
      b.addPackage(UkCore.tgz());
    }
    validator = b.build();
    json = new ArrayList<>(Corpus.packageExamples(Corpus.careBridgePackageOrNull()).values());
    xml = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "conformance-kit", "src", "main", "resources", "org",
        "carebridge", "kit", "corpus"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        (f.toString().endsWith(".xml") ? xml : json).add(text);
      }
    }
    IParser parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    for (String example : Corpus.packageExamples(Corpus.careBridgePackageOrNull()).values()) {
      xml.add(FhirContext.forR4Cached().newXmlParser().setPrettyPrint(true)
          .encodeResourceToString(parser.parseResource(example)));
    }
    assertThat(json).hasSizeGreaterThan(100);
    assertThat(xml).hasSizeGreaterThan(30);
    for (int i = 0; i < 10; i++) {
      validator.validate(json.get(i));
      validator.validate(xml.get(xml.size() - 1 - i));
    }
  }

  @Example
  void json_validate() {
    check(Fuzzing.run("validate JSON", Fuzzing.Settings.of(Long.MAX_VALUE, 8), Fuzzing.mutants(json, JSON_TOKENS),
        HostileInputFuzzTest::internalFailure, BOUND_MILLIS));
  }

  @Example
  void xml_validate() {
    check(Fuzzing.run("validate XML", Fuzzing.Settings.of(Long.MAX_VALUE, 8), Fuzzing.mutants(xml, XML_TOKENS),
        HostileInputFuzzTest::internalFailure, BOUND_MILLIS));
  }

  /** The mappers, on whatever HAPI's lenient parser makes of a JSON mutant (no validation first: the worst case). */
  @Example
  void json_mappers() {
    IParser parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    check(Fuzzing.run("mappers (JSON)", Fuzzing.Settings.of(Long.MAX_VALUE, 4), Fuzzing.mutants(json, JSON_TOKENS),
        input -> {
          IBaseResource resource;
          try {
            resource = parser.parseResource(input);
          } catch (RuntimeException notFhir) {
            return false; // HAPI's parser refuses it: nothing reaches the mappers
          }
          map(resource);
          return false;
        }, BOUND_MILLIS));
  }

  /** Each mapper that reads this kind of resource; a mapper may refuse it with issues, never throw. */
  static void map(IBaseResource resource) {
    if (resource instanceof Patient p) {
      CareBridgeMapper.fromFhir(p);
    } else if (resource instanceof Organization o) {
      CareBridgeMapper.fromFhir(o);
    } else if (resource instanceof Practitioner p) {
      CareBridgeMapper.fromFhir(p);
    } else if (resource instanceof Bundle bundle) {
      CareBridgeMapper.readDischargeNotification(bundle);
      CareBridgeMapper.readCarePlanBundle(bundle);
      CareBridgeMapper.readJointCarePlan(bundle);
      CareBridgeMapper.readCareTeam(bundle);
      CareBridgeMapper.readPersonalBudget(bundle);
      CareBridgeMapper.readPractitionerRole(bundle);
    }
  }

  private static boolean internalFailure(String input) {
    Result<Void> report = validator.validate(input);
    for (Issue i : report.issues()) {
      if (i.code().equals(IssueCode.VALIDATION_DEADLINE.code())) {
        DEADLINES.incrementAndGet();
      }
    }
    return report.issues().stream().anyMatch(i -> !i.hasPosition()
        && (i.code().equals(IssueCode.VALIDATOR_FAILURE.code()) || i.code().equals(IssueCode.RULE_SOURCE_FAILURE.code())));
  }

  private static void check(Fuzzing.Report report) {
    System.out.println("hostile fuzz: inputs stopped by the deadline so far: " + DEADLINES.get());
    assertThat(report.executions()).as("executions").isGreaterThanOrEqualTo(20);
    assertThat(report.findings()).as("findings (throwables and slow calls fail the run)")
        .filteredOn(f -> !f.kind().equals("internal")).isEmpty();
    assertThat(report.internalRate()).as("internal failure rate").isLessThan(0.001);
  }
}
