package org.carebridge.cld.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.carebridge.cld.internal.Labels.FundingStatus;
import org.carebridge.core.DateRange;
import org.carebridge.core.HumanName;
import org.carebridge.core.Identifier;
import org.carebridge.core.Money;
import org.carebridge.core.NhsNumber;
import org.carebridge.cld.CldSetting;
import org.carebridge.core.OdsCode;
import org.carebridge.core.Organisation;
import org.carebridge.core.Person;
import org.carebridge.core.budget.FundingContribution;
import org.carebridge.core.budget.PersonalBudget;
import org.carebridge.core.careplan.PlannedService;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetFrequency;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.BudgetStage;
import org.carebridge.core.codes.BudgetType;
import org.carebridge.core.codes.FundingSource;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.core.validation.Validator;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * One conversion run: reads files in order, keeps the minimum state per person, and at the end assembles one
 * Bundle per person. Not thread-safe; not API.
 *
 * <p>State held between rows: per person (keyed by LA Person Unique Identifier) the latest demographics and the
 * Event References of their budget services; per budget service (Direct Payment, CASSR Managed Personal Budget
 * or CASSR Commissioned Support) one compact event. Nothing else of a row is kept after it is checked.
 */
public final class Engine {

  /** Identifier system prefix of council person ids; the council's ODS code follows. */
  public static final String LA_PERSON_ID_SYSTEM = "https://carebridge.org.uk/fhir/Id/la-person-id/";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  /**
   * What a converter is built with.
   *
   * @param council the council's ODS code
   * @param councilName the council's name
   * @param councilId the record id of the council's Organization
   * @param base the base of the entries' fullUrls
   * @param periodStart the first day rows may report on, or null
   * @param periodEnd the last day rows may report on, or null
   * @param settingNames how messages name each setting (every setting has a name)
   */
  public record Settings(OdsCode council, String councilName, String councilId, String base,
      LocalDate periodStart, LocalDate periodEnd, Map<CldSetting, String> settingNames) {

    /**
     * The name of a setting as messages give it.
     *
     * @param setting the setting
     * @return e.g. {@code CldConverter.builder().reportingPeriod(...)} or {@code --period}
     */
    public String name(CldSetting setting) {
      return settingNames.get(setting);
    }
  }

  private final Settings settings;
  private final Reporter out;
  private final Validator rules = Validator.create();
  private final Map<String, PersonState> people = new LinkedHashMap<>();
  private final Map<String, ServiceEvent> services = new HashMap<>();
  private int rowsRead;
  private int rowsRejected;

  /**
   * Starts a run.
   *
   * @param settings the converter's settings
   * @param issues where issues go, in the order found
   */
  public Engine(Settings settings, Consumer<Issue> issues) {
    this.settings = settings;
    this.out = new Reporter(issues);
  }

  /**
   * Reads one extract; later calls are later submissions.
   *
   * @param in the text
   * @param prefix put before every message ("" for a single input, e.g. {@code "q2.csv: "} for several)
   */
  public void read(Reader in, String prefix) {
    out.prefix(prefix);
    try (CsvRows rows = new CsvRows(in)) {
      CsvRows.Raw first = rows.next();
      while (first != null && first.isBlank()) {
        first = rows.next();
      }
      if (first == null) {
        out.report(IssueCode.CLD_EMPTY_INPUT, "", "the input is empty: a CLD extract starts with a header line", 1, 0);
        return;
      }
      Optional<Header> header = Header.read(first, out);
      if (header.isEmpty()) {
        return;
      }
      RowParser parser = new RowParser(header.get(), out, settings.periodStart(), settings.periodEnd(),
          settings.name(CldSetting.REPORTING_PERIOD));
      int dataRows = 0;
      for (CsvRows.Raw raw = rows.next(); raw != null; raw = rows.next()) {
        if (raw.isBlank()) {
          continue;
        }
        dataRows++;
        rowsRead++;
        Optional<ParsedRow> row = parser.parse(raw);
        if (row.isEmpty() || !apply(row.get(), header.get())) {
          rowsRejected++;
        }
      }
      if (dataRows == 0) {
        out.report(IssueCode.CLD_NO_DATA_ROWS, "", "the extract has a header but no data rows", first.line(), 0);
      }
    } catch (CsvRows.Failure f) {
      out.report(f.encoding ? IssueCode.CLD_NOT_TEXT : IssueCode.CLD_MALFORMED_CSV, "",
          (f.encoding ? "" : "the CSV cannot be read from the record starting on this line: ") + f.getMessage()
              + "; nothing is converted" + (f.encoding ? "; if the extract was saved in another character set "
              + "(e.g. windows-1252), name it with " + settings.name(CldSetting.CHARSET) : ""), f.line, 0);
    } catch (IOException e) {
      unreadable(prefix, e);
    }
  }

  /**
   * Reports an input that cannot be opened or read.
   *
   * @param prefix the message prefix
   * @param e the failure
   */
  public void unreadable(String prefix, IOException e) {
    out.prefix(prefix);
    out.report(IssueCode.CLD_UNREADABLE_INPUT, "", "the input cannot be read (" + e.getClass().getSimpleName()
        + "); nothing is converted", 0, 0);
  }

  /**
   * Assembles and hands over one Bundle per person, in the order people first appeared; nothing when a FATAL
   * issue was reported.
   *
   * @param count told first how many people there are (at most one Bundle each), when there are Bundles to come
   * @param bundles where the Bundles go
   */
  public void finish(IntConsumer count, Consumer<Bundle> bundles) {
    out.prefix("");
    if (out.sawFatal()) {
      return;
    }
    count.accept(people.size());
    for (PersonState p : people.values()) {
      Optional<Bundle> b = assemble(p);
      b.ifPresent(bundles);
    }
  }

  /** Data rows read so far. */
  public int rowsRead() {
    return rowsRead;
  }

  /** Data rows rejected so far. */
  public int rowsRejected() {
    return rowsRejected;
  }

  private boolean apply(ParsedRow row, Header header) {
    PersonState p = people.get(row.laPersonId());
    if (p != null && p.nhsNumber != null && row.nhsNumber() != null && !p.nhsNumber.equals(row.nhsNumber())) {
      out.report(IssueCode.CLD_NHS_NUMBER_CONFLICT, header.where(Column.NHS_NUMBER),
          "the NHS number (" + row.nhsNumber().masked() + ") differs from the one given for this LA Person "
              + "Unique Identifier on line " + p.nhsLine + " (" + p.nhsNumber.masked() + "); the row is rejected",
          row.line(), header.number(Column.NHS_NUMBER));
      return false;
    }
    ServiceEvent held = services.get(row.eventReference());
    if (held != null && !held.laPersonId().equals(row.laPersonId())) {
      out.report(IssueCode.CLD_EVENT_REFERENCE_CONFLICT, header.where(Column.EVENT_REFERENCE),
          "this Event Reference is held for another person (line " + held.line()
              + "); the earlier event is kept and this row is rejected",
          row.line(), header.number(Column.EVENT_REFERENCE));
      return false;
    }
    if (p == null) {
      p = new PersonState(row.laPersonId(), personId(row.laPersonId()));
      people.put(row.laPersonId(), p);
    }
    p.update(row, header);
    if (held != null) {
      services.remove(row.eventReference());
      p.events.remove(row.eventReference());
    }
    ParsedRow.Service s = row.service();
    if (s != null && s.mechanism() != BudgetManagement.SELF_FUNDER_METERING) {
      String ref = row.eventReference();
      services.put(ref, new ServiceEvent(row.laPersonId(), row.periodStart(), row.periodEnd(), s,
          row.eventStart(), row.eventEnd(), row.line()));
      p.events.add(ref);
    }
    return true;
  }

  private Optional<Bundle> assemble(PersonState p) {
    Person person;
    try {
      Person.Builder pb = Person.builder().id(p.id)
          .name(p.firstName == null ? HumanName.builder().family(p.lastName).build()
              : HumanName.builder().family(p.lastName).addGiven(p.firstName).build())
          .addIdentifier(Identifier.of(LA_PERSON_ID_SYSTEM + settings.council().value(), p.laPersonId));
      if (p.nhsNumber != null) {
        pb.nhsNumber(p.nhsNumber);
      }
      if (p.birthDate != null) {
        pb.birthDate(p.birthDate);
      }
      if (p.gender != null) {
        pb.gender(p.gender);
      }
      person = pb.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.report(IssueCode.CLD_RECORD_REFUSED, "", "the person of the row on line " + p.lastLine
          + " cannot be built (" + e.getMessage() + "); the person is left out", p.lastLine, 0);
      return Optional.empty();
    }
    Organisation council = Organisation.builder().id(settings.councilId()).odsCode(settings.council())
        .name(settings.councilName()).build();
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.setId(derivedId(p.id, "cld"));
    Set<String> fullUrls = new HashSet<>();
    add(bundle, fullUrls, CareBridgeMapper.toFhir(person));
    add(bundle, fullUrls, CareBridgeMapper.toFhir(council));
    for (PersonalBudget budget : budgets(p, person, council)) {
      for (Issue i : rules.validate(budget).issues()) {
        out.pass(i.toBuilder().location(Location.record("PersonalBudget[" + budget.id() + "]." + i.location().text()))
            .build());
      }
      for (Bundle.BundleEntryComponent e : CareBridgeMapper.toFhir(budget, settings.base()).getEntry()) {
        if (fullUrls.add(e.getFullUrl())) {
          bundle.addEntry(e);
        }
      }
    }
    return Optional.of(bundle);
  }

  private List<PersonalBudget> budgets(PersonState p, Person person, Organisation council) {
    TreeMap<DateRange, List<ServiceEvent>> byPeriod = new TreeMap<>(
        Comparator.comparing(DateRange::start).thenComparing(r -> r.end().orElseThrow()));
    for (String ref : p.events) {
      ServiceEvent e = services.get(ref);
      DateRange period = DateRange.of(e.periodStart(), e.periodEnd());
      DateRange running = new DateRange(e.start(), Optional.ofNullable(e.end()));
      if (period.overlaps(running)) {
        byPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(e.withReference(ref));
      }
    }
    List<PersonalBudget> result = new ArrayList<>();
    for (Map.Entry<DateRange, List<ServiceEvent>> group : byPeriod.entrySet()) {
      List<ServiceEvent> events = group.getValue();
      boolean direct = events.stream().anyMatch(e -> e.service().mechanism() == BudgetManagement.DIRECT_PAYMENT);
      boolean managed = events.stream().anyMatch(e -> e.service().mechanism() == BudgetManagement.CASSR_MANAGED);
      if (!direct && !managed) {
        continue;
      }
      boolean other = events.stream().anyMatch(e -> e.service().mechanism() != BudgetManagement.DIRECT_PAYMENT);
      BudgetManagement management = direct
          ? (other ? BudgetManagement.PART_DIRECT_PAYMENT : BudgetManagement.DIRECT_PAYMENT)
          : BudgetManagement.CASSR_MANAGED;
      events.sort(Comparator.comparing(ServiceEvent::start).thenComparing(ServiceEvent::reference));
      String id = derivedId(p.id, "pb-" + group.getKey().start());
      try {
        PersonalBudget.Builder b = PersonalBudget.builder().id(id).person(person).setBy(council)
            .budgetType(BudgetType.PERSONAL_BUDGET).stage(BudgetStage.AGREED).period(group.getKey())
            .management(management);
        Money weekly = Money.ZERO;
        for (ServiceEvent e : events) {
          PlannedService service = service(e);
          b.addService(service);
          weekly = weekly.plus(service.costPer(BudgetFrequency.WEEKLY).orElse(Money.ZERO));
        }
        b.amount(weekly).frequency(BudgetFrequency.WEEKLY);
        contributions(p, b, weekly, id);
        result.add(b.build());
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        out.report(IssueCode.CLD_RECORD_REFUSED, "", "the personal budget " + id + " cannot be built ("
            + e.getMessage() + "); it is left out", 0, 0);
      }
    }
    return result;
  }

  private void contributions(PersonState p, PersonalBudget.Builder b, Money weekly, String id) {
    FundingStatus status = p.funding;
    FundingSource source = status == null ? null : switch (status) {
      case FULLY_SOCIAL_CARE_FUNDED -> FundingSource.COUNCIL;
      case FULL_COST_CLIENT, SELF_FUNDER_METERING -> FundingSource.CLIENT_CONTRIBUTION;
      case JOINT_HEALTH_AND_SOCIAL_CARE -> FundingSource.JOINT;
      case FULLY_HEALTH_FUNDED -> FundingSource.NHS;
      case JOINT_CLIENT_AND_SOCIAL_CARE, UNKNOWN -> null;
    };
    if (source != null) {
      b.addContribution(FundingContribution.of(source, weekly));
      return;
    }
    out.report(IssueCode.CLD_FUNDING_SPLIT_UNKNOWN, p.fundingWhere,
        "personal budget " + id + ": " + (status == null ? "no Client Funding Status is given"
            : status == FundingStatus.UNKNOWN ? "the Client Funding Status is unknown"
            : "the person pays an assessed share, which CLD release 1 does not give")
            + ", so the budget carries its amount without funding contributions",
        p.fundingLine, p.fundingColumn);
  }

  private static PlannedService service(ServiceEvent e) {
    ParsedRow.Service s = e.service();
    StringBuilder description = new StringBuilder(s.component() != null ? s.component() : s.type().display());
    if (s.providerName() != null || s.providerId() != null) {
      description.append(" - ");
      if (s.providerName() != null) {
        description.append(s.providerName());
      }
      if (s.providerId() != null) {
        description.append(s.providerName() != null ? " (CQC location " + s.providerId() + ")"
            : "CQC location " + s.providerId());
      }
    }
    PlannedService.Builder b = PlannedService.builder()
        .description(description.toString())
        .serviceType(s.type())
        .unitCost(s.unitCost()).costFrequency(s.frequency())
        .fundingSource(s.mechanism() == BudgetManagement.DIRECT_PAYMENT
            ? FundingSource.DIRECT_PAYMENT : FundingSource.COUNCIL)
        .deliveryMechanism(s.mechanism())
        .period(new DateRange(e.start(), Optional.ofNullable(e.end())));
    if (s.unitsPerWeek() != null) {
      b.plannedUnitsPerWeek(s.unitsPerWeek());
    }
    return b.build();
  }

  private void add(Bundle bundle, Set<String> fullUrls, Resource r) {
    String fullUrl = settings.base() + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart();
    bundle.addEntry().setFullUrl(fullUrl).setResource(r);
    fullUrls.add(fullUrl);
  }

  /**
   * Whether a text is a FHIR id as records take it: 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'.
   *
   * @param text the candidate
   * @return true when it is one
   */
  public static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  private String personId(String laPersonId) {
    return isId(laPersonId) ? laPersonId
        : "cld-" + uuid(settings.council().value() + "|" + laPersonId);
  }

  private static String derivedId(String base, String suffix) {
    String id = base + "-" + suffix;
    return id.length() <= 64 ? id : uuid(id);
  }

  private static String uuid(String text) {
    return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The latest known facts of one person. */
  private static final class PersonState {
    final String laPersonId;
    final String id;
    final Set<String> events = new LinkedHashSet<>();
    NhsNumber nhsNumber;
    int nhsLine;
    String firstName;
    String lastName;
    LocalDate birthDate;
    AdministrativeGender gender;
    FundingStatus funding;
    String fundingWhere = Column.CLIENT_FUNDING_STATUS.header();
    int fundingLine;
    int fundingColumn;
    int lastLine;

    PersonState(String laPersonId, String id) {
      this.laPersonId = laPersonId;
      this.id = id;
    }

    /** Later rows win; a blank value does not erase an earlier one. */
    void update(ParsedRow row, Header header) {
      lastLine = row.line();
      if (row.nhsNumber() != null && nhsNumber == null) {
        nhsNumber = row.nhsNumber();
        nhsLine = row.line();
      }
      if (row.firstName() != null) {
        firstName = row.firstName();
      }
      lastName = row.lastName();
      if (row.birthDate() != null) {
        birthDate = row.birthDate();
      }
      if (row.gender() != null) {
        gender = row.gender();
      }
      if (row.funding() != null) {
        funding = row.funding();
        fundingWhere = header.where(Column.CLIENT_FUNDING_STATUS);
        fundingLine = row.line();
        fundingColumn = header.number(Column.CLIENT_FUNDING_STATUS);
      }
    }
  }

  /** One budget service event, as its latest row gave it. */
  private record ServiceEvent(String laPersonId, LocalDate periodStart, LocalDate periodEnd,
      ParsedRow.Service service, LocalDate start, LocalDate end, int line, String reference) {

    ServiceEvent(String laPersonId, LocalDate periodStart, LocalDate periodEnd, ParsedRow.Service service,
        LocalDate start, LocalDate end, int line) {
      this(laPersonId, periodStart, periodEnd, service, start, end, line, null);
    }

    ServiceEvent withReference(String ref) {
      return new ServiceEvent(laPersonId, periodStart, periodEnd, service, start, end, line, ref);
    }
  }
}
