package org.carebridge.profiles.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.validator.ProfileKnowledgeWorkerR5;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CareBridge StructureDefinition's snapshot can be regenerated from its differential by HAPI's snapshot
 * generator (the HL7 core ProfileUtilities HAPI uses), with no error messages: SUSHI's snapshots are not the
 * only ones a consumer may see.
 */
class SnapshotRegenerationTest {

  @TestFactory
  Stream<DynamicTest> snapshotRegeneratesFromTheDifferential() {
    PackageContents contents = PackageContents.get();
    IWorkerContext worker = new WorkerContextValidationSupportAdapter(Validators.carebridgeChain());
    VersionCanonicalizer canonicalizer = new VersionCanonicalizer(Validators.CTX);
    return contents.structureDefinitions().stream().map(packaged -> DynamicTest.dynamicTest(packaged.getId(), () -> {
      StructureDefinition sd = canonicalizer.structureDefinitionToCanonical(packaged.copy());
      sd.setSnapshot(null);
      StructureDefinition base = worker.fetchResource(StructureDefinition.class, sd.getBaseDefinition());
      assertThat(base).as("base definition %s", sd.getBaseDefinition()).isNotNull();

      List<ValidationMessage> messages = new ArrayList<>();
      ProfileUtilities generator = new ProfileUtilities(worker, messages, new ProfileKnowledgeWorkerR5(Validators.CTX));
      generator.generateSnapshot(base, sd, sd.getUrl(), null, sd.getName());

      List<ValidationMessage> errors = messages.stream()
          .filter(m -> m.getLevel() == ValidationMessage.IssueSeverity.ERROR
              || m.getLevel() == ValidationMessage.IssueSeverity.FATAL)
          .toList();
      assertThat(errors).as("snapshot generation errors for %s:%n%s", sd.getUrl(),
          messages.stream().map(m -> "  " + m.getLevel() + " " + m.getLocation() + ": " + m.getMessage())
              .collect(Collectors.joining("\n"))).isEmpty();

      Set<String> snapshotIds = sd.getSnapshot().getElement().stream().map(ElementDefinition::getId)
          .collect(Collectors.toSet());
      assertThat(snapshotIds).as("regenerated snapshot of %s covers every differential element", sd.getUrl())
          .containsAll(sd.getDifferential().getElement().stream().map(ElementDefinition::getId).toList());
    }));
  }
}
