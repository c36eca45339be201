package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  // The texts of the rule days, built once: a build names about 1,500 days with a few texts, and
  // building each again per day was a large part of the first build in a fresh JVM.
  private static final String NEW_YEAR_CLAUSE = lc2019Clause("a");
  private static final String TET_CLAUSE = lc2019Clause("b");
  private static final String REUNIFICATION_CLAUSE = lc2019Clause("c");
  private static final String LABOUR_CLAUSE = lc2019Clause("d");
  private static final String NATIONAL_DAY_CLAUSE = lc2019Clause("đ");
  private static final String HUNG_KINGS_CLAUSE = lc2019Clause("e");
  private static final String LC2012_HOLIDAYS = "Labor Code 2012 Art. 115(1)";
  private static final String BEFORE_LC2012_HOLIDAYS =
      "Labor Code 2012 Art. 115(1) pattern, applied before the code (holidays.md §1.2)";
  private static final String TET_FIVE_DAYS = "default pattern: giao thừa and mùng 1-4";
  private static final String TET_FOUR_DAYS = "default pattern: giao thừa and mùng 1-3";
  private static final String ADJACENT_DAY = "default adjacent day";
  private static final Map<String, Map<String, String>> PATTERN_SOURCES = patternSources();
  private static final String TET_EVE_NAME =
      HolidayGroup.LUNAR_NEW_YEAR.vietnameseName() + " (giao thừa)";
  private static final List<String> TET_DAY_NAMES =
      List.of(tetDayName(1), tetDayName(2), tetDayName(3), tetDayName(4));
  private static final String NATIONAL_DAY_ADJACENT_NAME =
      HolidayGroup.NATIONAL_DAY.vietnameseName() + " (ngày liền kề)";

  private VietnamRules() {}

  private static String lc2019Clause(String clause) {
    return "Labor Code 2019 Art. 112(1)(" + clause + ")";
  }

  private static String tetDayName(int k) {
    return HolidayGroup.LUNAR_NEW_YEAR.vietnameseName() + " (mùng " + k + ")";
  }

  /** A holiday day produced by a rule, before it is merged with the others. */
  private record RuleDay(CalendarDay day, HolidayGroup holiday) {}

  private static final List<HolidayGroup> GROUPS = List.of(HolidayGroup.values());
  // Enough for the rule days of 190,000 years.
  private static final int RULE_ORDER_BITS = 21;

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
    // Maps keyed by epoch day, not by LocalDate: a LocalDate's hash code leaves the year out of
    // its low bits before 2048, so the dates of many years would share buckets.
    Map<Long, ScheduleEntry> fixed = new HashMap<>();
    for (List<ScheduleEntry> group : official.values()) {
      for (ScheduleEntry e : group) {
        ScheduleEntry other = fixed.putIfAbsent(e.day().date().toEpochDay(), e);
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
    int firstYear = table.start().getYear();
    int lastYear = table.end().getYear();
    // Whether official data replaces the rule of a holiday in a year: by year, then holiday.
    boolean[] replaced = new boolean[(lastYear - firstYear + 1) * GROUPS.size()];
    for (ScheduleEntry.GroupKey k : official.keySet()) {
      if (k.year() >= firstYear && k.year() <= lastYear) {
        replaced[(k.year() - firstYear) * GROUPS.size() + k.holiday().ordinal()] = true;
      }
    }
    List<RuleDay> days = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      for (HolidayGroup h : GROUPS) {
        if (h != HolidayGroup.SWAP && !replaced[(year - firstYear) * GROUPS.size() + h.ordinal()]) {
          addRuleDays(h, year, lunar, days);
        }
      }
    }
    // Sorted by date, the days of one date next to each other in rule order: as numbers (epoch day,
    // then rule order), which costs a fresh JVM far less than a sort that calls a comparator.
    long[] order = new long[days.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = days.get(i).day().date().toEpochDay() << RULE_ORDER_BITS | i;
    }
    sortAlmostSorted(order);
    int count = 0;
    long[] holidayDays = new long[order.length]; // epoch days, ascending
    RuleDay[] holidays = new RuleDay[order.length];
    for (long key : order) {
      RuleDay d = days.get((int) (key & ((1 << RULE_ORDER_BITS) - 1)));
      long day = key >> RULE_ORDER_BITS;
      if (count > 0 && holidayDays[count - 1] == day) {
        holidays[count - 1] = merge(holidays[count - 1], d);
      } else {
        holidayDays[count] = day;
        holidays[count++] = d;
      }
    }
    boolean[] rest = new boolean[7]; // by the ordinal of the day of the week
    for (DayOfWeek dow : weeklyRest) {
      rest[dow.ordinal()] = true;
    }
    Map<Long, CalendarDay> compensatory = new HashMap<>();
    Map<String, String> compensationPrefixes = new HashMap<>();
    for (int i = 0; i < count; i++) {
      RuleDay d = holidays[i];
      long day = holidayDays[i];
      if (!rest[dayOfWeek(day)] || fixed.containsKey(day)) {
        continue;
      }
      long c = day + 1;
      boolean provisional = d.day().isProvisional();
      while (true) {
        int skipped = Arrays.binarySearch(holidayDays, 0, count, c);
        CalendarDay skippedComp = compensatory.get(c);
        if (!rest[dayOfWeek(c)] && skipped < 0 && !fixed.containsKey(c) && skippedComp == null) {
          break;
        }
        // A day pushed past a provisional day off is as uncertain as that day.
        provisional |= skipped >= 0 && holidays[skipped].day().isProvisional();
        provisional |= skippedComp != null && skippedComp.isProvisional();
        c++;
      }
      LocalDate date = d.day().date();
      // "Nghỉ bù <holiday's name> <holiday's date>", its few distinct beginnings built once.
      String prefix = compensationPrefixes.get(d.day().name());
      if (prefix == null) {
        prefix = "Nghỉ bù " + d.day().name() + " ";
        compensationPrefixes.put(d.day().name(), prefix);
      }
      compensatory.put(
          c,
          CalendarDay.of(
              date.plusDays(c - day), // not LocalDate.ofEpochDay: far slower in the interpreter
              DayKind.COMPENSATORY_DAY_OFF,
              prefix.concat(isoDate(date)),
              compensationSource(date),
              provisional));
    }
    for (int i = 0; i < count; i++) {
      table.setIfCovered(holidays[i].day());
    }
    for (CalendarDay d : compensatory.values()) {
      table.setIfCovered(d);
    }
    for (ScheduleEntry e : fixed.values()) {
      table.setIfCovered(e.day());
    }
  }

  /**
   * The text of {@link LocalDate#toString()}, written by hand for years 0 to 9999: a fresh JVM runs
   * this in the interpreter, where {@code toString} costs several times more.
   */
  static String isoDate(LocalDate date) {
    int y = date.getYear();
    if (y < 0 || y > 9999) {
      return date.toString();
    }
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    byte[] text = {
      digit(y / 1000),
      digit(y / 100),
      digit(y / 10),
      digit(y),
      '-',
      digit(m / 10),
      digit(m),
      '-',
      digit(d / 10),
      digit(d)
    };
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int value) {
    return (byte) ('0' + value % 10);
  }

  /**
   * Sorts numbers that are almost in order, as the rule days of successive years are, by insertion:
   * a pass over them plus one shift per number out of place.
   */
  private static void sortAlmostSorted(long[] a) {
    for (int i = 1; i < a.length; i++) {
      long x = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > x) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  /** The ordinal of the day of the week of an epoch day, as {@link LocalDate#getDayOfWeek()}. */
  private static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
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
      return lc2019Clause;
    }
    if (!date.isBefore(LC2012_IN_FORCE)) {
      return LC2012_HOLIDAYS;
    }
    return BEFORE_LC2012_HOLIDAYS;
  }

  /** The source of a day chosen by a default pattern: the law it applies, then the pattern. */
  private static String patternSource(String law, String pattern) {
    String joined = PATTERN_SOURCES.getOrDefault(pattern, Map.of()).get(law);
    return joined != null ? joined : law + "; " + pattern;
  }

  private static Map<String, Map<String, String>> patternSources() {
    Map<String, Map<String, String>> byPattern = new HashMap<>();
    for (String pattern : List.of(TET_FIVE_DAYS, TET_FOUR_DAYS, ADJACENT_DAY)) {
      Map<String, String> byLaw = new HashMap<>();
      for (String law :
          List.of(TET_CLAUSE, NATIONAL_DAY_CLAUSE, LC2012_HOLIDAYS, BEFORE_LC2012_HOLIDAYS)) {
        byLaw.put(law, law + "; " + pattern);
      }
      byPattern.put(pattern, Map.copyOf(byLaw));
    }
    return Map.copyOf(byPattern);
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
      HolidayGroup h, LocalDate date, String name, String clause, boolean provisional) {
    return new RuleDay(
        CalendarDay.of(
            date, DayKind.PUBLIC_HOLIDAY, name, holidaySource(date, clause), provisional),
        h);
  }

  private static void addRuleDays(HolidayGroup h, int year, LunarDates lunar, List<RuleDay> days) {
    switch (h) {
      case NEW_YEAR:
        days.add(day(h, LocalDate.of(year, 1, 1), h.vietnameseName(), NEW_YEAR_CLAUSE, false));
        break;
      case LUNAR_NEW_YEAR:
        {
          LocalDate tet = requireLunar(lunar, year, h).tet(year);
          boolean fiveDays = !tet.isBefore(LC2012_IN_FORCE);
          String how = fiveDays ? TET_FIVE_DAYS : TET_FOUR_DAYS;
          int last = fiveDays ? 4 : 3;
          String law = null;
          String source = null;
          for (int k = 0; k <= last; k++) {
            LocalDate date = tet.plusDays(k - 1);
            String dayLaw = holidaySource(date, TET_CLAUSE);
            if (!dayLaw.equals(law)) {
              law = dayLaw;
              source = patternSource(law, how);
            }
            String name = k == 0 ? TET_EVE_NAME : TET_DAY_NAMES.get(k - 1);
            days.add(
                new RuleDay(CalendarDay.of(date, DayKind.PUBLIC_HOLIDAY, name, source, true), h));
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
                  HUNG_KINGS_CLAUSE,
                  false));
        }
        break;
      case REUNIFICATION_DAY:
        days.add(
            day(
                h,
                LocalDate.of(year, Month.APRIL, 30),
                h.vietnameseName(),
                REUNIFICATION_CLAUSE,
                false));
        break;
      case LABOUR_DAY:
        days.add(
            day(h, LocalDate.of(year, Month.MAY, 1), h.vietnameseName(), LABOUR_CLAUSE, false));
        break;
      case NATIONAL_DAY:
        {
          LocalDate nd = LocalDate.of(year, Month.SEPTEMBER, 2);
          days.add(day(h, nd, h.vietnameseName(), NATIONAL_DAY_CLAUSE, false));
          if (!nd.isBefore(LC2019_IN_FORCE)) {
            LocalDate adjacent = nd.plusDays(NATIONAL_DAY_ADJACENT.get(nd.getDayOfWeek()));
            days.add(
                new RuleDay(
                    CalendarDay.of(
                        adjacent,
                        DayKind.PUBLIC_HOLIDAY,
                        NATIONAL_DAY_ADJACENT_NAME,
                        patternSource(holidaySource(adjacent, NATIONAL_DAY_CLAUSE), ADJACENT_DAY),
                        true),
                    h));
          }
          break;
        }
      default:
        break;
    }
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
