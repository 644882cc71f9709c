package org.carebridge.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.carebridge.core.codes.Coded;
import org.carebridge.fhir.CareBridgeValidator;
import org.carebridge.fhir.internal.SupportChains;
import org.carebridge.fhir.internal.SupportChains.LoadedPackage;
import org.carebridge.fhir.testing.UkCore;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.junit.jupiter.api.Test;

/**
 * Every code list of the plain Java model (each enum of sdk-core implementing {@link Coded}) carries the code
 * and the display its code system gives, exactly: the official engine rejects a wrong display, so the mappers
 * would otherwise write messages that fail validation.
 */
class CodeListDisplaysTest {

  @Test
  void everyConstant_hasItsCodeSystemsDisplay() throws Exception {
    FhirContext ctx = FhirContext.forR4Cached();
    List<LoadedPackage> packages = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(CareBridgeValidator.class.getClassLoader()
        .getResourceAsStream(CareBridgeValidator.CAREBRIDGE_PACKAGE_RESOURCE))) {
      packages.add(SupportChains.loadPackage(ctx, in.readAllBytes(), "CareBridge package"));
    }
    packages.add(SupportChains.loadPackage(ctx, Files.readAllBytes(UkCore.tgz()), "UK Core"));
    var chain = SupportChains.chain(ctx, packages);

    List<Class<?>> enums = codedEnums();
    assertThat(enums).as("the scan finds the code lists").hasSizeGreaterThan(20);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        Coded coded = (Coded) constant;
        if (!(chain.fetchCodeSystem(coded.system()) instanceof CodeSystem cs)) {
          // a grammar such as UCUM, not a CodeSystem resource: the code must still be one
          var result = chain.validateCode(new ValidationSupportContext(chain), new ConceptValidationOptions(),
              coded.system(), coded.code(), null, null);
          if (result == null || !result.isOk()) {
            wrong.add(type.getName() + "." + constant + ": " + coded.code() + " is not a code of " + coded.system());
          }
          continue;
        }
        if (cs.getContent() != CodeSystem.CodeSystemContentMode.COMPLETE) {
          continue; // a fragment or a stub (SNOMED CT) cannot be checked offline
        }
        ConceptDefinitionComponent concept = find(cs.getConcept(), coded.code());
        checked++;
        if (concept == null) {
          wrong.add(type.getName() + "." + constant + ": no code " + coded.code() + " in " + coded.system());
        } else if (!concept.getDisplay().equals(coded.display())) {
          wrong.add(type.getName() + "." + constant + ": display '" + coded.display() + "', code system says '"
              + concept.getDisplay() + "'");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).as("constants checked against a complete code system").isGreaterThan(100);
  }

  private static ConceptDefinitionComponent find(List<ConceptDefinitionComponent> concepts, String code) {
    for (ConceptDefinitionComponent c : concepts) {
      if (c.getCode().equals(code)) {
        return c;
      }
      ConceptDefinitionComponent nested = find(c.getConcept(), code);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  /** The enums implementing {@link Coded} in sdk-core's classes (a folder in the reactor, a jar otherwise). */
  private static List<Class<?>> codedEnums() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          addIfCoded(found, root.relativize(p).toString());
        }
      }
    } else {
      try (var jar = new java.util.jar.JarFile(root.toFile())) {
        for (var e : java.util.Collections.list(jar.entries())) {
          if (e.getName().endsWith(".class")) {
            addIfCoded(found, e.getName());
          }
        }
      }
    }
    return found;
  }

  private static void addIfCoded(List<Class<?>> found, String classFile) throws ClassNotFoundException {
    if (classFile.endsWith("module-info.class")) {
      return;
    }
    String name = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    Class<?> type = Class.forName(name, false, Coded.class.getClassLoader());
    if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
      found.add(type);
    }
  }
}
