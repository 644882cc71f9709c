package org.carebridge.fhir.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebridge.core.validation.Issue;
import org.hl7.fhir.r5.elementmodel.Element;

/** Line and column, in the input, of the resources that rule-source issues point at. */
public final class Positions {

  private static final Pattern ENTRY = Pattern.compile("Bundle\\.entry\\[(\\d+)]\\.resource");

  private Positions() {}

  /**
   * The issue with the line and column of its location when that is {@code Bundle} or
   * {@code Bundle.entry[i].resource} and the parsed input has positions; otherwise the issue unchanged.
   *
   * @param issue the issue
   * @param root the parsed input, or null
   * @return the placed issue
   */
  public static Issue place(Issue issue, Element root) {
    if (root == null) {
      return issue;
    }
    Element target = null;
    String location = issue.location().text();
    if (location.equals("Bundle") || location.equals(root.fhirType())) {
      target = root;
    } else {
      Matcher m = ENTRY.matcher(location);
      if (m.matches()) {
        List<Element> entries = root.getChildrenByName("entry");
        int i = Integer.parseInt(m.group(1));
        if (i < entries.size()) {
          target = entries.get(i).getNamedChild("resource");
        }
      }
    }
    if (target == null || target.line() <= 0) {
      return issue;
    }
    return issue.at(target.line(), Math.max(0, target.col()));
  }
}
