package org.carebridge.fhir.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CanonicalType;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.NamingSystem;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.utils.validation.IResourceValidator;
import org.hl7.fhir.r5.utils.validation.IValidatorResourceFetcher;
import org.hl7.fhir.r5.utils.validation.constants.BindingKind;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.CodedContentValidationAction;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.ElementValidationAction;
import org.hl7.fhir.r5.utils.validation.constants.ReferenceValidationPolicy;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.AdditionalBindingPurpose;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.ReferenceDestinationType;
import org.hl7.fhir.utilities.SIDUtilities;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.advisor.BasePolicyAdvisorForFullValidation;
import org.hl7.fhir.validation.service.model.InstanceValidatorParameters;

/**
 * The settings of the official HL7 engine ({@code org.hl7.fhir.validation.ValidationEngine}, which validator_cli
 * and the IG Publisher run), applied to an {@link InstanceValidator}, offline.
 *
 * <p>As {@code ValidationEngine.getValidator}: the engine's default instance validator parameters (best
 * practice as warnings, extensions only from known definitions, so an unknown extension is an error, hints
 * about unmatched slices), example URLs allowed as the IG Publisher allows them, displays checked as errors
 * and extensible bindings warned about. References inside a Bundle are always resolved and their targets
 * checked against the element's target profiles; references that leave the input are not followed (the
 * validator_cli default, without {@code -check-references}). Every binding is checked except ISO 4217
 * currencies, which need a terminology server. The fetcher answers from the loaded definitions only, as the
 * engine's own does with no package download and no web access; one difference: an identifier's system is
 * not looked up as a definition (the engine warns "No definition could be found for URL value" for every NHS
 * number and ODS code, as no package defines a NamingSystem for them).
 */
final class OfficialSettings {

  /** ISO 4217 currencies: the one code system no package defines and no offline check can cover. */
  static final String CURRENCIES = "urn:iso:std:iso:4217";
  private static final String CURRENCIES_VALUE_SET = "http://hl7.org/fhir/ValueSet/currencies";

  private OfficialSettings() {}

  /** Applies the engine's settings to a new validator, with a fetcher shared by the validators of one worker. */
  static InstanceValidator apply(InstanceValidator v, Fetcher fetcher) {
    InstanceValidatorParameters parameters = new InstanceValidatorParameters();
    parameters.setAllowExampleUrls(true);
    v.initializeFromParameters(parameters);
    v.getSettings().setDisplayWarningMode(false);
    v.setNoExtensibleWarnings(false);
    v.setAssumeValidRestReferences(false);
    v.setPolicyAdvisor(new Advisor());
    v.setFetcher(fetcher);
    return v;
  }

  /** The engine's full-validation advisor: references leaving the input ignored, currencies left unchecked. */
  static final class Advisor extends BasePolicyAdvisorForFullValidation {

    Advisor() {
      super(ReferenceValidationPolicy.IGNORE, null);
    }

    @Override
    public ReferenceValidationPolicy policyForReference(IResourceValidator validator, Object appContext, String path,
        String url, ReferenceDestinationType destinationType) {
      return destinationType == ReferenceDestinationType.EXTERNAL ? ReferenceValidationPolicy.IGNORE
          : ReferenceValidationPolicy.CHECK_VALID;
    }

    /** Also where a per-input {@link Deadline} is checked: the validator asks this for every element. */
    @Override
    public EnumSet<ElementValidationAction> policyForElement(IResourceValidator validator, Object appContext,
        StructureDefinition structure, ElementDefinition element, String path) {
      Deadline.check(path);
      return super.policyForElement(validator, appContext, structure, element, path);
    }

    @Override
    public EnumSet<CodedContentValidationAction> policyForCodedContent(IResourceValidator validator, Object appContext,
        String stackPath, ElementDefinition definition, StructureDefinition structure, BindingKind kind,
        AdditionalBindingPurpose purpose, ValueSet valueSet, List<String> systems) {
      boolean currencies = (systems != null && systems.contains(CURRENCIES))
          || (valueSet != null && CURRENCIES_VALUE_SET.equals(valueSet.getUrl()));
      return currencies ? EnumSet.noneOf(CodedContentValidationAction.class)
          : super.policyForCodedContent(validator, appContext, stackPath, definition, structure, kind, purpose, valueSet,
              systems);
    }
  }

  /**
   * The engine's resource fetcher without its network paths: URLs resolve when a loaded package defines them
   * or they are well-known identifiers; nothing is fetched.
   */
  static final class Fetcher implements IValidatorResourceFetcher {
    private final IWorkerContext worker;
    private volatile Set<String> namingSystemUrls;

    Fetcher(IWorkerContext worker) {
      this.worker = worker;
    }

    @Override
    public Element fetch(IResourceValidator validator, Object appContext, String url) {
      return null;
    }

    @Override
    public boolean resolveURL(IResourceValidator validator, Object appContext, String path, String url, String type,
        boolean canonical, List<CanonicalType> targets) {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        return true;
      }
      if ("Identifier.system".equals(path)) {
        // an identifier system names a namespace, not a definition: no package defines the NHS number's
        return true;
      }
      if (worker.fetchResource(Resource.class, url) != null || SIDUtilities.isKnownSID(url)) {
        return true;
      }
      if (Set.of("http://hl7.org/fhir/w5", "http://hl7.org/fhir/fivews", "http://hl7.org/fhir/workflow",
          "http://hl7.org/fhir/ConsentPolicy/opt-out", "http://hl7.org/fhir/ConsentPolicy/opt-in", "http://loinc.org",
          "http://unitsofmeasure.org", "http://snomed.info/sct").contains(url)) {
        return true;
      }
      return namingSystemUrls().contains(url);
    }

    /** The URL unique ids of the loaded NamingSystems (HAPI's worker context has no NamingSystem map). */
    private Set<String> namingSystemUrls() {
      Set<String> urls = namingSystemUrls;
      if (urls == null) {
        Set<String> found = new java.util.HashSet<>();
        try {
          for (NamingSystem ns : worker.fetchResourcesByType(NamingSystem.class)) {
            for (NamingSystem.NamingSystemUniqueIdComponent id : ns.getUniqueId()) {
              if (id.getType() == NamingSystem.NamingSystemIdentifierType.URI && id.hasValue()) {
                found.add(id.getValue());
              }
            }
          }
        } catch (UnsupportedOperationException e) {
          // a worker context that cannot list NamingSystems knows none
        }
        urls = Set.copyOf(found);
        namingSystemUrls = urls;
      }
      return urls;
    }

    @Override
    public byte[] fetchRaw(IResourceValidator validator, String url) {
      return null;
    }

    @Override
    public IValidatorResourceFetcher setLocale(Locale locale) {
      return this;
    }

    @Override
    public CanonicalResource fetchCanonicalResource(IResourceValidator validator, Object appContext, String url) {
      Resource r = worker.fetchResource(Resource.class, url);
      return r instanceof CanonicalResource c ? c : null;
    }

    @Override
    public boolean fetchesCanonicalResource(IResourceValidator validator, String url) {
      return false;
    }

    @Override
    public Set<ResourceVersionInformation> fetchCanonicalResourceVersions(IResourceValidator validator,
        Object appContext, String url) {
      return Set.of();
    }
  }
}
