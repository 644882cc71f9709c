package org.carebridge.fhir.mapping.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.Actor;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.careplan.ServiceSchedule;
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
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.TimeType;
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
    List<Resource> actors = new ArrayList<>();
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
    // agreedByPersonOn is the day the person agreed: the person is who agreed.
    plan.agreedByPersonOn().ifPresent(d -> agreement.addExtension("agreedBy", subject.copy()));
    plan.title().ifPresent(cp::setTitle);
    plan.summary().ifPresent(cp::setDescription);
    cp.setPeriod(Fhir.period(plan.period()));
    plan.createdOn().ifPresent(d -> cp.setCreatedElement(new DateTimeType(d.toString())));
    // The profile requires an author: the responsible member of staff, else the person, with whom the plan is made.
    cp.setAuthor(plan.responsibleWorker().map(w -> actor(w, subject, actors)).orElse(subject.copy()));
    plan.contributors().forEach(c -> cp.addContributor(actor(c, subject, actors)));
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
      need.recordedOn().ifPresent(d -> c.setRecordedDateElement(new DateTimeType(d.toString())));
      need.assessedBy().ifPresent(a -> c.setRecorder(actor(a, subject, actors)));
      cp.addAddresses(Fhir.ref("Condition", c.getIdPart()));
      out.add(c);
    }
    for (int i = 0; i < plan.goals().size(); i++) {
      Goal goal = plan.goals().get(i);
      org.hl7.fhir.r4.model.Goal g = new org.hl7.fhir.r4.model.Goal();
      g.setId(Fhir.derivedId(plan.id(), "goal-" + (i + 1)));
      Fhir.setProfile(g, GOAL);
      g.setLifecycleStatus(GoalLifecycleStatus.ACTIVE);
      g.setDescription(new CodeableConcept().setText(goal.description()));
      g.setSubject(subject.copy());
      goal.targetDate().ifPresent(d -> g.addTarget().setDue(Fhir.date(d)));
      goal.progress().ifPresent(x -> g.setAchievementStatus(Fhir.concept(x)));
      goal.expressedBy().ifPresent(x -> g.setExpressedBy(actor(x, subject, actors)));
      // A goal's needs are needs of the plan (Bundles refuses a plan with CB-PLAN-012): refer to the first equal one.
      goal.needs().forEach(n -> g.addAddresses(cp.getAddresses().get(plan.needs().indexOf(n)).copy()));
      cp.addGoal(Fhir.ref("Goal", g.getIdPart()));
      out.add(g);
    }
    plan.sharingConsent().ifPresent(sc -> {
      Consent consent = consent(sc, plan.id(), subject, actors);
      cp.addSupportingInfo(Fhir.ref("Consent", consent.getIdPart()));
      out.add(consent);
    });
    plan.personalBudgetId().ifPresent(b -> cp.addSupportingInfo(Fhir.ref("Account", b)));
    for (PlannedService s : plan.services()) {
      cp.addActivity().setDetail(activity(s));
    }
    out.addAll(actors);
    return out;
  }

  /** A reference to an actor; the resources it needs in the Bundle are added to {@code actors}. */
  private static Reference actor(Actor a, Reference subject, List<Resource> actors) {
    List<Resource> staff = Bundles.staff(a);
    if (staff.isEmpty()) {
      return subject.copy();
    }
    actors.addAll(staff);
    return Fhir.ref(staff.get(0));
  }

  /**
   * Reads a reference to an actor: the person (the subject), a PractitionerRole or a Practitioner. Anything else (a
   * RelatedPerson, an Organization, a reference that does not resolve or a role that is not a key worker's) is not
   * carried: a warning, and empty.
   */
  static Optional<Actor> actor(DomainResource from, Reference ref, String personId, String where, Reader reader) {
    try {
      Optional<Resource> found = reader.tryResolve(from, ref);
      if (found.isPresent() && found.get() instanceof Patient && Fhir.id(found.get()).equals(personId)
          || found.isEmpty() && Reader.idOf(ref, "Patient").map(personId::equals).orElse(false)) {
        return Optional.of(Actor.THE_PERSON);
      }
      if (found.isPresent() && found.get() instanceof PractitionerRole role) {
        return Optional.of(ActorsFromFhir.practitionerRole(role, reader));
      }
      if (found.isPresent() && found.get() instanceof Practitioner practitioner) {
        return Optional.of(ActorsFromFhir.practitioner(practitioner, reader));
      }
      reader.warn(where, "only the person, a key worker's PractitionerRole or a Practitioner in the Bundle is "
          + "carried here: not read");
    } catch (Problem p) {
      reader.warn(where, "not read: " + p.issue().message());
    }
    return Optional.empty();
  }

  private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

  private static Consent consent(SharingConsent sc, String planId, Reference subject, List<Resource> actors) {
    Consent c = new Consent();
    c.setId(Fhir.derivedId(planId, "sharing-consent"));
    Fhir.setProfile(c, CONSENT);
    c.addExtension(CONSENT_STATUS, Fhir.coding(sc.status()));
    sc.legalBasis().ifPresent(b -> c.addExtension(CONSENT_LEGAL_BASIS, Fhir.coding(b)));
    c.setStatus(Consent.ConsentState.ACTIVE);
    c.setScope(new CodeableConcept().addCoding(new Coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
    CodeableConcept category = c.addCategory().addCoding(new Coding("http://loinc.org", "59284-0", "Patient Consent"));
    sc.description().ifPresent(category::setText);
    c.setPatient(subject.copy());
    c.setDateTimeElement(new DateTimeType(sc.recordedAt()
        .map(t -> t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElse(sc.recordedOn().toString())));
    sc.decidedBy().forEach(p -> c.addPerformer(actor(p, subject, actors)));
    for (Organisation o : sc.sharingOrganisations()) {
      actors.add(ActorsToFhir.organization(o));
      c.addOrganization(Fhir.ref("Organization", o.id()));
    }
    sc.protocols().forEach(u -> c.addPolicy().setUri(u));
    if (sc.protocols().isEmpty()) {
      // FHIR's ppc-1 needs a policy or policy rule.
      c.setPolicyRule(new CodeableConcept().setText("Inter-agency information sharing protocol"));
    }
    sc.sharingPeriod().ifPresent(p -> c.getProvision().setPeriod(Fhir.period(p)));
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
    s.name().ifPresent(d.getCode()::setText);
    d.setStatus(CarePlan.CarePlanActivityStatus.fromCode(s.status().code()));
    if (s.period().isPresent() || s.schedule().isPresent()) {
      Timing t = new Timing();
      s.period().ifPresent(p -> t.getRepeat().setBounds(Fhir.period(p)));
      s.schedule().ifPresent(x -> {
        Timing.TimingRepeatComponent r = t.getRepeat();
        r.setFrequency(x.frequency());
        r.setPeriodElement(Fhir.decimal(x.period()));
        r.setPeriodUnit(Timing.UnitsOfTime.fromCode(x.periodUnit().code()));
        x.visitLength().ifPresent(v -> r.setDurationElement(Fhir.decimal(v)));
        x.visitLengthUnit().ifPresent(u -> r.setDurationUnit(Timing.UnitsOfTime.fromCode(u.code())));
        x.timesOfDay().forEach(tod -> r.addTimeOfDay(tod.format(TIME_OF_DAY)));
      });
      d.setScheduled(t);
    }
    s.provider().ifPresent(o -> d.addPerformer(Fhir.ref("Organization", o.id())));
    s.providerDescription().ifPresent(text -> d.addPerformer(new Reference().setDisplay(text)));
    d.setDescription(s.description());
    return d;
  }

  static PlannedService service(CarePlan cp, CarePlan.CarePlanActivityDetailComponent d, String at, Reader reader) {
    ServiceType type = Fhir.decode(ServiceType.class, d.getCode(), at + ".code");
    Extension f = d.getExtensionByUrl(FUNDING);
    if (f == null) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".extension", "the service has no funding source");
    }
    FundingSource funding = Fhir.decode(FundingSource.class, concept(f.getValue(), at), at + ".extension.value");
    if (!funding.isServiceFundingSource()) {
      throw new Problem(IssueCode.MAP_UNKNOWN_CODE, at + ".extension.value",
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
    Optional<BigDecimal> perWeek = Fhir.decimal(Fhir.sub(cost, "unitsPerWeek"));
    Optional<DateRange> period = Optional.empty();
    Optional<ServiceSchedule> schedule = d.hasScheduledTiming()
        ? schedule(d.getScheduledTiming().getRepeat(), at + ".scheduledTiming.repeat", reader) : Optional.empty();
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
        provider = Optional.of(ActorsFromFhir.organisation(
            reader.resolve(cp, r, Organization.class, at + ".performer[" + i + "]"), reader));
        break;
      }
    }
    Optional<String> providerText = d.getPerformer().stream()
        .filter(r -> !r.hasReference() && r.hasDisplay() && !r.getDisplay().isBlank())
        .map(Reference::getDisplay).findFirst();
    String description = d.hasDescription() ? d.getDescription() : d.getCode().getText();
    if (description == null || description.isBlank()) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".description", "the service has no description");
    }
    Optional<String> name = Fhir.text(d.getCode().getText());
    PlannedService.Status status = d.hasStatus()
        ? PlannedService.Status.fromCode(d.getStatus().toCode()).orElse(PlannedService.Status.SCHEDULED)
        : PlannedService.Status.SCHEDULED;
    Optional<Organisation> prov = provider;
    Optional<DateRange> when = period;
    return Fhir.build(at, () -> new PlannedService(description, type, prov, unit, freq, perWeek, funding,
        mechanism, when, name, status, schedule, providerText));
  }

  /** The pattern of a Timing's repeat: frequency per period, visit length, times of day. */
  private static Optional<ServiceSchedule> schedule(Timing.TimingRepeatComponent r, String at, Reader reader) {
    if (r.hasDayOfWeek() || r.hasWhen() || r.hasCount() || r.hasFrequencyMax() || r.hasPeriodMax()
        || r.hasDurationMax() || r.hasOffset() || r.hasBoundsDuration() || r.hasBoundsRange()) {
      reader.warn(at, "only bounds as a period, frequency, period, duration and time of day are carried");
    }
    if (!r.hasPeriod() || !r.hasPeriodUnit()) {
      if (r.hasFrequency() || r.hasDuration() || r.hasTimeOfDay()) {
        reader.warn(at, "a frequency, duration or time of day without a period and its unit is not carried");
      }
      return Optional.empty();
    }
    ServiceSchedule.TimeUnit unit = timeUnit(r.getPeriodUnit().toCode(), at + ".periodUnit");
    Optional<BigDecimal> length = Optional.empty();
    Optional<ServiceSchedule.TimeUnit> lengthUnit = Optional.empty();
    if (r.hasDuration() && r.hasDurationUnit()) {
      length = Optional.of(r.getDuration());
      lengthUnit = Optional.of(timeUnit(r.getDurationUnit().toCode(), at + ".durationUnit"));
    } else if (r.hasDuration()) {
      reader.warn(at + ".duration", "a duration without its unit is not carried");
    }
    List<LocalTime> times = new ArrayList<>();
    for (int i = 0; i < r.getTimeOfDay().size(); i++) {
      TimeType t = r.getTimeOfDay().get(i);
      try {
        times.add(LocalTime.parse(t.getValue()));
      } catch (DateTimeParseException | NullPointerException e) {
        throw new Problem(IssueCode.MAP_INVALID_VALUE, at + ".timeOfDay[" + i + "]", "a time (hh:mm:ss) is required");
      }
    }
    int frequency = r.hasFrequency() ? r.getFrequency() : 1;
    Optional<BigDecimal> l = length;
    Optional<ServiceSchedule.TimeUnit> lu = lengthUnit;
    return Optional.of(Fhir.build(at, () -> new ServiceSchedule(frequency, r.getPeriod(), unit, l, lu, times)));
  }

  private static ServiceSchedule.TimeUnit timeUnit(String code, String at) {
    return ServiceSchedule.TimeUnit.fromCode(code).orElseThrow(() -> new Problem(IssueCode.MAP_UNKNOWN_CODE, at,
        "code '" + code + "' is not a unit of time"));
  }

  private static CodeableConcept concept(Type value, String at) {
    if (value instanceof CodeableConcept) {
      return (CodeableConcept) value;
    }
    if (value instanceof Coding) {
      return new CodeableConcept().addCoding((Coding) value);
    }
    throw new Problem(IssueCode.MAP_MISSING, at + ".extension", "a coded extension value is required here");
  }

  static JointCarePlan fromFhir(CarePlan cp, Reader reader) {
    String at = reader.location(cp, "CarePlan");
    Fhir.checkProfile(cp, CARE_PLAN, at);
    Patient patient = reader.resolve(cp, cp.getSubject(), Patient.class, at + ".subject");
    Person person = ActorsFromFhir.person(patient, reader);
    DateRange period = Fhir.range(cp.getPeriod(), at + ".period");
    Extension review = cp.getExtensionByUrl(REVIEW);
    if (review == null) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".extension", "the plan has no next review date");
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
      Type by = Fhir.sub(agreement, "agreedBy");
      String byAt = at + ".extension('" + AGREEMENT + "').extension('agreedBy')";
      // The record holds the day the person agreed: a representative's agreement is not carried.
      if (by instanceof Reference && !actor(cp, (Reference) by, person.id(), byAt, reader)
          .map(a -> !a.isStaff()).orElse(true)) {
        reader.warn(byAt, "only the person's own agreement is carried: the agreement is read as the person's");
      }
    }
    Optional<String> title = Fhir.text(cp.getTitle());
    Optional<String> summary = Fhir.text(cp.getDescription());
    Optional<LocalDate> created = cp.hasCreatedElement() && cp.getCreatedElement().hasValue()
        ? Optional.of(Fhir.localDate(cp.getCreatedElement(), at + ".created")) : Optional.empty();
    Optional<Actor> responsible = Optional.empty();
    if (cp.hasAuthor()) {
      responsible = actor(cp, cp.getAuthor(), person.id(), at + ".author", reader).filter(Actor::isStaff);
    }
    List<Actor> contributors = new ArrayList<>();
    for (int i = 0; i < cp.getContributor().size(); i++) {
      actor(cp, cp.getContributor().get(i), person.id(), at + ".contributor[" + i + "]", reader)
          .ifPresent(contributors::add);
    }
    Extension contingency = cp.getExtensionByUrl(CONTINGENCY);
    Optional<String> contingencyPlan = contingency == null ? Optional.empty()
        : Fhir.text(contingency.getValue().primitiveValue());
    List<Need> needs = new ArrayList<>();
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < cp.getAddresses().size(); i++) {
      String where = at + ".addresses[" + i + "]";
      Condition c = reader.resolve(cp, cp.getAddresses().get(i), Condition.class, where);
      String cat = reader.location(c, "Condition");
      Fhir.checkProfile(c, NEED, cat);
      PrimarySupportReason reason = Fhir.decode(PrimarySupportReason.class, c.getCode(), cat + ".code");
      Optional<LocalDate> recorded = c.hasRecordedDateElement() && c.getRecordedDateElement().hasValue()
          ? Optional.of(Fhir.localDate(c.getRecordedDateElement(), cat + ".recordedDate")) : Optional.empty();
      Optional<Actor> assessor = Optional.empty();
      if (c.hasRecorder()) {
        assessor = actor(c, c.getRecorder(), person.id(), cat + ".recorder", reader);
        if (assessor.isPresent() && !assessor.get().isStaff()) {
          reader.warn(cat + ".recorder", "only a member of staff is carried as the assessor: not read");
          assessor = Optional.empty();
        }
      }
      Optional<Actor> by = assessor;
      conditions.add(c);
      needs.add(Fhir.build(cat, () -> new Need(reason, Fhir.text(c.getCode().getText()), recorded, by)));
    }
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < cp.getGoal().size(); i++) {
      String where = at + ".goal[" + i + "]";
      org.hl7.fhir.r4.model.Goal g = reader.resolve(cp, cp.getGoal().get(i), org.hl7.fhir.r4.model.Goal.class,
          where);
      String gat = reader.location(g, "Goal");
      Fhir.checkProfile(g, GOAL, gat);
      if (!g.getDescription().hasText()) {
        throw new Problem(IssueCode.MAP_MISSING, gat + ".description.text", "the goal has no description");
      }
      Optional<LocalDate> due = Optional.empty();
      for (int t = 0; t < g.getTarget().size() && due.isEmpty(); t++) {
        if (g.getTarget().get(t).hasDueDateType()) {
          due = Optional.of(Fhir.localDate(g.getTarget().get(t).getDueDateType(), gat + ".target[" + t + "].due"));
        }
      }
      Optional<LocalDate> target = due;
      Optional<Goal.Progress> progress = Optional.empty();
      if (g.hasAchievementStatus()) {
        if (Fhir.has(Goal.Progress.class, g.getAchievementStatus())) {
          progress = Optional.of(Fhir.decode(Goal.Progress.class, g.getAchievementStatus(),
              gat + ".achievementStatus"));
        } else {
          reader.warn(gat + ".achievementStatus", "only goal-achievement codes are carried: not read");
        }
      }
      Optional<Actor> expressedBy = g.hasExpressedBy()
          ? actor(g, g.getExpressedBy(), person.id(), gat + ".expressedBy", reader) : Optional.empty();
      List<Need> related = new ArrayList<>();
      for (int a = 0; a < g.getAddresses().size(); a++) {
        String aat = gat + ".addresses[" + a + "]";
        Optional<Resource> c = reader.tryResolve(g, g.getAddresses().get(a));
        int index = c.isPresent() ? indexOf(conditions, c.get()) : -1;
        if (index < 0) {
          reader.warn(aat, "only the plan's own needs are carried as a goal's needs: not read");
        } else {
          related.add(needs.get(index));
        }
      }
      Optional<Goal.Progress> p = progress;
      goals.add(Fhir.build(gat, () -> new Goal(g.getDescription().getText(), target, p, expressedBy, related)));
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
        consent = Optional.of(consent(reader.resolve(cp, r, Consent.class, where), person.id(), reader));
      }
    }
    List<PlannedService> services = new ArrayList<>();
    for (int i = 0; i < cp.getActivity().size(); i++) {
      services.add(service(cp, cp.getActivity().get(i).getDetail(), at + ".activity[" + i + "].detail", reader));
    }
    Optional<LocalDate> agreedOn = agreed;
    Optional<SharingConsent> sharing = consent;
    Optional<String> budget = budgetId;
    Optional<Actor> worker = responsible;
    return Fhir.build(at, () -> new JointCarePlan(Fhir.id(cp), person, period, needs, goals, services, reviewDate,
        agreedOn, contingencyPlan, sharing, budget, title, summary, created, worker, contributors));
  }

  /** The index of the very resource in the list, or -1. */
  private static int indexOf(List<? extends Resource> list, Resource r) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == r) {
        return i;
      }
    }
    return -1;
  }

  static SharingConsent consent(Consent c, String personId, Reader reader) {
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
      throw new Problem(IssueCode.MAP_MISSING, at + ".provision.type",
          "the consent decision (permit or deny) is not stated");
    }
    if ((status == ConsentStatus.GIVEN && decision == Consent.ConsentProvisionType.DENY)
        || (status == ConsentStatus.REFUSED && decision == Consent.ConsentProvisionType.PERMIT)) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, at + ".provision.type",
          "the decision contradicts the consent status '" + status.code() + "' (cb-consent-2)");
    }
    if (status == ConsentStatus.LACKS_CAPACITY && decision == Consent.ConsentProvisionType.DENY) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, at + ".provision.type",
          "a decision not to share for a person who lacks capacity cannot be held by a SharingConsent");
    }
    Extension basisExt = single(c, CONSENT_LEGAL_BASIS, at);
    Optional<ConsentLegalBasis> basis = Optional.empty();
    if (basisExt != null) {
      String where = at + ".extension('" + CONSENT_LEGAL_BASIS + "').value";
      basis = Optional.of(Fhir.decode(ConsentLegalBasis.class, coding(basisExt.getValue(), where), where));
    }
    LocalDate recorded = Fhir.localDate(c.getDateTimeElement(), at + ".dateTime");
    Optional<OffsetDateTime> recordedAt = Optional.empty();
    if (c.getDateTimeElement().getPrecision().ordinal() > ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
      try {
        recordedAt = Optional.of(OffsetDateTime.parse(c.getDateTimeElement().getValueAsString()));
      } catch (DateTimeParseException e) {
        reader.warn(at + ".dateTime", "the time of day is not carried: only the date is read");
      }
    }
    Optional<String> description = c.getCategory().stream().filter(CodeableConcept::hasText)
        .map(CodeableConcept::getText).filter(t -> !t.isBlank()).findFirst();
    List<Actor> decidedBy = new ArrayList<>();
    for (int i = 0; i < c.getPerformer().size(); i++) {
      actor(c, c.getPerformer().get(i), personId, at + ".performer[" + i + "]", reader).ifPresent(decidedBy::add);
    }
    List<Organisation> organisations = ActorsFromFhir.organisations(c, c.getOrganization(), at + ".organization",
        reader);
    List<String> protocols = new ArrayList<>();
    for (int i = 0; i < c.getPolicy().size(); i++) {
      if (c.getPolicy().get(i).hasUri()) {
        protocols.add(c.getPolicy().get(i).getUri());
      } else {
        reader.warn(at + ".policy[" + i + "]", "only a policy's uri is carried: not read");
      }
    }
    Optional<DateRange> sharingPeriod = c.getProvision().hasPeriod()
        ? Optional.of(Fhir.range(c.getProvision().getPeriod(), at + ".provision.period")) : Optional.empty();
    ConsentStatus s = status;
    Optional<ConsentLegalBasis> b = basis;
    Optional<OffsetDateTime> moment = recordedAt;
    return Fhir.build(at, () -> new SharingConsent(s, b, recorded, moment, description, decidedBy, organisations,
        protocols, sharingPeriod));
  }

  /** The one extension with the url, or null; twice is an error. */
  private static Extension single(Consent c, String url, String at) {
    List<Extension> found = c.getExtensionsByUrl(url);
    if (found.size() > 1) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, at + ".extension('" + url + "')",
          "the extension is present more than once");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static Coding coding(Type value, String at) {
    if (value instanceof Coding && !((Coding) value).isEmpty()) {
      return (Coding) value;
    }
    throw new Problem(IssueCode.MAP_MISSING, at, "a Coding value is required here");
  }

}
