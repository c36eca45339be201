package io.github.proctime.calendar.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LunarDateTest {
  @Test
  void exposesItsFields() {
    LunarDate date = LunarDate.of(2025, 6, 30, true);
    assertEquals(2025, date.year());
    assertEquals(6, date.month());
    assertEquals(30, date.day());
    assertTrue(date.isLeapMonth());
  }

  @Test
  void formatsAsIsoLikeTextWithALeapSuffix() {
    assertEquals("2025-01-01", LunarDate.of(2025, 1, 1, false).toString());
    assertEquals("2025-06-01 (leap)", LunarDate.of(2025, 6, 1, true).toString());
    assertEquals("0999-12-30", LunarDate.of(999, 12, 30, false).toString());
  }

  @Test
  void isEqualByValue() {
    assertEquals(LunarDate.of(2023, 2, 15, true), LunarDate.of(2023, 2, 15, true));
    assertEquals(
        LunarDate.of(2023, 2, 15, true).hashCode(), LunarDate.of(2023, 2, 15, true).hashCode());
    assertNotEquals(LunarDate.of(2023, 2, 15, true), LunarDate.of(2023, 2, 15, false));
    assertNotEquals(LunarDate.of(2023, 2, 15, false), LunarDate.of(2023, 2, 16, false));
    assertNotEquals(LunarDate.of(2023, 2, 15, false), LunarDate.of(2023, 3, 15, false));
    assertNotEquals(LunarDate.of(2023, 2, 15, false), LunarDate.of(2024, 2, 15, false));
    assertNotEquals(LunarDate.of(2023, 2, 15, false), "2023-02-15");
  }

  @Test
  void ordersTheLeapMonthAfterTheRegularMonthOfTheSameNumber() {
    List<LunarDate> expected =
        List.of(
            LunarDate.of(2022, 12, 29, false),
            LunarDate.of(2023, 1, 1, false),
            LunarDate.of(2023, 2, 30, false),
            LunarDate.of(2023, 2, 1, true),
            LunarDate.of(2023, 2, 29, true),
            LunarDate.of(2023, 3, 1, false));
    List<LunarDate> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(2025, 0, 1, "month", "(valid values 1 - 12): 0"),
        Arguments.of(2025, 13, 1, "month", "(valid values 1 - 12): 13"),
        Arguments.of(2025, 1, 0, "day", "(valid values 1 - 30): 0"),
        Arguments.of(2025, 1, 31, "day", "(valid values 1 - 30): 31"),
        Arguments.of(0, 1, 1, "year", "(valid values 1 - 9999): 0"),
        Arguments.of(10000, 1, 1, "year", "(valid values 1 - 9999): 10000"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsFieldsOutOfShapeNamingFieldAndValue(
      int year, int month, int day, String field, String rangeAndValue) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LunarDate.of(year, month, day, false));
    assertEquals("Invalid value for lunar " + field + " " + rangeAndValue, e.getMessage());
  }
}
