package io.github.proctime.calendar.lunar;

import static io.github.proctime.calendar.lunar.LunarGenerators.supportedSolarDates;
import static io.github.proctime.calendar.lunar.LunarGenerators.wellShapedLunarDates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VietnameseLunarCalendarProperties {
  @Test
  void solarToLunarToSolarIsTheIdentity() {
    qt().withExamples(1000)
        .forAll(supportedSolarDates())
        .checkAssert(
            date ->
                assertEquals(
                    date, VietnameseLunarCalendar.toSolar(VietnameseLunarCalendar.toLunar(date))));
  }

  @Test
  void lunarToSolarToLunarIsTheIdentityForExistingDatesAndAnErrorOtherwise() {
    qt().withExamples(1000)
        .forAll(wellShapedLunarDates())
        .checkAssert(
            lunar -> {
              if (exists(lunar)) {
                assertEquals(
                    lunar, VietnameseLunarCalendar.toLunar(VietnameseLunarCalendar.toSolar(lunar)));
              } else {
                NonexistentLunarDateException e =
                    assertThrows(
                        NonexistentLunarDateException.class,
                        () -> VietnameseLunarCalendar.toSolar(lunar));
                assertEquals(lunar, e.lunarDate());
                assertEquals(
                    lunar.isLeapMonth() && !isLeap(lunar) ? "leapMonth" : "day", e.field());
              }
            });
  }

  @Test
  void theNextSolarDayIsTheNextLunarDay() {
    qt().withExamples(1000)
        .forAll(supportedSolarDates())
        .assuming(date -> date.isBefore(VietnameseLunarCalendar.maxSupported()))
        .checkAssert(
            date -> {
              LunarDate today = VietnameseLunarCalendar.toLunar(date);
              LunarDate tomorrow = VietnameseLunarCalendar.toLunar(date.plusDays(1));
              if (tomorrow.day() == 1) {
                assertEquals(
                    VietnameseLunarCalendar.monthLength(
                        today.year(), today.month(), today.isLeapMonth()),
                    today.day());
              } else {
                assertEquals(today.year(), tomorrow.year());
                assertEquals(today.month(), tomorrow.month());
                assertEquals(today.isLeapMonth(), tomorrow.isLeapMonth());
                assertEquals(today.day() + 1, tomorrow.day());
              }
              assertTrue(today.compareTo(tomorrow) < 0);
            });
  }

  @Test
  void lunarOrderIsSolarOrder() {
    qt().withExamples(500)
        .forAll(supportedSolarDates(), supportedSolarDates())
        .checkAssert(
            (a, b) ->
                assertEquals(
                    Integer.signum(a.compareTo(b)),
                    Integer.signum(
                        VietnameseLunarCalendar.toLunar(a)
                            .compareTo(VietnameseLunarCalendar.toLunar(b)))));
  }

  @Test
  void monthsHave29Or30DaysAndTheLeapMonthFollowsItsNamesake() {
    qt().withExamples(300)
        .forAll(integers().between(1900, 2100), integers().between(1, 12))
        .checkAssert(
            (year, month) -> {
              int length = VietnameseLunarCalendar.monthLength(year, month, false);
              assertTrue(length == 29 || length == 30);
              LocalDate start =
                  VietnameseLunarCalendar.toSolar(LunarDate.of(year, month, 1, false));
              OptionalInt leap = VietnameseLunarCalendar.leapMonth(year);
              if (leap.isPresent() && leap.getAsInt() == month) {
                assertEquals(
                    start.plusDays(length),
                    VietnameseLunarCalendar.toSolar(LunarDate.of(year, month, 1, true)));
              }
            });
  }

  private static boolean isLeap(LunarDate lunar) {
    OptionalInt leap = VietnameseLunarCalendar.leapMonth(lunar.year());
    return leap.isPresent() && leap.getAsInt() == lunar.month();
  }

  private static boolean exists(LunarDate lunar) {
    if (lunar.isLeapMonth() && !isLeap(lunar)) {
      return false;
    }
    return lunar.day()
        <= VietnameseLunarCalendar.monthLength(lunar.year(), lunar.month(), lunar.isLeapMonth());
  }
}
