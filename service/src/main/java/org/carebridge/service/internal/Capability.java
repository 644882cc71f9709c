package org.carebridge.service.internal;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.StringType;

/** The service's CapabilityStatement: its operations, and the FHIR packages its validator has loaded. */
final class Capability {
  /** The extension that names one loaded package as {@code name#version}. */
  static final String PACKAGE_EXTENSION = "https://carebridge.org.uk/fhir/StructureDefinition/loaded-package";

  private Capability() {}

  static CapabilityStatement statement(String version, List<String> packages) {
    CapabilityStatement cs = new CapabilityStatement();
    cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
    cs.setDate(new Date());
    cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
    cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
    cs.addFormat("json");
    cs.addFormat("xml");
    cs.getSoftware().setName("CareBridge").setVersion(version);
    cs.getImplementation().setDescription("CareBridge validation service: offline FHIR R4 validation against "
        + String.join(", ", packages) + "; HL7 v2 ADT and CLD conversion");
    for (String p : packages) {
      cs.addExtension(PACKAGE_EXTENSION, new StringType(p));
    }
    CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest();
    rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    rest.addOperation().setName("validate").setDefinition("http://hl7.org/fhir/OperationDefinition/Resource-validate")
        .setDocumentation("POST [base]/$validate or [base]/[type]/$validate: a resource, or a Parameters with"
            + " 'resource' and optional 'profile' (also a query parameter); answers an OperationOutcome");
    rest.addOperation().setName("convert-hl7v2")
        .setDefinition("https://carebridge.org.uk/fhir/OperationDefinition/convert-hl7v2")
        .setDocumentation("POST [base]/$convert-hl7v2: HL7 v2 ADT messages (plain or MLLP-framed, one or many);"
            + " query parameters as carebridge convert's options; answers a Bundle of the Bundles made and an"
            + " OperationOutcome");
    rest.addOperation().setName("convert-cld")
        .setDefinition("https://carebridge.org.uk/fhir/OperationDefinition/convert-cld")
        .setDocumentation("POST [base]/$convert-cld: a CLD CSV extract; query parameters as carebridge convert's"
            + " options; answers a Bundle of the Bundles made and an OperationOutcome");
    return cs;
  }
}
