package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory holidays of Vietnam's civil service and their compensatory days, for the years and
 * holidays that no official schedule covers. Stateless.
 *
 * <p>Rules (facts and sources in {@code shared/domain/holidays.md}):
 *
 * <ul>
 *   <li>From 2021-01-01, Labor Code 2019 Art. 112(1): 1/1, Tết (5 days), 30/4, 1/5, 2/9 plus one
 *       adjacent day, 10/3 lunar. A holiday on a weekly rest day gives a compensatory day on the
 *       next working day (Art. 111(3)).
 *   <li>From 2013-05-01 to 2020-12-31, Labor Code 2012 Art. 115(1): the same, but 2/9 is one day.
 *       Art. 115(3) gives the compensatory day on "the next day" (ngày kế tiếp). For a civil
 *       servant whose weekly rest is Saturday and Sunday, the day after a Saturday is itself a rest
 *       day, so the next day is read as the first following day that is neither a weekly rest day
 *       nor a day off already; for this calendar the two codes' readings then give the same days
 *       (checked against 2018-09-03 and the 2018-2020 schedules).
 *   <li>Before 2013-05-01 the same pattern is applied with a 4-day Tết (holidays.md §1.2), and Giỗ
 *       Tổ Hùng Vương only from 2007. This is a documented approximation of earlier law: the
 *       holidays of the Labor Code 1994 and earlier are not in our sources (UNCONFIRMED).
 *   <li>Tết default pattern (the Prime Minister fixes the actual days each year, Art. 112(3)): the
 *       eve (last day of lunar month 12) and mùng 1-4; before 2013-05-01 the eve and mùng 1-3. The
 *       days are provisional.
 *   <li>Default day beside 2/9 from 2021 (Art. 112(1)(đ), fixed each year by the Prime Minister):
 *       the day after 2/9 when 2/9 is a Monday, Thursday or Sunday, the day before otherwise. This
 *       reproduces every official decision of 2021-2026 (holidays.md §2: Thu→Fri 2021, Fri→Thu
 *       2022, Sat→Fri 2023, Mon→Tue 2024, Tue→Mon 2025, Wed→Tue 2026); the Sunday case has no
 *       official precedent and is our choice (UNCONFIRMED). The day is provisional.
 *   <li>A holiday date that two holidays share (possible in principle for 30/4 and 10/3 lunar) is
 *       one day off carrying both names; whether the law then grants an extra day is UNCONFIRMED.
 * </ul>
 *
 * <p>A compensatory day is provisional when its holiday is, or when it was pushed past a
 * provisional day off.
 */
public final class VietnamRules {
  private static final LocalDate LC2012_IN_FORCE = LocalDate.of(2013, 5, 1);
  private static final LocalDate LC2019_IN_FORCE = LocalDate.of(2021, 1, 1);

  private static final Map<DayOfWeek, Integer> NATIONAL_DAY_ADJACENT =
      new EnumMap<>(DayOfWeek.class);

  static {
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.MONDAY, 1);
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.TUESDAY, -1);
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.WEDNESDAY, -1);
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.THURSDAY, 1);
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.FRIDAY, -1);
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.SATURDAY, -1);
    NATIONAL_DAY_ADJACENT.put(DayOfWeek.SUNDAY, 1);
  }

  private VietnamRules() {}

  /** A holiday day produced by a rule, before it is merged with the others. */
  private record RuleDay(CalendarDay day, HolidayGroup holiday) {}

  /**
   * Applies the statutory rules and the official schedules to a table that holds the weekly
   * pattern.
   *
   * @param table the table to fill
   * @param weeklyRest the weekly rest days
   * @param official the official entries, grouped by holiday and year; a group present here
   *     replaces the rule for that holiday in that year
   * @param lunar the lunar holidays, or null if only official data may be used
   * @throws CalendarConflictException if two official entries give the same date
   */
  public static void apply(
      DayTable table,
      Set<DayOfWeek> weeklyRest,
      Map<ScheduleEntry.GroupKey, List<ScheduleEntry>> official,
      LunarDates lunar) {
    Map<LocalDate, ScheduleEntry> fixed = new HashMap<>();
    for (List<ScheduleEntry> group : official.values()) {
      for (ScheduleEntry e : group) {
        ScheduleEntry other = fixed.putIfAbsent(e.day().date(), e);
        if (other != null) {
          throw CalendarConflictException.onDate(
              e.day().date(),
              "given by "
                  + other.sourceName()
                  + " line "
                  + other.line()
                  + " and by "
                  + e.sourceName()
                  + " line "
                  + e.line());
        }
      }
    }
    TreeMap<LocalDate, RuleDay> holidays = new TreeMap<>();
    for (int year = table.start().getYear(); year <= table.end().getYear(); year++) {
      for (HolidayGroup h : HolidayGroup.values()) {
        if (h == HolidayGroup.SWAP || official.containsKey(new ScheduleEntry.GroupKey(h, year))) {
          continue;
        }
        for (RuleDay d : ruleDays(h, year, lunar)) {
          holidays.merge(d.day().date(), d, VietnamRules::merge);
        }
      }
    }
    Map<LocalDate, CalendarDay> compensatory = new HashMap<>();
    for (RuleDay d : holidays.values()) {
      LocalDate date = d.day().date();
      if (fixed.containsKey(date) || !weeklyRest.contains(date.getDayOfWeek())) {
        continue;
      }
      LocalDate c = date.plusDays(1);
      boolean provisional = d.day().isProvisional();
      while (weeklyRest.contains(c.getDayOfWeek())
          || holidays.containsKey(c)
          || fixed.containsKey(c)
          || compensatory.containsKey(c)) {
        // A day pushed past a provisional day off is as uncertain as that day.
        RuleDay skipped = holidays.get(c);
        CalendarDay skippedComp = compensatory.get(c);
        provisional |= skipped != null && skipped.day().isProvisional();
        provisional |= skippedComp != null && skippedComp.isProvisional();
        c = c.plusDays(1);
      }
      compensatory.put(
          c,
          CalendarDay.of(
              c,
              DayKind.COMPENSATORY_DAY_OFF,
              "Nghỉ bù " + d.day().name() + " " + date,
              compensationSource(date),
              provisional));
    }
    for (RuleDay d : holidays.values()) {
      setIfCovered(table, d.day());
    }
    for (CalendarDay d : compensatory.values()) {
      setIfCovered(table, d);
    }
    for (ScheduleEntry e : fixed.values()) {
      setIfCovered(table, e.day());
    }
  }

  private static void setIfCovered(DayTable table, CalendarDay day) {
    if (table.covers(day.date())) {
      table.set(day);
    }
  }

  private static RuleDay merge(RuleDay a, RuleDay b) {
    CalendarDay x = a.day();
    CalendarDay y = b.day();
    return new RuleDay(
        CalendarDay.of(
            x.date(),
            DayKind.PUBLIC_HOLIDAY,
            x.name() + "; " + y.name(),
            x.source() + "; " + y.source(),
            x.isProvisional() || y.isProvisional()),
        a.holiday());
  }

  private static String holidaySource(LocalDate date, String lc2019Clause) {
    if (!date.isBefore(LC2019_IN_FORCE)) {
      return "Labor Code 2019 Art. 112(1)(" + lc2019Clause + ")";
    }
    if (!date.isBefore(LC2012_IN_FORCE)) {
      return "Labor Code 2012 Art. 115(1)";
    }
    return "Labor Code 2012 Art. 115(1) pattern, applied before the code (holidays.md §1.2)";
  }

  private static String compensationSource(LocalDate date) {
    if (!date.isBefore(LC2019_IN_FORCE)) {
      return "Labor Code 2019 Art. 111(3)";
    }
    if (!date.isBefore(LC2012_IN_FORCE)) {
      return "Labor Code 2012 Art. 115(3)";
    }
    return "Labor Code 2012 Art. 115(3) pattern, applied before the code (holidays.md §1.2)";
  }

  private static RuleDay day(
      HolidayGroup h, LocalDate date, String name, String clause, boolean provisional, String how) {
    return new RuleDay(
        CalendarDay.of(
            date,
            DayKind.PUBLIC_HOLIDAY,
            name,
            holidaySource(date, clause) + (how.isEmpty() ? "" : "; " + how),
            provisional),
        h);
  }

  private static Collection<RuleDay> ruleDays(HolidayGroup h, int year, LunarDates lunar) {
    List<RuleDay> days = new ArrayList<>();
    switch (h) {
      case NEW_YEAR:
        days.add(day(h, LocalDate.of(year, 1, 1), h.vietnameseName(), "a", false, ""));
        break;
      case LUNAR_NEW_YEAR:
        {
          LocalDate tet = requireLunar(lunar, year, h).tet(year);
          boolean fiveDays = !tet.isBefore(LC2012_IN_FORCE);
          String how =
              fiveDays
                  ? "default pattern: giao thừa and mùng 1-4"
                  : "default pattern: giao thừa and mùng 1-3";
          days.add(day(h, tet.minusDays(1), h.vietnameseName() + " (giao thừa)", "b", true, how));
          int last = fiveDays ? 4 : 3;
          for (int k = 1; k <= last; k++) {
            days.add(
                day(
                    h,
                    tet.plusDays(k - 1),
                    h.vietnameseName() + " (mùng " + k + ")",
                    "b",
                    true,
                    how));
          }
          break;
        }
      case HUNG_KINGS:
        if (year >= 2007) {
          days.add(
              day(
                  h,
                  requireLunar(lunar, year, h).hungKings(year),
                  h.vietnameseName(),
                  "e",
                  false,
                  ""));
        }
        break;
      case REUNIFICATION_DAY:
        days.add(day(h, LocalDate.of(year, Month.APRIL, 30), h.vietnameseName(), "c", false, ""));
        break;
      case LABOUR_DAY:
        days.add(day(h, LocalDate.of(year, Month.MAY, 1), h.vietnameseName(), "d", false, ""));
        break;
      case NATIONAL_DAY:
        {
          LocalDate nd = LocalDate.of(year, Month.SEPTEMBER, 2);
          days.add(day(h, nd, h.vietnameseName(), "đ", false, ""));
          if (!nd.isBefore(LC2019_IN_FORCE)) {
            LocalDate adjacent = nd.plusDays(NATIONAL_DAY_ADJACENT.get(nd.getDayOfWeek()));
            days.add(
                day(
                    h,
                    adjacent,
                    h.vietnameseName() + " (ngày liền kề)",
                    "đ",
                    true,
                    "default adjacent day"));
          }
          break;
        }
      default:
        break;
    }
    return days;
  }

  private static LunarDates requireLunar(LunarDates lunar, int year, HolidayGroup h) {
    if (lunar == null || year < lunar.firstYear() || year > lunar.lastYear()) {
      throw new IllegalStateException(
          "No official schedule for "
              + h
              + " in "
              + year
              + " and the lunar calendar does not cover that year");
    }
    return lunar;
  }
}
