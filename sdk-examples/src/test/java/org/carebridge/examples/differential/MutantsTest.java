package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.examples.differential.Mutants.Mutant;
import org.carebridge.examples.differential.Mutants.Operator;
import org.junit.jupiter.api.Test;

class MutantsTest {

  static final List<Mutants.Base> BASES = OfficialEngineDifferentialTest.bases();

  @Test
  void sameSeedSameMutantsAndASampleIsAPrefixOfALargerRun() {
    List<Mutant> small = new Mutants(7, BASES).first(50);
    List<Mutant> large = new Mutants(7, BASES).first(120);

    assertThat(large.subList(0, 50)).isEqualTo(small);
    assertThat(new Mutants(8, BASES).first(50)).isNotEqualTo(small);
  }

  @Test
  void everyMutantIsValidJsonThatDiffersFromItsBase() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Mutant m : new Mutants(20261123L, BASES).first(300)) {
      JsonNode mutant = json.readTree(m.json());
      JsonNode base = json.readTree(BASES.stream().filter(b -> b.name().equals(m.base())).findFirst()
          .orElseThrow().json());
      assertThat(mutant).as(m.describe()).isNotEqualTo(base);
      assertThat(mutant.path("resourceType").asText()).as(m.describe()).isEqualTo("Bundle");
      assertThat(m.path()).as(m.describe()).startsWith("/");
    }
  }

  @Test
  void theSampleUsesEveryOperatorAndEveryBase() {
    List<Mutant> sample = new Mutants(20261123L, BASES).first(400);

    Set<Operator> used = sample.stream().map(Mutant::operator).collect(Collectors.toSet());
    new Mutants(20261123L, BASES).extra(200).forEach(m -> used.add(m.operator()));
    assertThat(used).isEqualTo(EnumSet.allOf(Operator.class));
    Set<String> bases = sample.stream().map(Mutant::base).collect(Collectors.toSet());
    assertThat(bases).hasSameSizeAs(BASES);
  }

  @Test
  void theSecondSeriesIsSeparateAndReproducible() throws Exception {
    List<Mutant> extra = new Mutants(7, BASES).extra(60);
    assertThat(new Mutants(7, BASES).extra(30)).isEqualTo(extra.subList(0, 30));
    assertThat(new Mutants(7, BASES).extraMutant(42)).isEqualTo(extra.get(42));
    assertThat(extra).allSatisfy(m -> assertThat(m.id()).startsWith("s"));
    assertThat(extra).allSatisfy(m -> assertThat(m.operator().ordinal()).isGreaterThanOrEqualTo(10));
    ObjectMapper json = new ObjectMapper();
    for (Mutant m : extra) {
      JsonNode base = json.readTree(BASES.stream().filter(b -> b.name().equals(m.base())).findFirst()
          .orElseThrow().json());
      assertThat(json.readTree(m.json())).as(m.describe()).isNotEqualTo(base);
    }
  }

  @Test
  void refusesNoBasesAndNonObjects() {
    assertThatThrownBy(() -> new Mutants(1, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bases");
    assertThatThrownBy(() -> new Mutants(1, List.of(new Mutants.Base("array.json", "[1]"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("array.json");
    assertThatThrownBy(() -> new Mutants(1, BASES).first(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
  }
}
