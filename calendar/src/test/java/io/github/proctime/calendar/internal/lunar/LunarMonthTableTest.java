package io.github.proctime.calendar.internal.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The precision argument of {@code VietnameseLunarCalendar}'s javadoc, checked: the table is
 * recomputed with the astronomy shifted by about its error, and exactly the documented months move.
 */
class LunarMonthTableTest {
  private static final double MINUTE = 1.0 / 1440;
  private static final LunarMonthTable BASE = LunarMonthTable.compute(1900, 2100, 7);

  @Test
  void onlySevenMonthStartsDependOnTheNewMoonWithinTwoMinutes() {
    Set<String> moved = new TreeSet<>();
    moved.addAll(movedMonths(LunarMonthTable.compute(1900, 2100, 7, -2 * MINUTE, 0)));
    moved.addAll(movedMonths(LunarMonthTable.compute(1900, 2100, 7, 2 * MINUTE, 0)));
    assertEquals(
        Set.of(
            "1944-05 1944-06-20",
            "1967-06 1967-07-07",
            "1998-08 1998-09-21",
            "2054-04 2054-05-08",
            "2072-11 2072-12-09",
            "2077-10 2077-11-15",
            "2085-09 2085-10-18"),
        moved);
  }

  @Test
  void onlyTheLeapMonthOf1938DependsOnTheSunWithinOneHundredthOfADegree() {
    Set<String> moved = new TreeSet<>();
    moved.addAll(movedMonths(LunarMonthTable.compute(1900, 2100, 7, 0, -0.01)));
    moved.addAll(movedMonths(LunarMonthTable.compute(1900, 2100, 7, 0, 0.01)));
    assertEquals(Set.of("1938 leap 8", "1938-08 1938-08-25"), moved);
    assertEquals(8, BASE.leapMonth(1938));
  }

  @Test
  void tetAndHungKingsDayDoNotDependOnTheAstronomysErrors() {
    double[][] shifts = {{-5 * MINUTE, 0}, {5 * MINUTE, 0}, {0, -0.01}, {0, 0.01}};
    for (double[] shift : shifts) {
      LunarMonthTable shifted = LunarMonthTable.compute(1900, 2100, 7, shift[0], shift[1]);
      for (int year = 1900; year <= 2100; year++) {
        for (int month : new int[] {1, 3}) {
          assertEquals(
              BASE.monthStart(BASE.monthIndex(year, month, false)),
              shifted.monthStart(shifted.monthIndex(year, month, false)),
              year + "-" + month);
        }
      }
    }
  }

  @Test
  void coversWholeLunarYears() {
    assertEquals(LocalDate.of(1900, 1, 31), LocalDate.ofEpochDay(BASE.firstDay()));
    assertEquals(LocalDate.of(2101, 1, 28), LocalDate.ofEpochDay(BASE.lastDay()));
    assertEquals(0, BASE.monthIndexOf(BASE.firstDay()));
    assertEquals(BASE.size() - 1, BASE.monthIndexOf(BASE.lastDay()));
    assertEquals(-1, BASE.monthIndex(2024, 1, true));
  }

  @Test
  void refusesYearsOutsideTheDeltaTModel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LunarMonthTable.compute(1800, 2100, 7));
    assertEquals("Invalid lunar year range (valid years 1861 - 2147): 1800 - 2100", e.getMessage());
  }

  /** Months whose start or leap status differs from the unshifted table, as "yyyy-MM start". */
  private static Set<String> movedMonths(LunarMonthTable shifted) {
    Set<String> moved = new TreeSet<>();
    for (int year = 1900; year <= 2100; year++) {
      if (BASE.leapMonth(year) != shifted.leapMonth(year)) {
        moved.add(year + " leap " + BASE.leapMonth(year));
      }
      for (int month = 1; month <= 12; month++) {
        long start = BASE.monthStart(BASE.monthIndex(year, month, false));
        if (start != shifted.monthStart(shifted.monthIndex(year, month, false))) {
          moved.add(String.format("%d-%02d %s", year, month, LocalDate.ofEpochDay(start)));
        }
      }
    }
    return moved;
  }
}
