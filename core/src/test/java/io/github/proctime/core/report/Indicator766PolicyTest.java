package io.github.proctime.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.core.Timeline;
import org.junit.jupiter.api.Test;

class Indicator766PolicyTest {
  @Test
  void theStandardPolicyHasTheDocumentedDefaults() {
    Indicator766Policy p = Indicator766Policy.standard();
    assertEquals(Timeline.RECORDED, p.timeline());
    assertEquals(Indicator766Denominator.RECEIVED_OR_CARRIED_OVER, p.denominator());
    assertEquals(Indicator766Appointment.ORIGINAL, p.appointment());
    assertEquals(20.0, p.maxPoints());
    assertEquals(1.0, p.scoreTarget());
  }

  @Test
  void policiesAreEqualByValue() {
    Indicator766Policy a =
        Indicator766Policy.builder().from(Indicator766Policy.standard()).scoreTarget(0.9).build();
    Indicator766Policy b = Indicator766Policy.builder().scoreTarget(0.9).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
