package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeUnitTest {
  @Test
  void calendarDaysAreNotWorkingTime() {
    assertTrue(TimeUnit.WORKING_DAYS.isWorkingTime());
    assertTrue(TimeUnit.WORKING_HOURS.isWorkingTime());
    assertFalse(TimeUnit.CALENDAR_DAYS.isWorkingTime());
  }
}
