package org.carebridge.hl7v2;

/**
 * A setting of the converter that an issue message may advise, e.g. "set it with
 * AdtContext.builder().pathway(...)". Messages name a setting the way the caller sets it: by default as its builder
 * method ({@link #builderMethod()}), the form for Java callers; a program built on the converter (such as the
 * {@code carebridge convert} command line, whose options are {@code --pathway} and so on) gives its own names with
 * {@link AdtConverter.Builder#settingNames(java.util.function.Function)}.
 */
public enum AdtSetting {
  /** The receiving council: {@link AdtContext.Builder#council}. */
  COUNCIL("AdtContext.builder().council(...)"),
  /** The discharge to assess pathway: {@link AdtContext.Builder#pathway}. */
  PATHWAY("AdtContext.builder().pathway(...)"),
  /** The trust's local staff identifier system: {@link AdtContext.Builder#clinicianIdentifierSystem}. */
  CLINICIAN_IDENTIFIER_SYSTEM("AdtContext.builder().clinicianIdentifierSystem(...)"),
  /** The hospital trust: {@link AdtConverter.Builder#hospital}. */
  HOSPITAL("AdtConverter.builder().hospital(...)"),
  /** The wards' default site: {@link AdtConverter.Builder#siteCode}. */
  SITE_CODE("AdtConverter.builder().siteCode(...)"),
  /** The field carrying the discharge ready date: {@link AdtConverter.Builder#dischargeReadyDateField}. */
  DISCHARGE_READY_DATE_FIELD("AdtConverter.builder().dischargeReadyDateField(...)"),
  /** Whether admissions produce assessment notices: {@link AdtConverter.Builder#assessmentNotices}. */
  ASSESSMENT_NOTICES("AdtConverter.builder().assessmentNotices(true)"),
  /** The size limit of one input: {@link AdtConverter.Builder#maxInputBytes}. */
  MAX_INPUT_BYTES("AdtConverter.builder().maxInputBytes(...)");

  private final String builderMethod;

  AdtSetting(String builderMethod) {
    this.builderMethod = builderMethod;
  }

  /**
   * The setting as a Java caller sets it, e.g. {@code "AdtContext.builder().pathway(...)"}: the name messages use
   * unless {@link AdtConverter.Builder#settingNames(java.util.function.Function)} gives another.
   *
   * @return the builder method
   */
  public String builderMethod() {
    return builderMethod;
  }
}
