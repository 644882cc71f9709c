package org.carebridge.fhir.mapping.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carebridge.core.DateRange;
import org.carebridge.core.Money;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.budget.BudgetHolder;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.codes.ServiceType;
import org.carebridge.core.validation.IssueCode;
import org.hl7.fhir.r4.model.Account;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/** Internal: PersonalBudget to and from Account (carebridge-personal-budget). */
final class Budgets {
  static final String BUDGET = "carebridge-personal-budget";
  static final String STAGE = Fhir.SD + "carebridge-budget-stage";
  static final String AMOUNT = Fhir.SD + "carebridge-budget-amount";
  static final String MANAGEMENT = Fhir.SD + "carebridge-budget-management";
  static final String CONTRIBUTION = Fhir.SD + "carebridge-funding-contribution";
  static final String ASSESSED = Fhir.SD + "carebridge-assessed-contribution";
  static final String SERVICE = Fhir.SD + "carebridge-budget-service";
  static final String CARE_PLAN = Fhir.SD + "carebridge-budget-care-plan";
  static final String HOLDER_ID = "holder";
  static final String NOMINATED = "Nominated person";
  static final String AUTHORISED = "Authorised person";

  private Budgets() {}

  /** The Account (person, organisations and care plan are referenced; a nominated holder is contained). */
  static Account toFhir(PersonalBudget b) {
    Account a = new Account();
    a.setId(b.id());
    Fhir.setProfile(a, BUDGET);
    a.addExtension(STAGE, Fhir.coding(b.stage()));
    Extension amount = a.addExtension().setUrl(AMOUNT);
    amount.addExtension("amount", Fhir.money(b.amount()));
    amount.addExtension("frequency", Fhir.coding(b.frequency()));
    a.addExtension(MANAGEMENT, Fhir.coding(b.management()));
    for (FundingContribution c : b.contributions()) {
      Extension e = a.addExtension().setUrl(CONTRIBUTION);
      e.addExtension("source", Fhir.coding(c.source()));
      e.addExtension("amount", Fhir.money(c.amount()));
    }
    boolean hasClientContribution = b.contributions().stream()
        .anyMatch(c -> c.source() == FundingSource.CLIENT_CONTRIBUTION);
    if (hasClientContribution) {
      // Derived: what the person pays, at the budget's frequency. Not read back (the contributions are).
      Extension e = a.addExtension().setUrl(ASSESSED);
      e.addExtension("amount", Fhir.money(b.clientContribution()));
      e.addExtension("frequency", Fhir.coding(b.frequency()));
    }
    for (PlannedService s : b.services()) {
      Extension e = a.addExtension().setUrl(SERVICE);
      // Same order as the package example.
      e.addExtension("serviceType", Fhir.coding(s.serviceType()));
      s.deliveryMechanism().ifPresent(m -> e.addExtension("deliveryMechanism", Fhir.coding(m)));
      e.addExtension("cost", Fhir.money(s.unitCost()));
      e.addExtension("costFrequency", Fhir.coding(s.costFrequency()));
      e.addExtension("description", new StringType(s.description()));
      s.provider().ifPresent(o -> e.addExtension("provider", Fhir.ref("Organization", o.id())));
      e.addExtension("fundingSource", Fhir.coding(s.fundingSource()));
      s.period().ifPresent(p -> e.addExtension("period", Fhir.period(p)));
      s.plannedUnitsPerWeek().ifPresent(u -> e.addExtension("unitsPerWeek", Fhir.decimal(u)));
    }
    b.carePlanId().ifPresent(p -> a.addExtension(CARE_PLAN, Fhir.ref("CarePlan", p)));
    a.setStatus(Account.AccountStatus.ACTIVE);
    a.setType(Fhir.concept(b.budgetType()));
    b.label().ifPresent(a::setName);
    Reference subject = Fhir.ref("Patient", b.person().id());
    a.addSubject(subject);
    a.setServicePeriod(Fhir.period(b.period()));
    a.setOwner(Fhir.ref("Organization", b.setBy().id()));
    b.description().ifPresent(a::setDescription);
    Account.GuarantorComponent g = a.addGuarantor();
    b.holder().paymentsSuspended().ifPresent(g::setOnHold);
    b.holder().period().ifPresent(p -> g.setPeriod(Fhir.period(p)));
    if (b.holder().kind() == BudgetHolder.Kind.THE_PERSON) {
      g.setParty(subject.copy());
    } else {
      RelatedPerson rp = new RelatedPerson();
      rp.setId(HOLDER_ID);
      rp.setPatient(subject.copy());
      rp.addRelationship().setText(b.holder().kind() == BudgetHolder.Kind.NOMINATED_PERSON ? NOMINATED : AUTHORISED);
      rp.addName().setText(b.holder().name().orElseThrow());
      a.addContained(rp);
      g.setParty(new Reference("#" + HOLDER_ID));
    }
    return a;
  }

  static PersonalBudget fromFhir(Account a, Reader reader) {
    String at = reader.location(a, "Account");
    Fhir.checkProfile(a, BUDGET, at);
    if (a.getSubject().isEmpty()) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".subject", "the budget has no subject");
    }
    Person person = ActorsFromFhir.person(reader.resolve(a, a.getSubjectFirstRep(), Patient.class,
        at + ".subject[0]"), reader);
    BudgetStage stage = Fhir.decode(BudgetStage.class, coding(ext(a, STAGE, at), at), at + ".extension('stage')");
    Extension amountExt = a.getExtensionByUrl(AMOUNT);
    if (amountExt == null) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".extension", "extension " + AMOUNT + " is missing");
    }
    Money amount = Fhir.money(Fhir.sub(amountExt, "amount"), at + ".extension('amount').extension('amount')");
    BudgetFrequency frequency = Fhir.decode(BudgetFrequency.class, coding(Fhir.sub(amountExt, "frequency"), at),
        at + ".extension('amount').extension('frequency')");
    BudgetManagement management = Fhir.decode(BudgetManagement.class, coding(ext(a, MANAGEMENT, at), at),
        at + ".extension('management')");
    List<FundingContribution> contributions = new ArrayList<>();
    List<PlannedService> services = new ArrayList<>();
    Optional<String> carePlan = Optional.empty();
    for (int i = 0; i < a.getExtension().size(); i++) {
      Extension e = a.getExtension().get(i);
      String where = at + ".extension[" + i + "]";
      if (CONTRIBUTION.equals(e.getUrl())) {
        FundingSource source = Fhir.decode(FundingSource.class, coding(Fhir.sub(e, "source"), where),
            where + ".extension('source')");
        if (!source.isBudgetFundingSource()) {
          throw new Problem(IssueCode.MAP_UNKNOWN_CODE, where + ".extension('source')",
              "code '" + source.code() + "' is not in the budget-funding-source value set");
        }
        Money m = Fhir.money(Fhir.sub(e, "amount"), where + ".extension('amount')");
        contributions.add(FundingContribution.of(source, m));
      } else if (SERVICE.equals(e.getUrl())) {
        services.add(service(a, e, where, reader));
      } else if (CARE_PLAN.equals(e.getUrl())) {
        carePlan = e.getValue() instanceof Reference ? reader.idOf(a, (Reference) e.getValue(), "CarePlan")
            : Optional.empty();
        if (carePlan.isEmpty()) {
          throw new Problem(IssueCode.MAP_INVALID_VALUE, where, "the care plan reference is not to a CarePlan");
        }
      }
    }
    BudgetType type = Fhir.decode(BudgetType.class, a.getType(), at + ".type");
    DateRange period = Fhir.range(a.getServicePeriod(), at + ".servicePeriod");
    Organisation setBy = ActorsFromFhir.organisation(reader.resolve(a, a.getOwner(), Organization.class,
        at + ".owner"), reader);
    BudgetHolder.Builder holder = holder(a, reader, at);
    if (a.hasGuarantor()) {
      Account.GuarantorComponent g = a.getGuarantorFirstRep();
      if (g.hasOnHoldElement() && g.getOnHoldElement().hasValue()) {
        holder.paymentsSuspended(g.getOnHold());
      }
      ActorsFromFhir.period(g.hasPeriod() ? g.getPeriod() : null, at + ".guarantor[0].period", reader)
          .ifPresent(holder::period);
      if (a.getGuarantor().size() > 1) {
        reader.warn(at + ".guarantor", "only the first guarantor is carried");
      }
    }
    BudgetHolder h = holder.build();
    Optional<String> plan = carePlan;
    Optional<String> label = Fhir.text(a.getName());
    Optional<String> description = Fhir.text(a.getDescription());
    return Fhir.build(at, () -> new PersonalBudget(Fhir.id(a), person, h, setBy, type, stage, period, amount,
        frequency, management, contributions, services, plan, label, description));
  }

  private static BudgetHolder.Builder holder(Account a, Reader reader, String at) {
    if (!a.hasGuarantor() || !a.getGuarantorFirstRep().hasParty()) {
      reader.defaulted(at + ".guarantor", "no budget holder is named: the person is taken to hold the budget");
      return BudgetHolder.builder();
    }
    Reference party = a.getGuarantorFirstRep().getParty();
    if (reader.tryResolve(a, party).map(x -> x instanceof Patient).orElse(false)
        || Reader.idOf(party, "Patient").isPresent()) {
      return BudgetHolder.builder();
    }
    RelatedPerson rp = reader.resolve(a, party, RelatedPerson.class, at + ".guarantor[0].party");
    String name = rp.hasName() ? rp.getNameFirstRep().hasText() ? rp.getNameFirstRep().getText()
        : rp.getNameFirstRep().getNameAsSingleString() : null;
    if (name == null || name.isBlank()) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".guarantor[0].party", "the budget holder has no name");
    }
    String relation = rp.hasRelationship() ? rp.getRelationshipFirstRep().getText() : null;
    return AUTHORISED.equals(relation) ? BudgetHolder.builder().kind(BudgetHolder.Kind.AUTHORISED_PERSON).name(name)
        : BudgetHolder.builder().kind(BudgetHolder.Kind.NOMINATED_PERSON).name(name);
  }

  private static PlannedService service(Account a, Extension e, String where, Reader reader) {
    ServiceType type = Fhir.decode(ServiceType.class, coding(Fhir.sub(e, "serviceType"), where),
        where + ".extension('serviceType')");
    Type mech = Fhir.sub(e, "deliveryMechanism");
    Optional<BudgetManagement> mechanism = mech == null ? Optional.empty()
        : Optional.of(Fhir.decode(BudgetManagement.class, coding(mech, where), where + ".extension('deliveryMechanism')"));
    Type fund = Fhir.sub(e, "fundingSource");
    if (fund == null) {
      throw new Problem(IssueCode.MAP_MISSING, where + ".extension('fundingSource')",
          "the service has no funding source");
    }
    FundingSource funding = Fhir.decode(FundingSource.class, coding(fund, where), where + ".extension('fundingSource')");
    if (!funding.isServiceFundingSource()) {
      throw new Problem(IssueCode.MAP_UNKNOWN_CODE, where + ".extension('fundingSource')",
          "code '" + funding.code() + "' is not in the service-funding-source value set");
    }
    Money cost = Fhir.money(Fhir.sub(e, "cost"), where + ".extension('cost')");
    CostFrequency freq = Fhir.decode(CostFrequency.class, coding(Fhir.sub(e, "costFrequency"), where),
        where + ".extension('costFrequency')");
    Optional<BigDecimal> perWeek = Fhir.decimal(Fhir.sub(e, "unitsPerWeek"));
    Type provider = Fhir.sub(e, "provider");
    Optional<Organisation> org = provider instanceof Reference
        ? Optional.of(ActorsFromFhir.organisation(reader.resolve(a, (Reference) provider, Organization.class,
            where + ".extension('provider')"), reader)) : Optional.empty();
    Type text = Fhir.sub(e, "description");
    String description = text == null ? null : text.primitiveValue();
    if (description == null || description.isBlank()) {
      throw new Problem(IssueCode.MAP_MISSING, where + ".extension('description')", "the service has no description");
    }
    Type when = Fhir.sub(e, "period");
    if (when != null && !(when instanceof Period)) {
      throw new Problem(IssueCode.MAP_INVALID_VALUE, where + ".extension('period')", "a Period value is required here");
    }
    Optional<DateRange> period = when == null ? Optional.empty()
        : Optional.of(Fhir.range((Period) when, where + ".extension('period').value"));
    return Fhir.build(where, () -> new PlannedService(description, type, org, cost, freq, perWeek, funding,
        mechanism, period, Optional.empty(), PlannedService.Status.SCHEDULED, Optional.empty(), Optional.empty()));
  }

  private static Type ext(Account a, String url, String at) {
    Extension e = a.getExtensionByUrl(url);
    if (e == null) {
      throw new Problem(IssueCode.MAP_MISSING, at + ".extension", "extension " + url + " is missing");
    }
    return e.hasValue() ? e.getValue() : null;
  }

  private static Coding coding(Type value, String at) {
    if (value instanceof Coding) {
      return (Coding) value;
    }
    if (value instanceof CodeableConcept && ((CodeableConcept) value).hasCoding()) {
      return ((CodeableConcept) value).getCodingFirstRep();
    }
    throw new Problem(IssueCode.MAP_MISSING, at, "a Coding value is required here");
  }
}
