package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.internal.lunar.VietnamLunarTables;
import io.github.proctime.calendar.lunar.LunarDate;
import io.github.proctime.calendar.lunar.VietnameseLunarCalendar;
import java.time.LocalDate;

/**
 * The lunar holidays of {@link VietnameseLunarCalendar} (UTC+7), for lunar years 1900 to 2100, read
 * from a cache of that class's output.
 *
 * <p><b>The cache</b> holds, for each lunar year from 1900 to 2100, four digits: the days from 1
 * January to Tết, then the days from Tết to the 10th day of the 3rd month (Giỗ Tổ Hùng Vương). It
 * is the output of our own algorithm, {@code VietnameseLunarCalendar} computed from the astronomy,
 * not data from another source. It exists because the first build of the national calendar in a
 * fresh JVM would otherwise spend a large part of its time computing the new moons and solar
 * longitudes of 130 years in the interpreter, for the two dates a year that the statutory rules
 * need. {@code NationalLunarDatesTest} recomputes every entry with the algorithm and fails,
 * printing the correct cache, if one differs; a change to the astronomy or to the rules of the
 * lunar calendar must update the cache with it.
 *
 * <p>Immutable.
 */
public final class NationalLunarDates implements LunarDates {
  /** The shared instance. */
  public static final NationalLunarDates INSTANCE = new NationalLunarDates();

  static final int FIRST_CACHED_YEAR = VietnamLunarTables.FIRST_YEAR;
  static final int LAST_CACHED_YEAR = VietnamLunarTables.LAST_YEAR;
  static final String CACHE =
      "3068496838682769466934692468436832682197"
          + "4068296848683669256944683368226841683168"
          + "5068386827684668356823684367326822974068"
          + "2968476936692568446833682368416830694968"
          + "3869266945683568246843673268219840682868"
          + "4768366826684468336823684268306848693868"
          + "2768456835682468436831692069396928694669"
          + "3668266845683368226941683069486837682768"
          + "4668356824684368326820983968286847683668"
          + "2668456834682268406930684968376827684668"
          + "3569236942693169219739682868476837682568"
          + "4468336822684068306849683868276846683568"
          + "2468426831682197406828684768366925694369"
          + "3269226841683068496838682769456834682369"
          + "4268316821974068296847683668256844683268"
          + "2268416831684869386827684569346823684268"
          + "3268206939692869476935692568446833682268"
          + "4168306849683768266845683568236842683268"
          + "2168396828684768366825674467336823684069"
          + "2969486937692668456835672468426831692098"
          + "3968";

  private NationalLunarDates() {}

  @Override
  public LocalDate tet(int year) {
    if (year < FIRST_CACHED_YEAR || year > LAST_CACHED_YEAR) {
      return VietnameseLunarCalendar.tet(year);
    }
    return LocalDate.of(year, 1, 1).plusDays(cached(year, 0));
  }

  @Override
  public LocalDate hungKings(int year) {
    if (year < FIRST_CACHED_YEAR || year > LAST_CACHED_YEAR) {
      return VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10, false));
    }
    return tet(year).plusDays(cached(year, 2));
  }

  /** The two-digit number at an offset in a year's four digits. */
  private static int cached(int year, int offset) {
    int i = (year - FIRST_CACHED_YEAR) * 4 + offset;
    return (CACHE.charAt(i) - '0') * 10 + (CACHE.charAt(i + 1) - '0');
  }

  @Override
  public int firstYear() {
    return VietnamLunarTables.FIRST_YEAR;
  }

  @Override
  public int lastYear() {
    return VietnamLunarTables.LAST_YEAR;
  }
}
