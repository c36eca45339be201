package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompliancePolicyTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    CompliancePolicy p = CompliancePolicy.defaults();

    assertEquals(3, p.supplementWindowWorkingDays());
    assertEquals(30, p.maxPauseWorkingDays());
    assertEquals(5, p.returnWithinWorkingDays());
    assertEquals(Optional.empty(), p.lateRecordThreshold());
    assertEquals(p, CompliancePolicy.builder().build());
  }

  static Stream<Arguments> negativeSettings() {
    return Stream.of(
        Arguments.of(
            "supplementWindowWorkingDays",
            CompliancePolicy.builder().supplementWindowWorkingDays(-2)),
        Arguments.of("maxPauseWorkingDays", CompliancePolicy.builder().maxPauseWorkingDays(-1)),
        Arguments.of(
            "returnWithinWorkingDays", CompliancePolicy.builder().returnWithinWorkingDays(-3)));
  }

  @ParameterizedTest
  @MethodSource("negativeSettings")
  void aNegativeSettingIsRefusedNamingTheField(String field, CompliancePolicy.Builder builder) {
    InvalidPolicyException x = assertThrows(InvalidPolicyException.class, builder::build);

    assertEquals(field, x.field());
    assertEquals("must not be negative", x.rule());
  }

  @Test
  void zeroThresholdsAreAllowed() {
    CompliancePolicy p =
        CompliancePolicy.builder()
            .supplementWindowWorkingDays(0)
            .maxPauseWorkingDays(0)
            .returnWithinWorkingDays(0)
            .lateRecordThreshold(Duration.ZERO)
            .build();

    assertEquals(Optional.of(Duration.ZERO), p.lateRecordThreshold());
  }

  @Test
  void everyComplianceRuleHasItsOwnCodeAndASource() {
    Set<String> codes = new HashSet<>();
    for (ComplianceRule r : ComplianceRule.values()) {
      assertEquals("COMPLIANCE_" + r.name(), r.code());
      assertEquals(true, codes.add(r.code()));
      assertEquals(false, r.source().isEmpty());
      assertEquals(false, r.description().isEmpty());
    }
  }
}
