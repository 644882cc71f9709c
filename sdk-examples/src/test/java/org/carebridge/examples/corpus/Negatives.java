package org.carebridge.examples.corpus;

import static org.carebridge.examples.corpus.CorpusGenerator.json;
import static org.carebridge.examples.corpus.CorpusGenerator.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Account;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The negative examples that are written by program: one defect each, made from a positive example. */
final class Negatives {

  static final Path BROKEN = Path.of("../profiles/src/test/resources/broken");

  private Negatives() {}

  static Map<String, String> all() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(BROKEN)) {
      for (Path f : files.sorted().toList()) {
        out.put("negative/invariants/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    String carePlan = json(read("CarePlan-margaret-joint-care-plan.json"));
    out.put("negative/structure/unknown-resource-type.json",
        carePlan.replaceFirst("\"resourceType\": \"CarePlan\"", "\"resourceType\": \"CarePlann\""));
    out.put("negative/structure/care-plan-subject-is-an-organization.json", bundle("Bundle-margaret-care-plan-bundle.json",
        b -> first(b, CarePlan.class).setSubject(new Reference("Organization/staffordshire-cc"))));
    out.put("negative/structure/patient-claims-organisation-profile.json", resource("Patient-margaret-example.json",
        r -> r.getMeta().getProfile().set(0,
            new CanonicalType("https://carebridge.org.uk/fhir/StructureDefinition/carebridge-organisation"))));
    out.put("negative/structure/unknown-element.json",
        carePlan.replaceFirst("\"status\": \"active\"", "\"status\": \"active\",\n  \"colour\": \"blue\""));

    out.put("negative/codes/need-unknown-primary-support-reason.json", resource("Condition-margaret-need-personal-care.json",
        r -> ((Condition) r).getCode().getCodingFirstRep().setCode("flying-lessons").setDisplay("Flying lessons")));
    out.put("negative/codes/budget-type-unknown-code.json", resource("Account-margaret-personal-budget.json",
        r -> ((Account) r).getType().getCodingFirstRep().setCode("pocket-money").setDisplay("Pocket money")));
    out.put("negative/codes/discharge-pathway-4.json", bundle("Bundle-discharge-notice-example.json",
        b -> ((Coding) first(b, Encounter.class).getExtensionByUrl(
            "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-discharge-pathway").getValue())
            .setCode("4").setDisplay("Pathway 4")));
    String patientJson = json(read("Patient-margaret-example.json"));
    out.put("negative/codes/patient-gender-not-a-code.json",
        patientJson.replaceFirst("\"gender\": \"female\"", "\"gender\": \"F\""));

    out.put("negative/required/patient-without-identifier.json", resource("Patient-margaret-example.json",
        r -> ((Patient) r).getIdentifier().clear()));
    out.put("negative/required/message-header-without-event.json", bundle("Bundle-assessment-notice-example.json",
        b -> first(b, MessageHeader.class).setEvent(null)));
    out.put("negative/required/care-plan-without-subject.json", resource("CarePlan-margaret-joint-care-plan.json",
        r -> ((CarePlan) r).setSubject(null)));

    out.put("negative/references/message-focus-not-in-bundle.json", bundle("Bundle-discharge-notice-example.json",
        b -> first(b, MessageHeader.class).getFocus().get(0).setReference("Encounter/missing-admission")));

    out.put("negative/references/care-plan-goal-not-in-bundle.json", bundle("Bundle-margaret-care-plan-bundle.json",
        b -> first(b, CarePlan.class).getGoal().get(0).setReference("Goal/missing-goal")));

    out.put("negative/nhs-number/bundle-patient-wrong-check-digit.json", bundle("Bundle-margaret-care-plan-bundle.json",
        b -> first(b, Patient.class).getIdentifierFirstRep().setValue("9434765918")));
    Patient patient = (Patient) read("Patient-margaret-example.json");
    patient.getIdentifierFirstRep().setValue("9434765918");
    out.put("negative/nhs-number/patient-wrong-check-digit.xml", CorpusGenerator.xml(patient));

    Resource organisation = read("Organization-staffordshire-cc.json");
    organisation.setMeta(null);
    out.put("negative/profile/organization-checked-as-person.json", json(organisation));
    Patient unclaimed = (Patient) read("Patient-margaret-example.json");
    unclaimed.setMeta(null);
    unclaimed.getIdentifierFirstRep().setValue("9434765918");
    out.put("negative/profile/unclaimed-patient-wrong-check-digit.json", json(unclaimed));

    out.put("negative/input/malformed.json", carePlan.substring(0, carePlan.indexOf("\"subject\"")) + "\"subject\": {\n");
    out.put("negative/input/doctype.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE Patient [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
        + "<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"doctype-example\"/>\n"
        + "  <gender value=\"&xxe;\"/>\n</Patient>\n");
    out.put("negative/input/json-array.json", "[\n" + json(read("Patient-margaret-example.json")) + "]\n");
    out.put("negative/input/not-fhir.json", "hello, this is not FHIR\n");
    return out;
  }

  private static String resource(String example, Consumer<Resource> change) throws IOException {
    Resource r = read(example);
    change.accept(r);
    return json(r);
  }

  private static String bundle(String example, Consumer<Bundle> change) throws IOException {
    Bundle b = (Bundle) read(example);
    change.accept(b);
    return json(b);
  }

  static <T extends Resource> T first(Bundle b, Class<T> type) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast)
        .findFirst().orElseThrow();
  }

}
