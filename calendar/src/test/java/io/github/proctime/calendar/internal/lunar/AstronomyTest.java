package io.github.proctime.calendar.internal.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AstronomyTest {
  private static final double MINUTE = 1.0 / 1440;

  /** Meeus, Astronomical Algorithms, 2nd ed., example 49.a: the new moon of February 1977. */
  @Test
  void newMoonOfFebruary1977MatchesMeeusExample49a() {
    assertEquals(2443192.65118, Astronomy.newMoonJde(-283), 0.00001);
  }

  /** Meeus, example 25.a: the sun on 1992 October 13.0 TD, apparent longitude 199.90895°. */
  @Test
  void sunOn13October1992MatchesMeeusExample25a() {
    assertEquals(199.90895, Astronomy.sunApparentLongitude(2448908.5), 0.00002);
  }

  /** Espenak and Meeus: ΔT is 63.86 s at 2000.0 and -2.79 s at 1900.0. */
  @Test
  void deltaTMatchesTheEpochsOfItsPolynomials() {
    assertEquals(63.86, Astronomy.deltaTSeconds(2000.0), 1e-9);
    assertEquals(-2.79, Astronomy.deltaTSeconds(1900.0), 1e-9);
    assertEquals(29.07, Astronomy.deltaTSeconds(1950.0), 1e-9);
  }

  @Test
  void deltaTRefusesYearsOutsideItsPolynomials() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Astronomy.deltaTSeconds(2151));
    assertEquals(
        "Invalid value for decimalYear (valid values 1860 - 2150): 2151.0", e.getMessage());
  }

  /** The new moon before Tết 2025 was on 29 January 2025 at 12:36 UTC (19:36 in Vietnam). */
  @Test
  void newMoonOfJanuary2025IsOnTheAfternoonOfTet() {
    int k = (int) Math.round((2025.08 - 2000) * 12.3685);
    double jd = Astronomy.toUniversalTime(Astronomy.newMoonJde(k));
    double expected =
        LocalDateTime.of(2025, 1, 29, 12, 36).toEpochSecond(ZoneOffset.UTC) / 86400.0
            + Astronomy.EPOCH_DAY_ZERO_JD;
    assertEquals(expected, jd, 1.5 * MINUTE);
    assertEquals(LocalDate.of(2025, 1, 29).toEpochDay(), Astronomy.localEpochDay(jd, 7));
  }

  @Test
  void localMidnightAndLocalDayAreInverse() {
    long day = LocalDate.of(2007, 2, 17).toEpochDay();
    double midnight = Astronomy.localMidnightJd(day, 7);
    assertEquals(day, Astronomy.localEpochDay(midnight + MINUTE, 7));
    assertEquals(day - 1, Astronomy.localEpochDay(midnight - MINUTE, 7));
    assertEquals(day, Astronomy.localEpochDay(midnight - MINUTE, 8));
  }
}
