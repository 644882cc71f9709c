package org.carebridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every record builder keeps, whether it is generated (internal.Builds) or not: a setter for
 * each component (for a list, {@code addX} and the whole list), each rejecting null at once with a message
 * naming it, {@code build()} refusing a missing required component by name, and {@code toBuilder()} giving
 * back an equal record.
 */
class BuilderContractTest {

  @TestFactory
  Stream<DynamicTest> everyBuilder_hasASetterPerComponent_rejectingNullByName() throws Exception {
    return recordsWithBuilders().stream().map(record -> DynamicTest.dynamicTest(record.getSimpleName(), () -> {
      Class<?> builderType = builderOf(record);
      for (RecordComponent component : record.getRecordComponents()) {
        List<Method> setters = settersFor(builderType, component);
        assertThat(setters).as("setters of %s.%s", record.getSimpleName(), component.getName()).isNotEmpty();
        for (Method setter : setters) {
          if (setter.getParameterTypes()[0].isPrimitive()) {
            continue;
          }
          Object builder = record.getMethod("builder").invoke(null);
          assertThatThrownBy(() -> invoke(setter, builder, (Object) null))
              .as("%s.%s(null)", record.getSimpleName(), setter.getName())
              .isInstanceOf(NullPointerException.class)
              .hasMessageMatching("[a-zA-Z]+ must not be null")
              .hasMessageContaining(nameIn(setter));
        }
      }
    }));
  }

  @Test
  void build_namesAMissingRequiredComponent() throws Exception {
    int refused = 0;
    for (Class<?> record : recordsWithBuilders()) {
      List<String> required = Stream.of(record.getRecordComponents())
          .filter(c -> !c.getType().isPrimitive() && c.getType() != Optional.class && c.getType() != List.class)
          .map(RecordComponent::getName)
          .toList();
      if (required.isEmpty()) {
        continue; // nothing to miss: the record's own rules judge an empty one (an address needs some part)
      }
      Object builder = record.getMethod("builder").invoke(null);
      Method build = builder.getClass().getMethod("build");
      try {
        build.invoke(builder);
      } catch (InvocationTargetException e) {
        assertThat(e.getCause()).as("%s.build() with nothing set", record.getSimpleName())
            .isInstanceOf(IllegalStateException.class);
        assertThat(e.getCause().getMessage()).matches("[a-zA-Z]+ is required");
        assertThat(required).contains(e.getCause().getMessage().split(" ")[0]);
        refused++;
      }
    }
    assertThat(refused).isGreaterThan(15);
  }

  @Test
  void toBuilder_givesBackAnEqualRecord() {
    List<Object> records = List.of(Story.margaret(), Story.homeCare(), Story.carePlan().build(),
        Story.budget().build(), Story.careTeam().build(), Story.dischargeNotice().build(), Story.discharged().build(),
        Story.address("1 Road", "Stafford", "ST17 4JX"), Story.name("Hollins", "Margaret"), Story.NURSE_JONES,
        Story.organisation("scc", "M5Q7Z", "Staffordshire County Council"));
    for (Object record : records) {
      assertThat(rebuilt(record)).as(record.getClass().getSimpleName()).isEqualTo(record);
    }
  }

  private static Object rebuilt(Object record) {
    try {
      Object builder = record.getClass().getMethod("toBuilder").invoke(record);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String nameIn(Method setter) {
    String name = setter.getName();
    return name.startsWith("add") && name.length() > 3 && Character.isUpperCase(name.charAt(3))
        ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
  }

  private static List<Method> settersFor(Class<?> builderType, RecordComponent component) {
    List<Method> setters = new ArrayList<>();
    String name = component.getName();
    for (Method m : builderType.getMethods()) {
      if (m.getParameterCount() == 1 && m.getReturnType() == builderType
          && (m.getName().equals(name) || component.getType() == List.class && m.getName().startsWith("add"))) {
        setters.add(m);
      }
    }
    return setters;
  }

  private static Class<?> builderOf(Class<?> record) throws NoSuchMethodException {
    Class<?> builder = record.getMethod("builder").getReturnType();
    assertThat(builder.getSimpleName()).isEqualTo("Builder");
    assertThat(Modifier.isFinal(builder.getModifiers())).isTrue();
    assertThat(record.getMethod("toBuilder").getReturnType()).isEqualTo(builder);
    return builder;
  }

  private static Object invoke(Method method, Object target, Object... args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Every public record of sdk-core's API packages that has a static builder(). */
  private static List<Class<?>> recordsWithBuilders() throws IOException, URISyntaxException {
    Path root = Path.of(Person.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$") || name.contains(".internal.") || name.endsWith("module-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name);
          if (type.isRecord() && Modifier.isPublic(type.getModifiers())
              && Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals("builder")
                  && m.getParameterCount() == 0)) {
            records.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertThat(records).hasSizeGreaterThan(20);
    return records;
  }
}
