package org.carebridge.fhir.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.carebridge.core.Actor;
import org.carebridge.core.Address;
import org.carebridge.core.ContactPoint;
import org.carebridge.core.DateRange;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Money;
import org.carebridge.core.NhsNumber;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.Practitioner;
import org.carebridge.core.PractitionerRole;
import org.carebridge.core.budget.BudgetHolder;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.Goal;
import org.carebridge.core.careplan.JointCarePlan;
import org.carebridge.core.careplan.Need;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.careplan.ServiceSchedule;
import org.carebridge.core.careplan.SharingConsent;
import org.carebridge.core.careteam.CareTeam;
import org.carebridge.core.careteam.KeyWorkerAssignment;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.CarerConsultation;
import org.carebridge.core.codes.ChcOutcome;
import org.carebridge.core.codes.ConsentLegalBasis;
import org.carebridge.core.codes.ConsentStatus;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.DischargePathway;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.KeyWorkerProfession;
import org.carebridge.core.codes.NhsNumberVerificationStatus;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.Assessment;
import org.carebridge.core.discharge.CodedText;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.core.discharge.HospitalStay;
import org.carebridge.core.discharge.MessagingSystem;
import org.carebridge.core.discharge.Ward;
import org.carebridge.core.discharge.WardStay;

/**
 * jqwik generators for every sdk-core record type. {@code lossless} generators cover everything the FHIR form can
 * carry (see docs/sdk/mapping.md for the few values it cannot); {@code valid} ones also keep the profiles'
 * invariants (amounts add up, dates in order, event-specific elements present), so their FHIR form must
 * validate with no error.
 */
final class DomainArbitraries {
  private DomainArbitraries() {}

  // ---- values

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars('-', '.')
        .ofMinLength(1).ofMaxLength(64);
  }

  /** Text without leading or trailing white space (FHIR strings should not have it). */
  static Arbitrary<String> text(int max) {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
        .withChars(' ', '\'', '-', ',', '.', 'é', 'ö', '£', '&', '"', '\\', '/').ofMinLength(1).ofMaxLength(max)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Arbitrary<DateRange> ranges() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 3000).injectNull(0.4))
        .as((s, len) -> len == null ? DateRange.startingOn(s) : DateRange.of(s, s.plusDays(len)));
  }

  static Arbitrary<Money> money(boolean valid) {
    return Arbitraries.longs().between(valid ? 0 : -10_000_000_000L, 10_000_000_000L).map(Money::new);
  }

  static Arbitrary<NhsNumber> nhsNumbers() {
    return Arbitraries.strings().numeric().ofLength(9).map(nine -> {
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      return check == 10 ? null : nine + check;
    }).filter(s -> s != null).map(NhsNumber::parse);
  }

  static Arbitrary<OdsCode> odsCodes() {
    return Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(3).ofMaxLength(10).map(OdsCode::of);
  }

  static Arbitrary<Identifier> identifiers() {
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        text(20)).as((s, v) -> Identifier.of("https://example.org/id/" + s, v));
  }

  static Arbitrary<HumanName> names() {
    return Combinators.combine(text(30), text(20).list().ofMaxSize(3), Arbitraries.of(HumanName.NameUse.class)
        .optional(), text(10).list().ofMaxSize(2)).as(HumanName::new);
  }

  /** Complete addresses (town or city and postcode), as a person's address must be. */
  static Arbitrary<Address> addresses() {
    return Combinators.combine(text(40).list().ofMaxSize(3), text(20), text(8), Arbitraries.of(Address.AddressUse.class)
        .optional(), text(20).optional(), text(20).optional())
        .as((lines, city, postcode, use, district, country) -> new Address(lines, Optional.of(city),
            Optional.of(postcode), use, district, country));
  }

  /** Organisation addresses: any part may be missing (not all), and none is a home address. */
  static Arbitrary<Address> partialAddresses() {
    return Combinators.combine(text(40).list().ofMaxSize(2), text(20).optional(), text(8).optional(),
        Arbitraries.of(Address.AddressUse.class).filter(u -> u != Address.AddressUse.HOME).optional(),
        text(20).optional(), text(20).optional())
        .as((lines, city, postcode, use, district, country) -> lines.isEmpty() && city.isEmpty()
            && postcode.isEmpty() && district.isEmpty() && country.isEmpty() ? null
            : new Address(lines, city, postcode, use, district, country))
        .filter(a -> a != null);
  }

  static Arbitrary<ContactPoint> contactPoints() {
    return Combinators.combine(Arbitraries.of(ContactPoint.ContactSystem.class), text(30),
        Arbitraries.of(ContactPoint.ContactUse.class).optional()).as(ContactPoint::new);
  }

  /** An organisation's contact points: none is a home one (org-3). */
  static Arbitrary<ContactPoint> organisationContactPoints() {
    return contactPoints().filter(c -> c.use().filter(u -> u == ContactPoint.ContactUse.HOME).isEmpty());
  }

  // ---- actors

  static Arbitrary<Person> persons(boolean valid) {
    Arbitrary<Optional<NhsNumber>> nhs = valid ? nhsNumbers().map(Optional::of) : nhsNumbers().optional();
    Arbitrary<Person> base = Combinators.combine(ids(), nhs, Arbitraries.of(NhsNumberVerificationStatus.class).optional(),
        identifiers().list().ofMaxSize(3), names(), dates().optional(),
        Arbitraries.of(AdministrativeGender.class).optional(), addresses().optional())
        .as((id, n, s, ids, name, birth, gender, address) ->
            new Person(id, n, valid && n.isEmpty() ? Optional.empty() : s, ids, name, birth, gender, address,
                List.of()));
    // combine, not flatMap: a flatMap here makes jqwik compare whole generator trees in the nested generators
    return Combinators.combine(base, contactPoints().list().ofMaxSize(3)).as((p, t) -> new Person(p.id(),
        p.nhsNumber(), p.nhsNumberVerificationStatus(), p.identifiers(), p.name(), p.birthDate(), p.gender(),
        p.address(), t));
  }

  static Arbitrary<Organisation> organisations() {
    return Combinators.combine(ids(), odsCodes(), text(60), Arbitraries.of(true, false).optional(),
        Arbitraries.of(Organisation.Kind.class).list().ofMaxSize(2), partialAddresses().list().ofMaxSize(2),
        organisationContactPoints().list().ofMaxSize(2)).as(Organisation::new);
  }

  static Arbitrary<Practitioner> practitioners(boolean valid) {
    return Combinators.combine(ids(), names(), identifiers().list().ofMinSize(valid ? 1 : 0).ofMaxSize(3),
        contactPoints().list().ofMaxSize(2)).as(Practitioner::new);
  }

  static Arbitrary<List<Organisation>> organisationPools() {
    return organisations().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Organisation::id);
  }

  /** Roles drawn from pools, so that one id always means one record in a Bundle. */
  static Arbitrary<List<PractitionerRole>> rolePools(boolean valid) {
    return organisationPools().flatMap(orgs -> rolePools(valid, orgs));
  }

  static Arbitrary<List<PractitionerRole>> rolePools(boolean valid, List<Organisation> orgPool) {
    return Combinators.combine(Arbitraries.just(orgPool),
        practitioners(valid).list().ofMinSize(1).ofMaxSize(3).uniqueElements(Practitioner::id)).flatAs((orgs, pracs) ->
        Combinators.combine(ids(), Arbitraries.of(pracs), Arbitraries.of(orgs), Arbitraries.of(KeyWorkerProfession.class))
            .as((id, p, o, prof) -> PractitionerRole.builder().id(id).practitioner(p).organisation(o).profession(prof)
                .build()).list().ofMinSize(1).ofMaxSize(4).uniqueElements(PractitionerRole::id)
            .uniqueElements(r -> List.of(r.practitioner().id(), r.organisation().id(), r.profession())));
  }

  /**
   * A role with every element a role carries. (The pools above leave out active, period, specialties and telecom:
   * a care team's key worker roles are rebuilt from practitioner, organisation and profession.)
   */
  static Arbitrary<PractitionerRole> practitionerRoles(boolean valid) {
    return Combinators.combine(rolePools(valid).map(l -> l.get(0)), Arbitraries.of(true, false).optional(),
        ranges().optional(), text(40).list().ofMaxSize(2), contactPoints().list().ofMaxSize(2))
        .as((r, active, period, specialties, telecom) -> new PractitionerRole(r.id(), r.practitioner(),
            r.organisation(), r.profession(), active, period, specialties, telecom));
  }

  // ---- care plan

  static final Set<BudgetManagement> CLD = EnumSet.of(BudgetManagement.DIRECT_PAYMENT, BudgetManagement.CASSR_MANAGED,
      BudgetManagement.CASSR_COMMISSIONED, BudgetManagement.SELF_FUNDER_METERING);

  static Arbitrary<FundingSource> serviceFunding() {
    return Arbitraries.of(FundingSource.class).filter(FundingSource::isServiceFundingSource);
  }

  static Arbitrary<PlannedService> services(List<Organisation> providers, boolean valid) {
    Arbitrary<Optional<BudgetManagement>> mechanism = valid
        ? Arbitraries.of(CLD).map(Optional::of) : Arbitraries.of(BudgetManagement.class).optional();
    Arbitrary<Optional<DateRange>> period = ranges().optional();
    return Combinators.combine(text(80), Arbitraries.of(ServiceType.class), Arbitraries.of(providers).optional(),
        money(valid), Arbitraries.of(CostFrequency.class),
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(1, 2), BigDecimal.valueOf(16800)).ofScale(2).optional(),
        serviceFunding(), mechanism)
        .as((d, t, p, c, f, u, fs, m) -> new PlannedService(d, t, p, c, f, u, fs, m, Optional.empty(),
            Optional.empty(), PlannedService.Status.SCHEDULED, Optional.empty(), Optional.empty()))
        .flatMap(s -> period.map(p -> new PlannedService(s.description(), s.serviceType(), s.provider(), s.unitCost(),
            s.costFrequency(), s.plannedUnitsPerWeek(), s.fundingSource(), s.deliveryMechanism(), p, s.name(),
            s.status(), s.schedule(), s.providerDescription())));
  }

  /** How often a plan's service is delivered: frequency per period, a visit length, times of day. */
  static Arbitrary<ServiceSchedule> schedules() {
    Arbitrary<ServiceSchedule.TimeUnit> units = Arbitraries.of(ServiceSchedule.TimeUnit.class);
    Arbitrary<Optional<Map.Entry<BigDecimal, ServiceSchedule.TimeUnit>>> lengths = Combinators.combine(
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(1, 2), BigDecimal.valueOf(24)).ofScale(2), units)
        .as(Map::entry).optional();
    return Combinators.combine(Arbitraries.integers().between(1, 10),
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(1, 1), BigDecimal.valueOf(100)).ofScale(1), units, lengths,
        Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay).list().ofMaxSize(3))
        .as((f, p, u, len, times) -> new ServiceSchedule(f, p, u, len.map(Map.Entry::getKey), len.map(Map.Entry::getValue),
            times));
  }

  /** A care plan's services: those of a budget plus a name, a status, a schedule and a provider in words. */
  static Arbitrary<PlannedService> planServices(List<Organisation> providers, boolean valid) {
    return Combinators.combine(services(providers, valid), text(40).optional(), Arbitraries.of(PlannedService.Status.class),
        schedules().optional(), text(60).optional())
        .as((s, name, status, schedule, who) -> new PlannedService(s.description(), s.serviceType(), s.provider(),
            s.unitCost(), s.costFrequency(), s.plannedUnitsPerWeek(), s.fundingSource(), s.deliveryMechanism(), s.period(),
            name, status, schedule, who));
  }

  /** The person or a member of staff from the role pool (in a role, or as a practitioner alone). */
  static Arbitrary<Actor> parties(List<PractitionerRole> roles, boolean staffOnly) {
    Arbitrary<Actor> staff = Arbitraries.oneOf(Arbitraries.of(roles).map(r -> (Actor) r),
        Arbitraries.of(roles).map(r -> (Actor) r.practitioner()));
    return staffOnly ? staff : Arbitraries.oneOf(staff, Arbitraries.just(Actor.THE_PERSON));
  }

  static Arbitrary<Need> needs(List<PractitionerRole> roles) {
    return Combinators.combine(Arbitraries.of(PrimarySupportReason.class), text(120).optional(), dates().optional(),
        parties(roles, true).optional()).as(Need::new);
  }

  /** Goals relating to some of the plan's needs. */
  static Arbitrary<Goal> goals(List<Need> needs, List<PractitionerRole> roles) {
    Arbitrary<List<Need>> related = needs.isEmpty() ? Arbitraries.just(List.of()) : Arbitraries.of(needs).list().ofMaxSize(3);
    return Combinators.combine(text(200), dates().optional(), Arbitraries.of(Goal.Progress.class).optional(),
        parties(roles, false).optional(), related).as(Goal::new);
  }

  /** Valid consents state a legal basis only when the person did not consent (cb-consent-1). */
  static Arbitrary<SharingConsent> consents(boolean valid) {
    return Combinators.combine(Arbitraries.of(ConsentStatus.class), Arbitraries.of(ConsentLegalBasis.class).optional(),
        dates()).as((status, basis, recorded) -> new SharingConsent(status,
            valid && status == ConsentStatus.GIVEN ? Optional.empty() : basis, recorded, Optional.empty(),
            Optional.empty(), List.of(), List.of(), List.of(), Optional.empty()));
  }

  /** Consents with their terms: the moment recorded, who decided, the sharing organisations, protocols, period. */
  static Arbitrary<SharingConsent> consents(boolean valid, List<Organisation> orgs, List<PractitionerRole> roles) {
    Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-48, 56).map(q -> ZoneOffset.ofTotalSeconds(q * 900));
    Arbitrary<String> protocols = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20)
        .map(x -> "https://example.org/policy/" + x);
    return Combinators.combine(consents(valid), Arbitraries.integers().between(0, 86_399).optional(), offsets,
        text(60).optional(), parties(roles, false).list().ofMaxSize(2), Arbitraries.of(orgs).list().ofMaxSize(3),
        protocols.list().ofMaxSize(2), ranges().optional())
        .as((c, seconds, offset, description, by, sharing, policies, period) -> new SharingConsent(c.status(),
            c.legalBasis(), c.recordedOn(),
            seconds.map(x -> OffsetDateTime.of(c.recordedOn(), LocalTime.ofSecondOfDay(x), offset)), description, by,
            sharing, policies, period));
  }

  /** The plan's title, summary, creation day, responsible worker and contributors. */
  record PlanExtras(Optional<String> title, Optional<String> summary, Optional<LocalDate> createdOn,
      Optional<Actor> responsibleWorker, List<Actor> contributors) {}

  static Arbitrary<PlanExtras> planExtras(List<PractitionerRole> roles) {
    return Combinators.combine(text(80).optional(), text(300).optional(), dates().optional(),
        parties(roles, true).optional(), parties(roles, false).list().ofMaxSize(4)).as(PlanExtras::new);
  }

  static Arbitrary<JointCarePlan> plans(Person person, boolean valid) {
    return organisationPools().flatMap(orgs -> plans(person, orgs, valid));
  }

  static Arbitrary<JointCarePlan> plans(Person person, List<Organisation> orgPool, boolean valid) {
    return rolePools(valid, orgPool).flatMap(roles -> plans(person, orgPool, roles, valid));
  }

  /** Plans whose staff (responsible worker, contributors, assessors...) come from the role pool. */
  static Arbitrary<JointCarePlan> plans(Person person, List<Organisation> orgPool, List<PractitionerRole> roles,
      boolean valid) {
    return Combinators.combine(ids(), ranges(), Arbitraries.integers().between(1, 800), Arbitraries.just(orgPool))
        .flatAs((id, period, reviewAfter, orgs) -> {
          LocalDate review = period.start().plusDays(reviewAfter);
          Arbitrary<Optional<LocalDate>> agreed = valid
              ? Arbitraries.integers().between(0, reviewAfter).map(d -> period.start().plusDays(d)).optional()
              : dates().optional();
          return needs(roles).list().ofMaxSize(4).flatMap(needs -> Combinators.combine(
              goals(needs, roles).list().ofMaxSize(4),
              planServices(orgs, valid).list().ofMaxSize(4), agreed, text(300).optional(),
              consents(valid, orgs, roles).optional(), ids().optional(), planExtras(roles))
              .as((goals, services, agreedOn, contingency, consent, budget, x) -> new JointCarePlan(id, person,
                  period, needs, goals, services, review, agreedOn, contingency, consent, budget, x.title(), x.summary(),
                  x.createdOn(), x.responsibleWorker(), x.contributors())));
        });
  }

  static Arbitrary<JointCarePlan> plans(boolean valid) {
    return persons(valid).flatMap(p -> plans(p, valid));
  }

  // ---- care team

  static Arbitrary<CareTeam> teams(Person person, boolean valid) {
    return organisationPools().flatMap(orgs -> teams(person, orgs, valid));
  }

  static Arbitrary<CareTeam> teams(Person person, List<Organisation> orgPool, boolean valid) {
    return rolePools(valid, orgPool).flatMap(roles -> teams(person, orgPool, roles, valid));
  }

  /** Teams whose key workers come from the role pool, with a name, a period and managing organisations. */
  static Arbitrary<CareTeam> teams(Person person, List<Organisation> orgPool, List<PractitionerRole> rolePool,
      boolean valid) {
    return Combinators.combine(ids(), Arbitraries.just(rolePool), Arbitraries.integers().between(0, 4), dates(),
        Arbitraries.integers().between(1, 400).list().ofSize(4), Arbitraries.of(true, false),
        Arbitraries.of(true, false))
        .flatAs((id, roles, count, start, lengths, lastOpen, continuity) -> Arbitraries.of(roles).list().ofSize(count).map(picked -> {
          List<KeyWorkerAssignment> assignments = new ArrayList<>();
          LocalDate from = start;
          for (int i = 0; i < picked.size(); i++) {
            boolean open = lastOpen && i == picked.size() - 1;
            LocalDate to = from.plusDays(lengths.get(i));
            assignments.add(KeyWorkerAssignment.of(picked.get(i), open ? DateRange.startingOn(from) : DateRange.of(from, to)));
            from = to.plusDays(1);
          }
          // Only sequential, non-overlapping assignments are valid (cb-careteam-1); reverse them for variety.
          if (!valid && count % 2 == 0) {
            java.util.Collections.reverse(assignments);
          }
          // The hand-overs leave no gap, so continuity may be required of a valid team.
          return new CareTeam(id, person, assignments, continuity, Optional.empty(), Optional.empty(), List.of());
        })).flatMap(t -> Combinators.combine(text(60).optional(), ranges().optional(),
            Arbitraries.of(orgPool).list().ofMaxSize(3))
            .as((name, period, managing) -> new CareTeam(t.id(), t.person(), t.keyWorkers(), t.continuityRequired(), name,
                period, managing)));
  }

  static Arbitrary<CareTeam> teams(boolean valid) {
    return persons(valid).flatMap(p -> teams(p, valid));
  }

  // ---- budget

  static Arbitrary<BudgetHolder> holders() {
    return Combinators.combine(Arbitraries.oneOf(Arbitraries.just(BudgetHolder.builder().build()),
        text(40).map(n -> BudgetHolder.builder().kind(BudgetHolder.Kind.NOMINATED_PERSON).name(n).build()),
        text(40).map(n -> BudgetHolder.builder().kind(BudgetHolder.Kind.AUTHORISED_PERSON).name(n).build())),
        Arbitraries.of(true, false).optional(), ranges().optional())
        .as((h, suspended, period) -> new BudgetHolder(h.kind(), h.name(), suspended, period));
  }

  static Arbitrary<PersonalBudget> budgets(Person person, boolean valid) {
    return organisationPools().flatMap(orgs -> budgets(person, orgs, valid));
  }

  static Arbitrary<PersonalBudget> budgets(Person person, List<Organisation> orgPool, boolean valid) {
    Arbitrary<FundingSource> budgetSources = Arbitraries.of(FundingSource.class).filter(FundingSource::isBudgetFundingSource);
    Arbitrary<PersonalBudget> base = Combinators.combine(ids(), Arbitraries.just(orgPool), Arbitraries.of(BudgetType.class), Arbitraries.of(BudgetStage.class),
        ranges(), Arbitraries.of(BudgetFrequency.class), Arbitraries.of(BudgetManagement.class), holders())
        .flatAs((id, orgs, type, stage, period, freq, management, holder) -> Combinators.combine(
            Combinators.combine(budgetSources, money(valid)).as(FundingContribution::of).list().ofMaxSize(4),
            money(valid), services(orgs, valid).list().ofMaxSize(4), ids().optional(), Arbitraries.of(orgs))
            .as((contributions, amount, services, plan, setBy) -> {
              Money total = valid && !contributions.isEmpty()
                  ? contributions.stream().map(FundingContribution::amount).reduce(Money.ZERO, Money::plus) : amount;
              List<PlannedService> s = services;
              if (valid && !(management == BudgetManagement.DIRECT_PAYMENT
                  || management == BudgetManagement.PART_DIRECT_PAYMENT
                  || management == BudgetManagement.PHB_DIRECT_PAYMENT)) {
                s = services.stream().filter(x -> x.deliveryMechanism().orElseThrow() != BudgetManagement.DIRECT_PAYMENT)
                    .toList();
              }
              return new PersonalBudget(id, person, holder, setBy, type, stage, period, total, freq, management,
                  contributions, s, plan, Optional.empty(), Optional.empty());
            }));
    return Combinators.combine(base, text(60).optional(), text(300).optional())
        .as((b, label, description) -> new PersonalBudget(b.id(), b.person(), b.holder(), b.setBy(), b.budgetType(),
            b.stage(), b.period(), b.amount(), b.frequency(), b.management(), b.contributions(), b.services(),
            b.carePlanId(), label, description));
  }

  static Arbitrary<PersonalBudget> budgets(boolean valid) {
    return persons(valid).flatMap(p -> budgets(p, valid));
  }

  /** A plan with (optionally) a care team and a budget for the same person, sharing one organisation pool. */
  static Arbitrary<CarePlanRecords> records(boolean valid) {
    // One role pool for the plan's staff and the team's key workers, so that one id always means one record.
    return Combinators.combine(persons(valid), organisationPools()).flatAs((p, orgs) -> rolePools(valid, orgs)
        .flatMap(roles -> Combinators.combine(plans(p, orgs, roles, valid), teams(p, orgs, roles, valid).optional(),
            budgets(p, orgs, valid).optional(), identifiers().optional()).as(CarePlanRecords::new)));
  }

  // ---- discharge

  static final Set<DischargeEvent> RESPONSES = EnumSet.of(DischargeEvent.ASSESSMENT_NOTICE_ACCEPT,
      DischargeEvent.ASSESSMENT_NOTICE_REJECT, DischargeEvent.DISCHARGE_NOTICE_AGREEMENT,
      DischargeEvent.DISCHARGE_NOTICE_DISAGREEMENT, DischargeEvent.WITHDRAW_ALL, DischargeEvent.WITHDRAW_ASSESSMENT_ONLY,
      DischargeEvent.WITHDRAW_DISCHARGE_ONLY, DischargeEvent.WITHDRAW_ACCEPT, DischargeEvent.WITHDRAW_REJECT);

  static Arbitrary<DischargeNotification> discharges(boolean valid) {
    return baseDischarges(valid).flatMap(n -> dischargeDetails(n, valid));
  }

  /** The notification without the contact, clinician, reason, destination and time-of-day details. */
  static Arbitrary<DischargeNotification> baseDischarges(boolean valid) {
    Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
    Arbitrary<Ward> wards = Combinators.combine(ids(), text(40), odsCodes(), text(80).optional(),
        contactPoints().list().ofMaxSize(3), addresses().optional()).as(Ward::new);
    return Combinators.combine(ids(), Arbitraries.of(DischargeEvent.class), persons(valid), instants,
        organisations(), wards.optional(), organisations().optional(), Arbitraries.of(DischargePathway.class).optional())
        .flatAs((id, event, person, issued, hospital, ward, council0, pathway0) -> {
          Optional<Organisation> council = council0.filter(c -> !c.id().equals(hospital.id()));
          Optional<Ward> w = valid && ward.isEmpty()
              ? Optional.of(Ward.builder().id("ward-" + hospital.id().length()).name("Ward").site(OdsCode.of("RJE01"))
                  .build()) : ward;
          return Combinators.combine(dates(), Arbitraries.integers().between(0, 60).list().ofSize(3),
              Arbitraries.of(true, false).list().ofSize(5), Arbitraries.of(CarerConsultation.class).optional(),
              Arbitraries.of(ConsentStatus.class).optional(), Arbitraries.of(ConsentLegalBasis.class).optional(),
              Arbitraries.of(ChcOutcome.class).optional(), Arbitraries.of(WithdrawalReason.class).optional())
              .flatAs((admitted, gaps, flags, carer, consent, basis, chc, withdrawal) -> Combinators.combine(
                  Arbitraries.of(true, false).optional(), Arbitraries.of(true, false).optional(), ids().optional(),
                  Arbitraries.of(true, false).list().ofSize(4))
                  .as((consulted, safeguarding, respondsTo, more) -> {
                    LocalDate ready = admitted.plusDays(gaps.get(0));
                    LocalDate discharged = ready.plusDays(gaps.get(1));
                    LocalDate proposed = admitted.plusDays(gaps.get(2));
                    Optional<LocalDate> admission = valid || flags.get(0) ? Optional.of(admitted) : Optional.empty();
                    Optional<LocalDate> readyDate = flags.get(1) || valid && (event == DischargeEvent.DISCHARGE_READY_DATE_SET
                        || event == DischargeEvent.DISCHARGE_READY_DATE_CHANGED) ? Optional.of(ready) : Optional.empty();
                    Optional<LocalDate> dischargeDate = flags.get(2) || valid && event == DischargeEvent.PATIENT_DISCHARGED
                        ? Optional.of(discharged) : Optional.empty();
                    Optional<Organisation> c = council;
                    Optional<DischargePathway> pathway = pathway0;
                    Optional<WithdrawalReason> reason = withdrawal;
                    Optional<String> responds = respondsTo;
                    Optional<ConsentLegalBasis> legal = basis;
                    if (valid) {
                      if (event == DischargeEvent.DISCHARGE_NOTICE) {
                        c = Optional.of(c.orElse(Organisation.builder()
                            .id(hospital.id().equals("council") ? "council2" : "council").odsCode(OdsCode.of("SCC01"))
                            .name("Council").build()));
                        pathway = Optional.of(pathway.orElse(DischargePathway.values()[1]));
                      }
                      if (event.isWithdrawal()) {
                        reason = Optional.of(reason.orElse(WithdrawalReason.values()[0]));
                      }
                      if (RESPONSES.contains(event)) {
                        responds = Optional.of(responds.orElse("earlier-message"));
                      }
                      if (consent.isEmpty() || consent.get() == ConsentStatus.GIVEN) {
                        legal = Optional.empty();
                      }
                    }
                    HospitalStay stay = new HospitalStay(w, Optional.empty(), admission, Optional.empty(),
                        flags.get(3) ? Optional.of(proposed) : Optional.empty(), readyDate, dischargeDate,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of());
                    Assessment statements = new Assessment(consulted, carer, consent, legal, chc, safeguarding,
                        Optional.empty(), Optional.empty());
                    return new DischargeNotification(id, event, person, issued, hospital, c, pathway, stay, statements,
                        reason, responds, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
                  }));
        });
  }

  static Arbitrary<MessagingSystem> messagingSystems() {
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20),
        text(60).optional()).as((host, name) -> new MessagingSystem("https://" + host + ".example.org/fhir", name));
  }

  /** Valid coded texts are words only (a made-up code system would not validate). */
  static Arbitrary<CodedText> codedTexts(boolean valid) {
    if (valid) {
      return text(120).map(t -> CodedText.builder().text(t).build());
    }
    Arbitrary<String> systems = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(x -> "https://example.org/cs/" + x);
    Arbitrary<String> codes = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10);
    return Combinators.combine(systems.optional(), codes.optional(), text(60).optional(), text(120))
        .as((system, code, display, words) -> code.isEmpty() ? CodedText.builder().text(words).build()
            : new CodedText(system, code, display, display.isPresent() ? Optional.empty() : Optional.of(words)));
  }

  /** A time of day with an offset (whole quarter hours, -14:00 to +14:00) on a date, to the second or millisecond. */
  static Arbitrary<java.time.OffsetDateTime> times(LocalDate date) {
    return Combinators.combine(Arbitraries.integers().between(0, 86_399), Arbitraries.integers().between(0, 999)
        .injectNull(0.5), Arbitraries.integers().between(-56, 56))
        .as((second, milli, quarters) -> java.time.OffsetDateTime.of(date,
            java.time.LocalTime.ofSecondOfDay(second).withNano(milli == null ? 0 : milli * 1_000_000),
            java.time.ZoneOffset.ofTotalSeconds(quarters * 900)));
  }

  /**
   * Clinicians drawn from a pool (each practitioner once, each with one role at the hospital or council), so that
   * one id always means one record in the message.
   */
  static Arbitrary<List<Actor>> clinicianPools(DischargeNotification n, boolean valid) {
    List<Organisation> orgs = new ArrayList<>(List.of(n.hospital()));
    n.council().ifPresent(orgs::add);
    return Combinators.combine(practitioners(valid).list().ofMinSize(1).ofMaxSize(3).uniqueElements(Practitioner::id),
        ids().list().ofSize(3).uniqueElements(), Arbitraries.of(orgs).list().ofSize(3),
        Arbitraries.of(KeyWorkerProfession.class).list().ofSize(3)).as((pracs, roleIds, roleOrgs, professions) -> {
          List<Actor> pool = new ArrayList<>();
          for (int i = 0; i < pracs.size(); i++) {
            pool.add(pracs.get(i));
            pool.add(PractitionerRole.builder().id(roleIds.get(i)).practitioner(pracs.get(i))
                .organisation(roleOrgs.get(i)).profession(professions.get(i)).build());
          }
          return pool;
        });
  }

  /** The details a notification may state besides the ADW core: valid ones keep cb-encounter-4. */
  static Arbitrary<DischargeNotification> dischargeDetails(DischargeNotification n, boolean valid) {
    HospitalStay stay0 = n.stay();
    Arbitrary<Optional<java.time.OffsetDateTime>> admitted = stay0.admissionDate().map(d -> times(d).optional())
        .orElse(Arbitraries.just(Optional.empty()));
    Arbitrary<Optional<java.time.OffsetDateTime>> discharged = stay0.dischargeDate().map(d -> times(d).optional())
        .orElse(Arbitraries.just(Optional.empty()));
    Arbitrary<Optional<WardStay>> stays = stay0.ward().isEmpty() ? Arbitraries.just(Optional.empty())
        : Combinators.combine(Arbitraries.of(WardStay.Status.class).optional(), dates().flatMap(DomainArbitraries::times)
            .optional(), Arbitraries.integers().between(0, 100_000_000).optional())
            .as((status, from, minutes) -> {
              Optional<java.time.OffsetDateTime> until = minutes.flatMap(m -> from.map(f -> f.plusSeconds(m)));
              return status.isEmpty() && from.isEmpty() ? Optional.<WardStay>empty()
                  : Optional.of(new WardStay(status, from, until));
            }).flatMap(x -> Arbitraries.of(x, Optional.empty()));
    return clinicianPools(n, valid).flatMap(pool -> Combinators.combine(
        Combinators.combine(identifiers().optional(), messagingSystems().optional(), messagingSystems().optional(),
            Arbitraries.of(pool).optional(), Arbitraries.of(pool).optional(), Arbitraries.of(pool).optional())
            .as(List::<Object>of),
        Combinators.combine(codedTexts(valid).optional(), text(200).optional(), text(200).optional(),
            codedTexts(valid).optional(), codedTexts(valid).optional()).as(List::<Object>of),
        admitted, discharged, stays, identifiers().list().ofMaxSize(2))
        .as((a, b, at, dt, stay, stayIds) -> {
          @SuppressWarnings("unchecked")
          Optional<String> safeguarding = (Optional<String>) b.get(2);
          if (valid && !n.assessment().safeguardingConcerns().equals(Optional.of(true))) {
            safeguarding = Optional.empty();
          }
          Optional<java.time.OffsetDateTime> admittedAt = at;
          Optional<java.time.OffsetDateTime> dischargedAt =
              dt.filter(d -> at.isEmpty() || !d.isBefore(at.get()));
          // HAPI's per-1 fails a period with a time of day at one end only (seen on the same day): valid ones have
          // the time at both ends or neither.
          if (valid && stay0.admissionDate().isPresent() && stay0.dischargeDate().isPresent()
              && admittedAt.isPresent() != dischargedAt.isPresent()) {
            admittedAt = Optional.empty();
            dischargedAt = Optional.empty();
          }
          HospitalStay full = new HospitalStay(stay0.ward(), stay, stay0.admissionDate(), admittedAt,
              stay0.proposedDischargeDate(), stay0.dischargeReadyDate(), stay0.dischargeDate(), dischargedAt,
              opt(b, 0), opt(b, 3), opt(b, 4), opt(a, 4), opt(a, 5), stayIds);
          Assessment s = n.assessment();
          Assessment statements = new Assessment(s.patientConsulted(), s.carerConsultation(), s.consent(),
              s.consentLegalBasis(), s.chcOutcome(), s.safeguardingConcerns(), safeguarding, opt(b, 1));
          return new DischargeNotification(n.id(), n.event(), n.person(), n.issuedAt(), n.hospital(), n.council(),
              n.pathway(), full, statements, n.withdrawalReason(), n.respondsTo(), opt(a, 0), opt(a, 1), opt(a, 2),
              opt(a, 3));
        }));
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> opt(List<Object> values, int i) {
    return (Optional<T>) values.get(i);
  }
}
