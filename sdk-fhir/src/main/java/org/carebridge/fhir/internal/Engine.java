package org.carebridge.fhir.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

/**
 * The FHIR validation core: one worker context built once, which remembers its answers (see
 * {@link CachingWorkerContext}), and HL7 core {@link InstanceValidator}s reused between calls (see
 * {@link ReusableValidators}).
 *
 * <p>Per call it does exactly what HAPI 8.8.1's {@code FhirInstanceValidator} (its package-private
 * {@code ValidatorWrapper}) does with default settings: the same validator settings, the profiles from
 * {@code meta.profile} resolved the same way, the same post-filtering of messages. Only the construction of
 * the {@code InstanceValidator} is moved out of the call, and repeated definition lookups are answered
 * from memory. Thread-safe.
 */
public final class Engine {

  /**
   * What the core validator produced for one input.
   *
   * @param messages its messages
   * @param root the parsed input, or null when it did not parse
   * @param rendered the message ids and arguments behind the messages (see {@link MessageArguments})
   */
  public record Outcome(List<ValidationMessage> messages, Element root, Map<String, MessageArguments.Rendered> rendered) {

    Outcome(List<ValidationMessage> messages, Element root) {
      this(messages, root, Map.of());
    }
  }

  private final WorkerContextValidationSupportAdapter worker;
  private final ReusableValidators pool;
  private final OfficialSettings.Fetcher fetcher;
  private final boolean reuse;
  private volatile Set<String> dangling = Set.of();
  private final Set<String> externalSystems;
  private volatile int danglingCount;

  /**
   * @param chain the validation support (see {@link SupportChains#chain})
   * @param reuse true to reuse validators between calls; false builds one per call like HAPI
   */
  public Engine(ValidationSupportChain chain, boolean reuse) {
    this(chain, reuse, Set.of());
  }

  /**
   * @param chain the validation support (see {@link SupportChains#chain})
   * @param reuse true to reuse validators between calls; false builds one per call like the official engine
   * @param externalSystems code systems that cannot be checked offline beyond value set membership (see
   *     {@link SupportChains#externalSystems}): "cannot be checked" messages about them are left out of
   *     {@link #issues(Outcome)}, the validator says so once instead
   */
  public Engine(ValidationSupportChain chain, boolean reuse, Set<String> externalSystems) {
    ReusableValidators.checkCompatible();
    this.worker = new CachingWorkerContext(chain);
    this.fetcher = new OfficialSettings.Fetcher(worker);
    this.externalSystems = Set.copyOf(externalSystems);
    this.reuse = reuse;
    this.pool = new ReusableValidators(this::newValidator, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
  }

  /**
   * Converts every StructureDefinition to the validator's R5 form now (the first InstanceValidator needs
   * them all for its FHIRPath engine); touches StructureDefinitions only.
   */
  public void prepareStructures() {
    worker.fetchResourcesByType(StructureDefinition.class);
  }

  /**
   * The namespaces of declared dependencies that are not loaded, and how many of their definitions the loaded
   * packages use (see {@link SupportChains#withMissingDependencies}): messages about a definition in those
   * namespaces are left out of {@link #issues(Outcome)}.
   */
  public void missingDependencies(Set<String> namespaces, int count) {
    this.dangling = namespaces;
    this.danglingCount = count;
  }


  /** How many canonical URLs of missing dependencies the loaded packages refer to. */
  public int danglingCount() {
    return danglingCount;
  }

  /** The issues of an outcome: see {@link Issues#fromMessages}. */
  public List<Issue> issues(Outcome outcome) {
    return Issues.fromMessages(outcome.messages(), outcome.rendered(), Redactor.forInstance(outcome.root()), dangling,
        externalSystems, worker);
  }

  /**
   * The issues of the fast path's messages ({@link FastPath.Verdict#messages()}), turned into issues exactly as the
   * engine's own are, without the engine. They never echo a value of the instance (only profile URLs and element
   * paths), are never about a missing dependency (the fast path runs only with all of them) nor about an external
   * code system, and carry their text (nothing to render again).
   */
  public static List<Issue> fastPathIssues(List<ValidationMessage> fastPathMessages) {
    return Issues.fromMessages(fastPathMessages, Map.of(), Redactor.forInstance(null), Set.of(), Set.of(), null);
  }

  /** The pool (for tests). */
  ReusableValidators pool() {
    return pool;
  }

  /** The worker context (for warm-up and tests). */
  public IWorkerContext worker() {
    return worker;
  }

  private InstanceValidator newValidator() {
    InstanceValidator v = new InstanceValidator(worker, new FhirInstanceValidator.NullEvaluationContext(),
        new XVerExtensionManagerOld(worker), new ValidatorSession(), new ValidatorSettings());
    OfficialSettings.apply(v, fetcher);
    v.setResourceIdRule(IdStatus.OPTIONAL);
    v.setAllowXsiLocation(true);
    return v;
  }


  /**
   * Validates one checked input.
   *
   * @throws FHIRException or another runtime exception when the core validator fails; the caller turns
   *     it into an issue
   */
  public Outcome validate(String text, Preflight.Format format) {
    return validate(text, format, List.of());
  }

  /**
   * Validates one checked input, as the official engine does: the profiles it claims in {@code meta.profile}
   * are found and applied by the HL7 validator itself (an unknown one is a warning, as there), and the forced
   * profiles are given to it explicitly, as validator_cli's {@code -profile} (an unknown one is an error).
   *
   * @throws FHIRException or another runtime exception when the core validator fails
   */
  public Outcome validate(String text, Preflight.Format format, List<String> forcedProfiles) {
    return validate(text, format, forcedProfiles, 0);
  }

  /**
   * As {@link #validate(String, Preflight.Format, List)}, stopped once {@code deadlineNanos} have passed (0: never).
   *
   * @throws Deadline.Exceeded when the deadline passed; the validator in use is discarded
   * @throws FHIRException or another runtime exception when the core validator fails
   */
  public Outcome validate(String text, Preflight.Format format, List<String> forcedProfiles, long deadlineNanos) {
    List<ValidationMessage> messages = new ArrayList<>();
    List<StructureDefinition> profiles = new ArrayList<>();
    for (String url : forcedProfiles) {
      StructureDefinition sd;
      try {
        sd = worker.fetchResource(StructureDefinition.class, url);
      } catch (FHIRException e) {
        sd = null; // a definition that cannot be loaded is an unknown one here
      }
      if (sd != null) {
        profiles.add(sd);
      } else {
        ValidationMessage m = new ValidationMessage();
        m.setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN);
        m.setLevel(ValidationMessage.IssueSeverity.ERROR);
        m.setMessage("Invalid profile. Failed to retrieve profile with url=" + url);
        messages.add(m);
      }
    }
    Manager.FhirFormat fhirFormat = format == Preflight.Format.XML ? Manager.FhirFormat.XML : Manager.FhirFormat.JSON;
    Element root;
    Map<String, MessageArguments.Rendered> rendered;
    InstanceValidator v = reuse ? pool.take() : newValidator();
    boolean healthy = false;
    MessageArguments.start();
    if (deadlineNanos > 0) {
      Deadline.start(deadlineNanos);
    }
    Deadline.Exceeded late = null;
    try {
      root = v.validate(null, messages, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          fhirFormat, profiles);
      healthy = true;
    } finally {
      rendered = MessageArguments.stop();
      if (deadlineNanos > 0) {
        late = Deadline.stop();
      }
      if (reuse && healthy && late == null) {
        pool.give(v);
      }
    }
    if (late != null) {
      throw late; // the engine may have caught the check's exception and gone on: its findings are incomplete
    }
    List<ValidationMessage> filtered = new ArrayList<>(messages.size());
    for (ValidationMessage m : messages) {
      String id = m.getMessageId();
      boolean drop = id != null
          && (id.equals(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE)
              || (id.equals(I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND)
                  && m.getMessage() != null && m.getMessage().contains("http://hl7.org/fhir/ValueSet/mimetypes")));
      if (!drop) {
        filtered.add(m);
      }
    }
    return new Outcome(filtered, root, rendered);
  }
}
