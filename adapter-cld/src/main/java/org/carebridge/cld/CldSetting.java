package org.carebridge.cld;

/**
 * A setting of the converter that an issue message may advise, e.g. "name it with CldConverter.builder().charset(...)".
 * Messages name a setting the way the caller sets it: by default as its builder method ({@link #builderMethod()}),
 * the form for Java callers; a program built on the converter (such as the {@code carebridge convert} command
 * line, whose options are {@code --period} and {@code --charset}) gives its own names with
 * {@link CldConverter.Builder#settingNames(java.util.function.Function)}.
 */
public enum CldSetting {
  /** The reporting period rows must fall in: {@link CldConverter.Builder#reportingPeriod}. */
  REPORTING_PERIOD("CldConverter.builder().reportingPeriod(...)"),
  /** The character set of extract files: {@link CldConverter.Builder#charset}. */
  CHARSET("CldConverter.builder().charset(...)");

  private final String builderMethod;

  CldSetting(String builderMethod) {
    this.builderMethod = builderMethod;
  }

  /**
   * The setting as a Java caller sets it, e.g. {@code "CldConverter.builder().reportingPeriod(...)"}: the name
   * messages use unless {@link CldConverter.Builder#settingNames(java.util.function.Function)} gives another.
   *
   * @return the builder method
   */
  public String builderMethod() {
    return builderMethod;
  }
}
