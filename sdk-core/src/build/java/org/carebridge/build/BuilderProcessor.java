package org.carebridge.build;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the builder of each record marked {@code @org.carebridge.core.internal.Builds}: a package-private
 * {@code RBuilderBase} that the record's public nested {@code Builder} extends. Build-time only: it runs while
 * sdk-core compiles and is not part of any artifact. What it writes is described on {@code Builds}.
 */
@SupportedAnnotationTypes(BuilderProcessor.BUILDS)
public final class BuilderProcessor extends AbstractProcessor {

  static final String BUILDS = "org.carebridge.core.internal.Builds";
  private static final String CHECK = BUILDS + ".Check";
  private static final String SINGULAR = BUILDS + ".Singular";
  private static final String CHECKS = "org.carebridge.core.internal.Checks";

  /** The named checks a component may ask for, with what their setter documents they throw. */
  private static final Map<String, String> NAMED_CHECKS = Map.of(
      "id", "when it is not a FHIR id (1 to 64 of A-Z, a-z, 0-9, '-' and '.')",
      "staff", "when it is the person, not a member of staff",
      "positive", "when it is not greater than zero",
      "atLeastOne", "when it is less than 1",
      "noWhiteSpace", "when it is blank or holds white space",
      "complete", "when the address has no city or no postcode",
      "notHome", "when it is a home address or contact point (an organisation has none)",
      "wholeSeconds", "when it is not in whole seconds");

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() != ElementKind.RECORD) {
          error(element, "@Builds is for records");
          continue;
        }
        try {
          write((TypeElement) element);
        } catch (IOException | IllegalArgumentException e) {
          error(element, "cannot write the builder: " + e.getMessage());
        }
      }
    }
    return true;
  }

  private void write(TypeElement record) throws IOException {
    String pkg = ((PackageElement) record.getEnclosingElement()).getQualifiedName().toString();
    String name = record.getSimpleName().toString();
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement c : record.getRecordComponents()) {
      components.add(component(record, c));
    }
    String base = name + "BuilderBase";
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + base, record).openWriter()) {
      out.write(new Source(pkg, name, base, components).text());
    }
  }

  private Component component(TypeElement record, RecordComponentElement c) {
    String name = c.getSimpleName().toString();
    TypeMirror type = c.asType();
    String check = annotationValue(c, CHECK);
    if (check != null && !NAMED_CHECKS.containsKey(check)) {
      throw new IllegalArgumentException(name + ": no check named '" + check + "'");
    }
    Kind kind = Kind.PLAIN;
    TypeMirror value = type;
    if (type.getKind().isPrimitive()) {
      kind = Kind.PRIMITIVE;
    } else if (isA(type, "java.util.Optional")) {
      kind = Kind.OPTIONAL;
      value = ((DeclaredType) type).getTypeArguments().get(0);
    } else if (isA(type, "java.util.List")) {
      kind = Kind.LIST;
      value = ((DeclaredType) type).getTypeArguments().get(0);
    }
    String singular = annotationValue(c, SINGULAR);
    if (singular == null) {
      singular = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
          : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
    String parameterType = value.toString();
    if (kind != Kind.LIST && !value.getKind().isPrimitive()) {
      try {
        parameterType = processingEnv.getTypeUtils().unboxedType(value).toString();
      } catch (IllegalArgumentException notABox) {
        // a reference type that is not a boxed primitive stays as it is
      }
    }
    boolean text = value.toString().equals("java.lang.String");
    return new Component(name, singular, kind, type.toString(), value.toString(), parameterType,
        check != null ? check : text ? "notBlank" : "notNull", check != null ? NAMED_CHECKS.get(check)
            : text ? "when it is blank" : null);
  }

  private boolean isA(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private static String annotationValue(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
            : mirror.getElementValues().entrySet()) {
          return String.valueOf(e.getValue().getValue());
        }
      }
    }
    return null;
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private enum Kind { PLAIN, PRIMITIVE, OPTIONAL, LIST }

  private static final Set<String> PRIMITIVES =
      Set.of("boolean", "byte", "short", "int", "long", "char", "float", "double");

  /**
   * One record component as the builder sees it.
   *
   * @param check the method of Checks a setter applies to a value, or null for a primitive
   * @param rejects what the check throws IllegalArgumentException for, or null when it only rejects null
   */
  private record Component(String name, String singular, Kind kind, String type, String valueType,
      String parameterType, String check, String rejects) {

    boolean primitiveParameter() {
      return PRIMITIVES.contains(parameterType);
    }

    String checked(String argument, String field) {
      if (primitiveParameter() && "notNull".equals(check)) {
        return argument;
      }
      return CHECKS + "." + check + "(" + argument + ", \"" + field + "\")";
    }

    String throwsDoc(String what) {
      return (primitiveParameter() ? "" : "   * @throws NullPointerException when " + what + " is null\n")
          + (rejects == null ? "" : "   * @throws IllegalArgumentException " + rejects + "\n");
    }
  }

  /** The text of one generated builder base. */
  private record Source(String pkg, String record, String base, List<Component> components) {

    String text() {
      StringBuilder s = new StringBuilder();
      s.append("package ").append(pkg).append(";\n\n")
          .append("/**\n * The fields and setters of {@link ").append(record).append(".Builder}, written by sdk-core's")
          .append(" BuilderProcessor\n * from the components of {@link ").append(record).append("}.\n */\n")
          .append("abstract class ").append(base).append(" {\n");
      for (Component c : components) {
        s.append(field(c));
      }
      s.append("\n  ").append(base).append("() {}\n");
      for (Component c : components) {
        s.append(setters(c));
      }
      s.append(build()).append(fill()).append(checkComponents())
          .append("\n  private ").append(record).append(".Builder self() {\n    return (")
          .append(record).append(".Builder) this;\n  }\n}\n");
      return s.toString();
    }

    private String field(Component c) {
      return switch (c.kind()) {
        case LIST -> "  private final java.util.List<" + c.valueType() + "> " + c.name()
            + " = new java.util.ArrayList<>();\n";
        case PRIMITIVE -> "  private " + c.type() + " " + c.name() + ";\n";
        default -> "  private " + c.valueType() + " " + c.name() + ";\n";
      };
    }

    private String setters(Component c) {
      String link = "{@link " + record + "#" + c.name() + "() " + c.name() + "}";
      String returns = "   * @return this builder\n";
      if (c.kind() != Kind.LIST) {
        return "\n  /**\n   * Sets " + link + ".\n   *\n   * @param " + c.name() + " the value\n" + returns
            + c.throwsDoc("{@code " + c.name() + "}") + "   */\n"
            + "  public " + record + ".Builder " + c.name() + "(" + c.parameterType() + " " + c.name()
            + ") {\n    this." + c.name() + " = " + c.checked(c.name(), c.name()) + ";\n    return self();\n  }\n";
      }
      String add = "add" + Character.toUpperCase(c.singular().charAt(0)) + c.singular().substring(1);
      return "\n  /**\n   * Adds one to " + link + ".\n   *\n   * @param " + c.singular() + " the element\n"
          + returns + c.throwsDoc("{@code " + c.singular() + "}") + "   */\n"
          + "  public " + record + ".Builder " + add + "(" + c.valueType() + " " + c.singular() + ") {\n"
          + "    this." + c.name() + ".add(" + c.checked(c.singular(), c.singular()) + ");\n    return self();\n  }\n"
          + "\n  /**\n   * Sets " + link + ", replacing what was added before.\n   *\n   * @param " + c.name()
          + " the elements, in order\n" + returns
          + "   * @throws NullPointerException when {@code " + c.name() + "} or one of them is null\n"
          + (c.rejects() == null ? "" : "   * @throws IllegalArgumentException " + c.rejects() + "\n")
          + "   */\n  public " + record + ".Builder " + c.name() + "(java.util.Collection<? extends "
          + c.valueType() + "> " + c.name() + ") {\n"
          + "    java.util.List<" + c.valueType() + "> checked = " + CHECKS + ".list(" + c.name() + ", \""
          + c.name() + "\");\n"
          + (c.check().equals("notNull") ? "" : "    for (int i = 0; i < checked.size(); i++) {\n      "
              + c.checked("checked.get(i)", c.name() + "[\" + i + \"]") + ";\n    }\n")
          + "    this." + c.name() + ".clear();\n    this." + c.name() + ".addAll(checked);\n"
          + "    return self();\n  }\n";
    }

    private String build() {
      String required = components.stream()
          .filter(c -> c.kind() == Kind.PLAIN)
          .map(c -> "{@code " + c.name() + "}")
          .collect(Collectors.joining(", "));
      String arguments = components.stream().map(c -> switch (c.kind()) {
        case PLAIN -> CHECKS + ".required(" + c.name() + ", \"" + c.name() + "\")";
        case OPTIONAL -> "java.util.Optional.ofNullable(" + c.name() + ")";
        case LIST -> "java.util.List.copyOf(" + c.name() + ")";
        case PRIMITIVE -> c.name();
      }).collect(Collectors.joining(",\n        "));
      return "\n  /**\n   * Builds the {@link " + record + "}.\n   *\n   * @return a new {@link " + record + "}\n"
          + (required.isEmpty() ? "" : "   * @throws IllegalStateException when one of " + required
              + " was not set\n")
          + "   * @throws IllegalArgumentException when the values together break a rule of {@link " + record
          + "}\n   */\n  public " + record + " build() {\n    return new " + record + "(\n        "
          + arguments + ");\n  }\n";
    }

    /** The checks of every component, which the record's constructor applies as the setters do. */
    private String checkComponents() {
      StringBuilder s = new StringBuilder("\n  /** Checks each component as its setter does; the record's constructor"
          + " calls it. */\n  static void checkComponents(");
      s.append(components.stream().map(c -> c.type() + " " + c.name()).collect(Collectors.joining(", ")))
          .append(") {\n");
      for (Component c : components) {
        s.append(switch (c.kind()) {
          case PRIMITIVE, PLAIN -> c.checked(c.name(), c.name()).equals(c.name()) ? ""
              : "    " + c.checked(c.name(), c.name()) + ";\n";
          case OPTIONAL -> "    " + CHECKS + ".notNull(" + c.name() + ", \"" + c.name() + "\")"
              + (c.check().equals("notNull") ? ";\n"
                  : ".ifPresent(value -> " + c.checked("value", c.name()) + ");\n");
          case LIST -> "    " + CHECKS + ".list(" + c.name() + ", \"" + c.name() + "\");\n"
              + (c.check().equals("notNull") ? "" : "    for (int i = 0; i < " + c.name() + ".size(); i++) {\n      "
                  + c.checked(c.name() + ".get(i)", c.name() + "[\" + i + \"]") + ";\n    }\n");
        });
      }
      return s.append("  }\n").toString();
    }

    private String fill() {
      StringBuilder s = new StringBuilder("\n  final " + record + ".Builder fill(" + record + " original) {\n");
      for (Component c : components) {
        s.append(switch (c.kind()) {
          case LIST -> "    this." + c.name() + ".clear();\n    this." + c.name() + ".addAll(original." + c.name()
              + "());\n";
          case OPTIONAL -> "    this." + c.name() + " = original." + c.name() + "().orElse(null);\n";
          default -> "    this." + c.name() + " = original." + c.name() + "();\n";
        });
      }
      return s.append("    return self();\n  }\n").toString();
    }
  }
}
