package org.carebridge.service.internal;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carebridge.cld.CldConversion;
import org.carebridge.cld.CldConverter;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.FhirInput;
import org.carebridge.fhir.OperationOutcomes;
import org.carebridge.hl7v2.AdtConversion;
import org.carebridge.hl7v2.AdtConverter;
import org.carebridge.hl7v2.AdtMessage;
import org.carebridge.service.ConversionSettings;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;

/**
 * {@code $convert-hl7v2} and {@code $convert-cld}: the settings come from the query parameters, named as
 * {@code carebridge convert}'s options ({@link ConversionSettings}, the code the command uses); the converters are
 * the adapters; each Bundle made is validated as {@code convert} validates what it writes (its JSON, by the shared
 * validator). The answer is a collection Bundle: the Bundles made, in order, then one OperationOutcome with every
 * issue, the input's first, each of a Bundle made pointing at that Bundle's entry ({@link #SUBJECT_EXTENSION}).
 */
final class Conversions {
  /** The extension on an issue of a Bundle made: a reference to its entry's fullUrl. */
  static final String SUBJECT_EXTENSION = "https://carebridge.org.uk/fhir/StructureDefinition/issue-subject";

  private static final Set<String> HL7V2_TYPES = Set.of("text/plain", "application/hl7-v2", "x-application/hl7-v2+er7",
      "application/edi-hl7", "application/octet-stream");
  private static final Set<String> CLD_TYPES = Set.of("text/csv", "text/plain", "application/octet-stream");

  enum Kind { HL7V2, CLD }

  private final byte[] pseudonymKey;

  /**
   * Conversions with the deployment's pseudonym key.
   *
   * @param pseudonymKey the HL7 v2 pseudonym key, or null
   */
  Conversions(byte[] pseudonymKey) {
    this.pseudonymKey = pseudonymKey;
  }

  /** The settings of one request. */
  record Request(ConversionSettings settings) {}

  /** The answer, and every issue in it (for the access log). */
  record Answer(Bundle bundle, List<Issue> issues) {}

  /** Checks the Content-Type and reads the settings from the query parameters; builds the converter to check them. */
  Request request(HttpServletRequest req, Kind kind) throws Problem {
    String ct = req.getContentType();
    if (ct != null && !ct.isBlank()) {
      int semi = ct.indexOf(';');
      String mime = (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
      if (!(kind == Kind.HL7V2 ? HL7V2_TYPES : CLD_TYPES).contains(mime)) {
        throw new Problem(415, IssueCode.HTTP_UNSUPPORTED_MEDIA_TYPE, "Content-Type " + Log.safe(mime)
            + " is not supported here: send " + (kind == Kind.HL7V2 ? "text/plain or application/hl7-v2" : "text/csv"));
      }
    }
    ConversionSettings.Builder b = ConversionSettings.builder(ConversionSettings.Naming.PARAMETERS);
    if (pseudonymKey != null && kind == Kind.HL7V2) {
      b.pseudonymKey(pseudonymKey);
    }
    try {
      for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
        if (e.getKey().equals("_format")) {
          continue;
        }
        if (!ConversionSettings.NAMES.contains(e.getKey())) {
          throw new Problem(400, IssueCode.HTTP_BAD_REQUEST, "Unknown parameter '" + Log.safe(e.getKey())
              + "': the parameters are " + String.join(", ", ConversionSettings.NAMES));
        }
        if (e.getValue().length > 1) {
          throw new Problem(400, IssueCode.HTTP_BAD_REQUEST, e.getKey() + " is given twice");
        }
        b.set(e.getKey(), e.getValue()[0]);
      }
      ConversionSettings s = b.build();
      if (kind == Kind.HL7V2) {
        s.adtConverter();
      } else {
        s.cldConverter();
      }
      return new Request(s);
    } catch (IllegalArgumentException e) {
      throw new Problem(400, IssueCode.HTTP_BAD_REQUEST, String.valueOf(e.getMessage()));
    }
  }

  /** Converts, validates each Bundle made, answers. Runs on a worker. */
  Answer convert(Kind kind, Request request, byte[] body, CareBridgeValidator validator) {
    List<Issue> inputIssues = new ArrayList<>();
    List<Bundle> made = new ArrayList<>();
    if (kind == Kind.HL7V2) {
      AdtConverter converter = request.settings().adtConverter();
      Result<AdtConversion> conversion = converter.convert(new ByteArrayInputStream(body));
      inputIssues.addAll(conversion.issues());
      for (AdtMessage m : conversion.orElseThrow().messages()) {
        m.bundle().ifPresent(made::add);
      }
    } else {
      CldConverter converter = request.settings().cldConverter();
      Result<CldConversion> conversion = converter.convert(
          new InputStreamReader(new ByteArrayInputStream(body), request.settings().charset()));
      inputIssues.addAll(conversion.issues());
      made.addAll(conversion.orElseThrow().bundles());
    }
    Bundle answer = new Bundle().setType(Bundle.BundleType.COLLECTION);
    OperationOutcome all = new OperationOutcome();
    List<Issue> every = new ArrayList<>(Result.empty(inputIssues).issues());
    if (!inputIssues.isEmpty()) {
      OperationOutcomes.of(Result.empty(inputIssues)).getIssue().forEach(all::addIssue);
    }
    var json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true);
    for (int k = 0; k < made.size(); k++) {
      Bundle b = made.get(k);
      String fullUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("carebridge-converted-" + k)
          .getBytes(StandardCharsets.UTF_8));
      answer.addEntry().setFullUrl(fullUrl).setResource(b);
      Result<Void> r = validator.validate(FhirInput.of(json.encodeResourceToString(b)));
      every.addAll(r.issues());
      if (r.issues().isEmpty()) {
        continue;
      }
      for (OperationOutcome.OperationOutcomeIssueComponent c : OperationOutcomes.of(r).getIssue()) {
        c.addExtension(SUBJECT_EXTENSION, new Reference(fullUrl));
        all.addIssue(c);
      }
    }
    if (all.getIssue().isEmpty()) {
      all = OperationOutcomes.of(List.of());
    }
    answer.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes("carebridge-conversion-outcome"
        .getBytes(StandardCharsets.UTF_8))).setResource(all);
    return new Answer(answer, every);
  }
}
