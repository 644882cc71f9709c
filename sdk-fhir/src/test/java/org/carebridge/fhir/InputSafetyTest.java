package org.carebridge.fhir;

import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebridge.fhir.testing.Shared;
import org.carebridge.fhir.testing.TestPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: always a located issue, never an exception, never a file read or a hang. */
class InputSafetyTest {

  private final CareBridgeValidator validator = Shared.testPackageValidator();

  private static Issue onlyIssue(Result<Void> report) {
    assertThat(report.issues()).as(report.issues().toString()).hasSize(1);
    return report.issues().get(0);
  }

  @Test
  void xxe_isRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&xxe;\"/></Patient>";
    Issue issue = onlyIssue(validator.validate(xml));
    assertThat(issue.severity()).isEqualTo(Severity.FATAL);
    assertThat(issue.code()).isEqualTo(IssueCode.XML_DOCTYPE_REFUSED.code());
    assertThat(issue.line()).isEqualTo(2);
    assertThat(issue.column()).isPositive();
    assertThat(issue.message()).doesNotContain("TOP-SECRET-MARKER");
  }

  @Test
  void billionLaughs_isRefused() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    xml.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        xml.append("&lol").append(i - 1).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&lol9;\"/></Patient>");
    Issue issue = onlyIssue(validator.validate(xml.toString()));
    assertThat(issue.code()).isEqualTo(IssueCode.XML_DOCTYPE_REFUSED.code());
    assertThat(issue.line()).isPositive();
  }

  @Test
  void deeplyNestedJson_isRefusedAtTheLimit() {
    StringBuilder json = new StringBuilder("{\"resourceType\":\"Patient\",\"extension\":");
    for (int i = 0; i < 200; i++) {
      json.append("[{\"url\":\"http://example.org/x\",\"extension\":");
    }
    json.append("[]");
    for (int i = 0; i < 200; i++) {
      json.append("}]");
    }
    json.append('}');
    Issue issue = onlyIssue(validator.validate(json.toString()));
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_DEEP.code());
    assertThat(issue.message()).contains(String.valueOf(CareBridgeValidator.DEFAULT_MAX_DEPTH));
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isGreaterThan(40);
  }

  @Test
  void deeplyNestedXml_isRefusedAtTheLimit() {
    StringBuilder xml = new StringBuilder("<Patient xmlns=\"http://hl7.org/fhir\">");
    xml.append("<extension url=\"http://example.org/x\">".repeat(200));
    xml.append("</extension>".repeat(200)).append("</Patient>");
    Issue issue = onlyIssue(validator.validate(xml.toString()));
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_DEEP.code());
  }

  @Test
  void oversizedInput_isRefusedWithoutReadingItAll() {
    CareBridgeValidator small = CareBridgeValidator.builder().withoutCareBridgePackage()
        .addPackage(new ByteArrayInputStream(TestPackage.tgz())).maxInputBytes(4096).build();
    String big = "{\"resourceType\":\"Patient\",\"id\":\"" + "a".repeat(5000) + "\"}";
    assertThat(onlyIssue(small.validate(big)).code()).isEqualTo(IssueCode.INPUT_TOO_LARGE.code());
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return served[0] == 1 ? '{' : ' ';
      }
    };
    Issue issue = onlyIssue(small.validate(endless));
    assertThat(issue.code()).isEqualTo(IssueCode.INPUT_TOO_LARGE.code());
    assertThat(issue.message()).contains("4096");
    assertThat(served[0]).isLessThan(64 * 1024);
  }

  @Test
  void malformedJson_isLocated() {
    Issue issue = onlyIssue(validator.validate("{\n  \"resourceType\": \"Patient\",\n  \"id\": \"x\"\n  \"gender\": \"female\"\n}"));
    assertThat(issue.code()).isEqualTo(IssueCode.JSON_MALFORMED.code());
    assertThat(issue.severity()).isEqualTo(Severity.FATAL);
    assertThat(issue.line()).isEqualTo(4);
    assertThat(issue.column()).isEqualTo(3);
    assertThat(issue.message()).isEqualTo("The input is not well-formed JSON: expected ',' or '}' in an object");
  }

  @Test
  void malformedXml_isLocated() {
    Issue issue = onlyIssue(validator.validate("<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"x\">\n</Patient>"));
    assertThat(issue.code()).isEqualTo(IssueCode.XML_MALFORMED.code());
    assertThat(issue.line()).isEqualTo(3);
  }

  @Test
  void notJsonOrXml_emptyAndArrays_areRefused() {
    assertThat(onlyIssue(validator.validate("hello")).code()).isEqualTo(IssueCode.INPUT_UNKNOWN_FORMAT.code());
    assertThat(onlyIssue(validator.validate("   ")).code()).isEqualTo(IssueCode.INPUT_UNKNOWN_FORMAT.code());
    assertThat(onlyIssue(validator.validate("[{\"resourceType\":\"Patient\"}]")).code())
        .isEqualTo(IssueCode.NOT_A_RESOURCE.code());
    assertThat(onlyIssue(validator.validate(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}))).code())
        .isEqualTo(IssueCode.INPUT_UNREADABLE.code());
  }

  @Test
  void unknownResourceType_isAnIssueNotAnException() {
    Result<Void> report = validator.validate("{\"resourceType\":\"Carebridge\",\"id\":\"x\"}");
    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).allSatisfy(i -> assertThat(i.message()).doesNotContain("Exception"));
    Result<Void> xml = validator.validate("<Carebridge xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/></Carebridge>");
    assertThat(xml.isValid()).isFalse();
  }

  @Test
  void missingResourceTypeAndWrongShape_areIssues() {
    assertThat(validator.validate("{\"id\":\"x\"}").isValid()).isFalse();
    Result<Void> wrongType = validator.validate("{\"resourceType\":\"Patient\",\"status\":\"final\",\"valueQuantity\":{\"value\":1}}");
    assertThat(wrongType.errors()).extracting(Issue::message).anySatisfy(m -> assertThat(m).contains("status"));
    Result<Void> noNamespace = validator.validate("<Patient><id value=\"x\"/></Patient>");
    assertThat(noNamespace.isValid()).isFalse();
    assertThat(noNamespace.errors()).allSatisfy(i -> assertThat(i.line()).isGreaterThanOrEqualTo(0));
  }
}
