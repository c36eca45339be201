package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarsTest {
  @Test
  void defaults() {
    assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), WorkingCalendars.VIETNAM_ZONE);
    assertEquals(
        List.of(
            WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
            WorkingSession.of(LocalTime.of(13, 0), LocalTime.of(17, 0))),
        WorkingCalendars.defaultSessions());
  }

  @Test
  void theNationalCalendarIsOneValue() {
    assertSame(WorkingCalendars.vietnam(), WorkingCalendars.vietnam());
    WorkingCalendar again = WorkingCalendars.vietnamBuilder().build();
    assertNotSame(WorkingCalendars.vietnam(), again);
    assertEquals(WorkingCalendars.vietnam(), again);
  }

  @Test
  void anOverlayNeedsABase() {
    assertThrows(NullPointerException.class, () -> WorkingCalendars.overlay(null));
  }
}
