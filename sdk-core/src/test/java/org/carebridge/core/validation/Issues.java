package org.carebridge.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Small assertions over validation results. */
public final class Issues {

  private Issues() {}

  /** Asserts the result holds exactly one issue with {@code code} and returns it. */
  public static Issue single(Result<?> result, String code) {
    List<Issue> found = result.withCode(code);
    assertThat(found).as("issues with code %s in %s", code, result.issues()).hasSize(1);
    return found.get(0);
  }

  /** Asserts the result holds exactly one issue with {@code code} at {@code location}, and returns it. */
  public static Issue single(Result<?> result, String code, String location) {
    Issue issue = single(result, code);
    assertThat(issue.location().text()).isEqualTo(location);
    return issue;
  }

  /** Asserts the result holds no issue at all. */
  public static void none(Result<?> result) {
    assertThat(result.issues()).as("issues").isEmpty();
    assertThat(result.isValid()).isTrue();
  }
}
