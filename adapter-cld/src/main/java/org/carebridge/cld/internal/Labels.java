package org.carebridge.cld.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebridge.core.codes.AdministrativeGender;
import org.carebridge.core.codes.BudgetManagement;
import org.carebridge.core.codes.CostFrequency;
import org.carebridge.core.codes.PrimarySupportReason;
import org.carebridge.core.codes.ServiceType;

/**
 * One table of CLD labels for a column: label (matched ignoring case and white space runs) to value. Not API.
 *
 * @param <T> the value type
 */
public final class Labels<T> {

  /** CLD Event Type. */
  public enum EventType {
    /** A request for support. */
    REQUEST,
    /** An assessment. */
    ASSESSMENT,
    /** A service. */
    SERVICE,
    /** A review. */
    REVIEW
  }

  /** CLD Client Funding Status (release 1). */
  public enum FundingStatus {
    /** Fully Social Care Funded: the council pays the whole budget. */
    FULLY_SOCIAL_CARE_FUNDED,
    /** Joint Client and Social Care Funded: the person pays an assessed share, not given in CLD. */
    JOINT_CLIENT_AND_SOCIAL_CARE,
    /** 18(3) (full cost client): the council arranges care, the person pays its full cost. */
    FULL_COST_CLIENT,
    /** Self-funder - Metering Only. */
    SELF_FUNDER_METERING,
    /** Joint Health and Social Care Funded. */
    JOINT_HEALTH_AND_SOCIAL_CARE,
    /** Fully Health Funded. */
    FULLY_HEALTH_FUNDED,
    /** Unknown - Individual Level. */
    UNKNOWN
  }

  /** Event Type labels. */
  public static final Labels<EventType> EVENT_TYPE = new Labels<EventType>()
      .add("Request", EventType.REQUEST)
      .add("Assessment", EventType.ASSESSMENT)
      .add("Service", EventType.SERVICE)
      .add("Review", EventType.REVIEW);

  /** Service Type labels: the displays of {@code cld-service-type}, which are the CLD labels. */
  public static final Labels<ServiceType> SERVICE_TYPE = displays(ServiceType.values());

  /** Primary Support Reason labels: the displays of {@code cld-primary-support-reason}. */
  public static final Labels<PrimarySupportReason> PRIMARY_SUPPORT_REASON = displays(PrimarySupportReason.values());

  /** Delivery Mechanism labels: the four CLD labels, value set {@code cld-delivery-mechanism}. */
  public static final Labels<BudgetManagement> DELIVERY_MECHANISM = new Labels<BudgetManagement>()
      .add("Direct Payment", BudgetManagement.DIRECT_PAYMENT)
      .add("CASSR Managed Personal Budget", BudgetManagement.CASSR_MANAGED)
      .add("CASSR Commissioned Support", BudgetManagement.CASSR_COMMISSIONED)
      .add("Self-Funder Metering Only", BudgetManagement.SELF_FUNDER_METERING);

  /** Cost Frequency (Unit Type) labels: those of national processing code and the code system's displays. */
  public static final Labels<CostFrequency> COST_FREQUENCY = new Labels<CostFrequency>()
      .add("Hourly", CostFrequency.HOURLY)
      .add("Daily", CostFrequency.DAILY)
      .add("Per session", CostFrequency.PER_SESSION)
      .add("Weekly", CostFrequency.WEEKLY)
      .add("Fortnightly", CostFrequency.FORTNIGHTLY)
      .add("4-weekly", CostFrequency.FOUR_WEEKLY)
      .add("Four-weekly", CostFrequency.FOUR_WEEKLY)
      .add("4 weekly", CostFrequency.FOUR_WEEKLY)
      .add("Monthly", CostFrequency.MONTHLY)
      .add("Quarterly", CostFrequency.QUARTERLY)
      .add("Annually", CostFrequency.ANNUAL)
      .add("Annual", CostFrequency.ANNUAL)
      .add("One-off", CostFrequency.ONE_OFF)
      .add("One off", CostFrequency.ONE_OFF);

  /** Gender labels. */
  public static final Labels<AdministrativeGender> GENDER = new Labels<AdministrativeGender>()
      .add("Male", AdministrativeGender.MALE)
      .add("Female", AdministrativeGender.FEMALE)
      .add("Other", AdministrativeGender.OTHER)
      .add("Indeterminate", AdministrativeGender.OTHER)
      .add("Unknown", AdministrativeGender.UNKNOWN)
      .add("Not Known", AdministrativeGender.UNKNOWN)
      .add("Not Stated", AdministrativeGender.UNKNOWN)
      .add("Not Specified", AdministrativeGender.UNKNOWN);

  /** Client Funding Status labels (release 1). */
  public static final Labels<FundingStatus> FUNDING_STATUS = new Labels<FundingStatus>()
      .add("Fully Social Care Funded", FundingStatus.FULLY_SOCIAL_CARE_FUNDED)
      .add("Joint Client and Social Care Funded", FundingStatus.JOINT_CLIENT_AND_SOCIAL_CARE)
      .add("18(3) (full cost client)", FundingStatus.FULL_COST_CLIENT)
      .add("Self-funder - Metering Only", FundingStatus.SELF_FUNDER_METERING)
      .add("Joint Health and Social Care Funded", FundingStatus.JOINT_HEALTH_AND_SOCIAL_CARE)
      .add("Fully Health Funded", FundingStatus.FULLY_HEALTH_FUNDED)
      .add("Unknown - Individual Level", FundingStatus.UNKNOWN);

  private final Map<String, T> byKey = new LinkedHashMap<>();
  private final Map<String, String> labelByKey = new LinkedHashMap<>();

  private Labels() {}

  private static <E extends Enum<E> & org.carebridge.core.codes.Coded> Labels<E> displays(E[] values) {
    Labels<E> labels = new Labels<>();
    for (E v : values) {
      labels.add(v.display(), v);
    }
    return labels;
  }

  private Labels<T> add(String label, T value) {
    byKey.put(Column.key(label), value);
    labelByKey.put(Column.key(label), label);
    return this;
  }

  /**
   * Looks a label up.
   *
   * @param text the value as written
   * @return the value, or empty when it is not a label of this table
   */
  public Optional<T> find(String text) {
    return Optional.ofNullable(byKey.get(Column.key(text)));
  }

  /**
   * Returns the labels, as published.
   *
   * @return the labels, in table order
   */
  public List<String> labels() {
    return Collections.unmodifiableList(new ArrayList<>(labelByKey.values()));
  }

  /**
   * Suggests the nearest label to a value that is not one, when one is close (a typing slip).
   *
   * @param text the value as written
   * @return the nearest label within an edit distance of a quarter of its length (at least 2), or empty
   */
  public Optional<String> nearest(String text) {
    String key = Column.key(text);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, String> e : labelByKey.entrySet()) {
      // a label is suggested only within its allowed distance, so a value whose length alone puts it further away
      // is never compared character by character: a long value costs what a short one does
      int allowed = Math.max(2, e.getValue().length() / 4);
      int d = distance(key, e.getKey(), Math.min(bestDistance, allowed + 1));
      if (d < bestDistance && d <= allowed) {
        bestDistance = d;
        best = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
