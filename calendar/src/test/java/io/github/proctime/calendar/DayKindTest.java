package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DayKindTest {
  @Test
  void onlyWorkingAndMakeUpDaysCount() {
    EnumSet<DayKind> working = EnumSet.noneOf(DayKind.class);
    for (DayKind kind : DayKind.values()) {
      if (kind.isWorking()) {
        working.add(kind);
      }
    }
    assertEquals(EnumSet.of(DayKind.WORKING, DayKind.MAKE_UP_WORKING_DAY), working);
  }

  @Test
  void everyKindHasAVietnameseLabel() {
    assertEquals("Nghỉ bù", DayKind.COMPENSATORY_DAY_OFF.vietnameseLabel());
    for (DayKind kind : DayKind.values()) {
      assertEquals(false, kind.vietnameseLabel().isBlank(), kind.name());
    }
  }
}
