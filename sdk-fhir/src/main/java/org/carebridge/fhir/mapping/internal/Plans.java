package org.carebridge.fhir.mapping.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.CarePlanCategory;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.fhir.mapping.MappingCodes;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;

/** Internal: JointCarePlan to and from CarePlan with its Conditions, Goals and Consent. */
final class Plans {
  static final String CARE_PLAN = "carebridge-joint-care-plan";
  static final String NEED = "carebridge-need";
  static final String GOAL = "carebridge-goal";
  static final String CONSENT = "carebridge-sharing-consent";
  static final String REVIEW = Fhir.SD + "carebridge-next-review-date";
  static final String AGREEMENT = Fhir.SD + "carebridge-person-agreement";
  static final String CONTINGENCY = Fhir.SD + "carebridge-contingency-plan";
  static final String FUNDING = Fhir.SD + "carebridge-service-funding-source";
  static final String DELIVERY = Fhir.SD + "carebridge-service-delivery-mechanism";
  static final String COST = Fhir.SD + "carebridge-service-cost";
  static final String CONSENT_STATUS = Fhir.SD + "carebridge-consent-status";
  static final String CONSENT_LEGAL_BASIS = Fhir.SD + "carebridge-consent-legal-basis";
  static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

  private Plans() {}

  /** The plan and the resources only it owns (Conditions, Goals, Consent), plan first. */
  static List<Resource> toFhir(JointCarePlan plan) {
    List<Resource> out = new ArrayList<>();
    CarePlan cp = new CarePlan();
    out.add(cp);
    cp.setId(plan.id());
    Fhir.setProfile(cp, CARE_PLAN);
    cp.addExtension(REVIEW, Fhir.date(plan.reviewDate()));
    Extension agreement = cp.addExtension().setUrl(AGREEMENT);
    agreement.addExtension("agreed", new BooleanType(plan.agreedByPersonOn().isPresent()));
    plan.agreedByPersonOn().ifPresent(d -> agreement.addExtension("date", Fhir.date(d)));
    plan.contingencyPlan().ifPresent(c -> cp.addExtension(CONTINGENCY, new MarkdownType(c)));
    cp.setStatus(CarePlan.CarePlanStatus.ACTIVE);
    cp.setIntent(CarePlan.CarePlanIntent.PLAN);
    cp.addCategory(Fhir.concept(CarePlanCategory.JOINT_HEALTH_SOCIAL_CARE));
    Reference subject = Fhir.ref("Patient", plan.person().id());
    cp.setSubject(subject);
    cp.setPeriod(Fhir.period(plan.period()));
    // The domain has no author; the profile requires one: the person, with whom the plan is made.
    cp.setAuthor(subject.copy());
    for (int i = 0; i < plan.needs().size(); i++) {
      Need need = plan.needs().get(i);
      Condition c = new Condition();
      c.setId(Fhir.derivedId(plan.id(), "need-" + (i + 1)));
      Fhir.setProfile(c, NEED);
      c.setClinicalStatus(new CodeableConcept().addCoding(
          new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
      c.addCategory().addCoding(new Coding(CONDITION_CATEGORY, "problem-list-item", "Problem List Item"));
      CodeableConcept code = Fhir.concept(need.primarySupportReason());
      need.description().ifPresent(code::setText);
      c.setCode(code);
      c.setSubject(subject.copy());
      cp.addAddresses(Fhir.ref("Condition", c.getIdPart()));
      out.add(c);
    }
    for (int i = 0; i < plan.goals().size(); i++) {
      Goal goal = plan.goals().get(i);
      org.hl7.fhir.r4.model.Goal g = new org.hl7.fhir.r4.model.Goal();
      g.setId(Fhir.derivedId(plan.id(), "goal-" + (i + 1)));
      Fhir.setProfile(g, GOAL);
      g.setLifecycleStatus(org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE);
      g.setDescription(new CodeableConcept().setText(goal.description()));
      g.setSubject(subject.copy());
      goal.targetDate().ifPresent(d -> g.addTarget().setDue(Fhir.date(d)));
      cp.addGoal(Fhir.ref("Goal", g.getIdPart()));
      out.add(g);
    }
    plan.sharingConsent().ifPresent(sc -> {
      Consent consent = consent(sc, plan.id(), subject);
      cp.addSupportingInfo(Fhir.ref("Consent", consent.getIdPart()));
      out.add(consent);
    });
    plan.personalBudgetId().ifPresent(b -> cp.addSupportingInfo(Fhir.ref("Account", b)));
    for (PlannedService s : plan.services()) {
      cp.addActivity().setDetail(activity(s));
    }
    return out;
  }

  private static Consent consent(SharingConsent sc, String planId, Reference subject) {
    Consent c = new Consent();
    c.setId(Fhir.derivedId(planId, "sharing-consent"));
    Fhir.setProfile(c, CONSENT);
    c.addExtension(CONSENT_STATUS, Fhir.coding(sc.status()));
    sc.legalBasis().ifPresent(b -> c.addExtension(CONSENT_LEGAL_BASIS, Fhir.coding(b)));
    c.setStatus(Consent.ConsentState.ACTIVE);
    c.setScope(new CodeableConcept().addCoding(new Coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
    c.addCategory().addCoding(new Coding("http://loinc.org", "59284-0", "Patient Consent"));
    c.setPatient(subject.copy());
    c.setDateTimeElement(new DateTimeType(sc.recordedOn().toString()));
    // FHIR's ppc-1 needs a policy or policy rule.
    c.setPolicyRule(new CodeableConcept().setText("Inter-agency information sharing protocol"));
    // The decision: given permits, refused denies (cb-consent-2); for a person who lacks capacity the record
    // holds no decision of its own: sharing proceeds on the legal basis, so permit.
    c.getProvision().setType(sc.status() == ConsentStatus.REFUSED
        ? Consent.ConsentProvisionType.DENY : Consent.ConsentProvisionType.PERMIT);
    return c;
  }

  static CarePlan.CarePlanActivityDetailComponent activity(PlannedService s) {
    CarePlan.CarePlanActivityDetailComponent d = new CarePlan.CarePlanActivityDetailComponent();
    d.addExtension(FUNDING, Fhir.concept(s.fundingSource()));
    s.deliveryMechanism().ifPresent(m -> d.addExtension(DELIVERY, Fhir.concept(m)));
    Extension cost = d.addExtension().setUrl(COST);
    cost.addExtension("unitCost", Fhir.money(s.unitCost()));
    cost.addExtension("frequency", Fhir.concept(s.costFrequency()));
    s.plannedUnitsPerWeek().ifPresent(u -> cost.addExtension("unitsPerWeek", Fhir.decimal(u)));
    s.costPer(BudgetFrequency.WEEKLY).ifPresent(w -> cost.addExtension("weeklyCost", Fhir.money(w)));
    d.setCode(Fhir.concept(s.serviceType()));
    // The domain has no activity status; the element is required: "scheduled".
    d.setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED);
    s.period().ifPresent(p -> {
      Timing t = new Timing();
      t.getRepeat().setBounds(Fhir.period(p));
      d.setScheduled(t);
    });
    s.provider().ifPresent(o -> d.addPerformer(Fhir.ref("Organization", o.id())));
    d.setDescription(s.description());
    return d;
  }

  static PlannedService service(CarePlan cp, CarePlan.CarePlanActivityDetailComponent d, String at, Reader reader) {
    ServiceType type = Fhir.decode(ServiceType.class, d.getCode(), at + ".code");
    Extension f = d.getExtensionByUrl(FUNDING);
    if (f == null) {
      throw new Problem(MappingCodes.MISSING, at + ".extension", "the service has no funding source");
    }
    FundingSource funding = Fhir.decode(FundingSource.class, concept(f.getValue(), at), at + ".extension.value");
    if (!funding.isServiceFundingSource()) {
      throw new Problem(MappingCodes.UNKNOWN_CODE, at + ".extension.value",
          "code '" + funding.code() + "' is not in the service-funding-source value set");
    }
    Extension m = d.getExtensionByUrl(DELIVERY);
    Optional<BudgetManagement> mechanism = m == null ? Optional.empty()
        : Optional.of(Fhir.decode(BudgetManagement.class, concept(m.getValue(), at), at + ".extension.value"));
    Extension cost = d.getExtensionByUrl(COST);
    if (cost == null) {
      reader.defaulted(at + ".extension", "the service states no cost: read as GBP 0.00 weekly");
      cost = new Extension(COST);
      cost.addExtension("unitCost", Fhir.money(Money.ZERO));
      cost.addExtension("frequency", Fhir.concept(CostFrequency.WEEKLY));
    }
    Money unit = Fhir.money(Fhir.sub(cost, "unitCost"), at + ".extension('unitCost')");
    CostFrequency freq = Fhir.decode(CostFrequency.class, concept(Fhir.sub(cost, "frequency"), at),
        at + ".extension('frequency')");
    Type units = Fhir.sub(cost, "unitsPerWeek");
    Optional<BigDecimal> perWeek = units instanceof DecimalType
        ? Optional.of(((DecimalType) units).getValue()) : Optional.empty();
    Optional<DateRange> period = Optional.empty();
    if (d.hasScheduledTiming() && d.getScheduledTiming().getRepeat().hasBoundsPeriod()) {
      period = Optional.of(Fhir.range(d.getScheduledTiming().getRepeat().getBoundsPeriod(),
          at + ".scheduledTiming.repeat.boundsPeriod"));
    } else if (d.hasScheduledPeriod()) {
      period = Optional.of(Fhir.range(d.getScheduledPeriod(), at + ".scheduledPeriod"));
    }
    Optional<Organisation> provider = Optional.empty();
    for (int i = 0; i < d.getPerformer().size(); i++) {
      Reference r = d.getPerformer().get(i);
      if (reader.tryResolve(cp, r).map(x -> x instanceof Organization).orElse(false)
          || Reader.idOf(r, "Organization").isPresent()) {
        provider = Optional.of(Actors.fromOrganization(
            reader.resolve(cp, r, Organization.class, at + ".performer[" + i + "]"), reader));
        break;
      }
    }
    String description = d.hasDescription() ? d.getDescription() : d.getCode().getText();
    if (description == null || description.isBlank()) {
      throw new Problem(MappingCodes.MISSING, at + ".description", "the service has no description");
    }
    Optional<Organisation> prov = provider;
    Optional<DateRange> when = period;
    return Fhir.build(at, () -> new PlannedService(description, type, prov, unit, freq, perWeek, funding,
        mechanism, when));
  }

  private static CodeableConcept concept(Type value, String at) {
    if (value instanceof CodeableConcept) {
      return (CodeableConcept) value;
    }
    if (value instanceof Coding) {
      return new CodeableConcept().addCoding((Coding) value);
    }
    throw new Problem(MappingCodes.MISSING, at + ".extension", "a coded extension value is required here");
  }

  static JointCarePlan fromFhir(CarePlan cp, Reader reader) {
    String at = reader.location(cp, "CarePlan");
    Fhir.checkProfile(cp, CARE_PLAN, at);
    Patient patient = reader.resolve(cp, cp.getSubject(), Patient.class, at + ".subject");
    Person person = Actors.fromPatient(patient, reader);
    DateRange period = Fhir.range(cp.getPeriod(), at + ".period");
    Extension review = cp.getExtensionByUrl(REVIEW);
    if (review == null) {
      throw new Problem(MappingCodes.MISSING, at + ".extension", "the plan has no next review date");
    }
    LocalDate reviewDate = Fhir.localDate(review.getValue(), at + ".extension('" + REVIEW + "')");
    Optional<LocalDate> agreed = Optional.empty();
    Extension agreement = cp.getExtensionByUrl(AGREEMENT);
    if (agreement != null) {
      Type yes = Fhir.sub(agreement, "agreed");
      Type date = Fhir.sub(agreement, "date");
      if (yes instanceof BooleanType && ((BooleanType) yes).booleanValue() && date != null) {
        agreed = Optional.of(Fhir.localDate(date, at + ".extension('" + AGREEMENT + "').extension('date')"));
      }
    }
    Extension contingency = cp.getExtensionByUrl(CONTINGENCY);
    Optional<String> contingencyPlan = contingency == null ? Optional.empty()
        : Fhir.text(contingency.getValue().primitiveValue());
    List<Need> needs = new ArrayList<>();
    for (int i = 0; i < cp.getAddresses().size(); i++) {
      String where = at + ".addresses[" + i + "]";
      Condition c = reader.resolve(cp, cp.getAddresses().get(i), Condition.class, where);
      String cat = reader.location(c, "Condition");
      Fhir.checkProfile(c, NEED, cat);
      PrimarySupportReason reason = Fhir.decode(PrimarySupportReason.class, c.getCode(), cat + ".code");
      needs.add(Fhir.build(cat, () -> new Need(reason, Fhir.text(c.getCode().getText()))));
    }
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < cp.getGoal().size(); i++) {
      String where = at + ".goal[" + i + "]";
      org.hl7.fhir.r4.model.Goal g = reader.resolve(cp, cp.getGoal().get(i), org.hl7.fhir.r4.model.Goal.class,
          where);
      String gat = reader.location(g, "Goal");
      Fhir.checkProfile(g, GOAL, gat);
      if (!g.getDescription().hasText()) {
        throw new Problem(MappingCodes.MISSING, gat + ".description.text", "the goal has no description");
      }
      Optional<LocalDate> due = Optional.empty();
      for (int t = 0; t < g.getTarget().size() && due.isEmpty(); t++) {
        if (g.getTarget().get(t).hasDueDateType()) {
          due = Optional.of(Fhir.localDate(g.getTarget().get(t).getDueDateType(), gat + ".target[" + t + "].due"));
        }
      }
      Optional<LocalDate> target = due;
      goals.add(Fhir.build(gat, () -> new Goal(g.getDescription().getText(), target)));
    }
    Optional<SharingConsent> consent = Optional.empty();
    Optional<String> budgetId = Optional.empty();
    for (int i = 0; i < cp.getSupportingInfo().size(); i++) {
      Reference r = cp.getSupportingInfo().get(i);
      String where = at + ".supportingInfo[" + i + "]";
      Optional<String> account = reader.idOf(cp, r, "Account");
      if (account.isPresent()) {
        budgetId = account; // the budget need not be in the Bundle
      } else if (reader.tryResolve(cp, r).map(x -> x instanceof Consent).orElse(false)
          || Reader.idOf(r, "Consent").isPresent()) {
        consent = Optional.of(consent(reader.resolve(cp, r, Consent.class, where), reader));
      }
    }
    List<PlannedService> services = new ArrayList<>();
    for (int i = 0; i < cp.getActivity().size(); i++) {
      services.add(service(cp, cp.getActivity().get(i).getDetail(), at + ".activity[" + i + "].detail", reader));
    }
    Optional<LocalDate> agreedOn = agreed;
    Optional<SharingConsent> sharing = consent;
    Optional<String> budget = budgetId;
    return Fhir.build(at, () -> new JointCarePlan(Fhir.id(cp), person, period, needs, goals, services, reviewDate,
        agreedOn, contingencyPlan, sharing, budget));
  }

  static SharingConsent consent(Consent c, Reader reader) {
    String at = reader.location(c, "Consent");
    Fhir.checkProfile(c, CONSENT, at);
    Consent.ConsentProvisionType decision = c.getProvision().getType();
    Extension statusExt = single(c, CONSENT_STATUS, at);
    ConsentStatus status;
    if (statusExt != null) {
      String where = at + ".extension('" + CONSENT_STATUS + "').value";
      status = Fhir.decode(ConsentStatus.class, coding(statusExt.getValue(), where), where);
    } else if (decision == Consent.ConsentProvisionType.DENY) {
      status = ConsentStatus.REFUSED; // no status: the person decided personally
    } else if (decision == Consent.ConsentProvisionType.PERMIT) {
      status = ConsentStatus.GIVEN;
    } else {
      throw new Problem(MappingCodes.MISSING, at + ".provision.type",
          "the consent decision (permit or deny) is not stated");
    }
    if ((status == ConsentStatus.GIVEN && decision == Consent.ConsentProvisionType.DENY)
        || (status == ConsentStatus.REFUSED && decision == Consent.ConsentProvisionType.PERMIT)) {
      throw new Problem(MappingCodes.INVALID_VALUE, at + ".provision.type",
          "the decision contradicts the consent status '" + status.code() + "' (cb-consent-2)");
    }
    if (status == ConsentStatus.LACKS_CAPACITY && decision == Consent.ConsentProvisionType.DENY) {
      throw new Problem(MappingCodes.INVALID_VALUE, at + ".provision.type",
          "a decision not to share for a person who lacks capacity cannot be held by a SharingConsent");
    }
    Extension basisExt = single(c, CONSENT_LEGAL_BASIS, at);
    Optional<ConsentLegalBasis> basis = Optional.empty();
    if (basisExt != null) {
      String where = at + ".extension('" + CONSENT_LEGAL_BASIS + "').value";
      basis = Optional.of(Fhir.decode(ConsentLegalBasis.class, coding(basisExt.getValue(), where), where));
    }
    LocalDate recorded = Fhir.localDate(c.getDateTimeElement(), at + ".dateTime");
    ConsentStatus s = status;
    Optional<ConsentLegalBasis> b = basis;
    return Fhir.build(at, () -> new SharingConsent(s, b, recorded));
  }

  /** The one extension with the url, or null; twice is an error. */
  private static Extension single(Consent c, String url, String at) {
    List<Extension> found = c.getExtensionsByUrl(url);
    if (found.size() > 1) {
      throw new Problem(MappingCodes.INVALID_VALUE, at + ".extension('" + url + "')",
          "the extension is present more than once");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static Coding coding(Type value, String at) {
    if (value instanceof Coding && !((Coding) value).isEmpty()) {
      return (Coding) value;
    }
    throw new Problem(MappingCodes.MISSING, at, "a Coding value is required here");
  }

}
