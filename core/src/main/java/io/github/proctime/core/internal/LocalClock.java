package io.github.proctime.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Converts between instants and local dates and times of one zone, with the same results as {@code
 * instant.atZone(zone)} and {@code ZonedDateTime.of(date, time, zone)}.
 *
 * <p>Why: those calls look the offset up in the zone's transitions and allocate a {@code
 * ZonedDateTime} each time, and an evaluation makes a few dozen of them; they were about a seventh
 * of a bulk evaluation's profile (see {@code BENCHMARKS.md}). Most zones a calendar uses have one
 * fixed offset after their last transition ({@code Asia/Ho_Chi_Minh} since 1975), so this class
 * finds that offset once and converts later instants with one addition; earlier instants, and zones
 * with recurring transitions, go through the zone rules as before.
 *
 * <p>Build one per long-lived evaluator or checker, not per call: finding the last transition
 * copies the zone's transition list.
 *
 * <pre>{@code
 * LocalClock clock = LocalClock.of(ZoneId.of("Asia/Ho_Chi_Minh"));
 * LocalDate day = clock.date(Instant.parse("2025-01-13T17:00:00Z")); // 2025-01-14
 * }</pre>
 *
 * <p>This class is immutable (but for the dates it remembers, which it gives as it would make them)
 * and thread-safe.
 */
public final class LocalClock {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final ZoneId zone;
  private final long fixedFromSecond; // Long.MAX_VALUE when the offset never becomes fixed
  private final long fixedLocalFromSecond; // local seconds from which local time maps back uniquely
  private final int fixedOffset;
  // Dates by epoch day, direct-mapped on the low bits, each made on first use (racy, as
  // String.hash: a date is immutable and names its own day, so a reader checks it and at worst
  // makes it again). An evaluation asks for the same few dozen days again and again, and making a
  // date from an epoch day cost 18 ns; the table (16 KB) is made at the first date asked for.
  private static final int DATES = 4096;
  private LocalDate[] dates;

  private LocalClock(ZoneId zone) {
    this.zone = java.util.Objects.requireNonNull(zone, "zone");
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      fixedFromSecond = Long.MIN_VALUE;
      fixedLocalFromSecond = Long.MIN_VALUE;
      fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
      return;
    }
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (!rules.getTransitionRules().isEmpty() || transitions.isEmpty()) {
      fixedFromSecond = Long.MAX_VALUE;
      fixedLocalFromSecond = Long.MAX_VALUE;
      fixedOffset = 0;
      return;
    }
    ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
    fixedFromSecond = last.getInstant().getEpochSecond();
    // Local times at or after both sides of the last transition exist once and only once.
    fixedLocalFromSecond =
        Math.max(
            last.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC),
            last.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC));
    fixedOffset = last.getOffsetAfter().getTotalSeconds();
  }

  /**
   * The clock of a zone.
   *
   * @param zone the zone
   * @return the clock
   */
  public static LocalClock of(ZoneId zone) {
    return new LocalClock(zone);
  }

  /**
   * The zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The local date and time of an instant as seconds from 1970-01-01T00:00 local time.
   *
   * @param instant the instant
   * @return {@code dateTime(instant).toEpochSecond(ZoneOffset.UTC)}
   */
  public long localSecond(Instant instant) {
    long second = instant.getEpochSecond();
    return second
        + (second >= fixedFromSecond
            ? fixedOffset
            : zone.getRules().getOffset(instant).getTotalSeconds());
  }

  /**
   * Tells whether the zone's offset no longer changes from an instant on, so that local time from
   * then on runs exactly as real time.
   *
   * @param instant the instant
   * @return true if no offset transition of the zone follows the instant
   */
  public boolean isFixedFrom(Instant instant) {
    return instant.getEpochSecond() >= fixedFromSecond;
  }

  /**
   * The local date of an instant as an epoch day, without building the date.
   *
   * @param instant the instant
   * @return {@code date(instant).toEpochDay()}
   */
  public long epochDay(Instant instant) {
    return Math.floorDiv(localSecond(instant), SECONDS_PER_DAY);
  }

  /**
   * The local date of an instant.
   *
   * @param instant the instant
   * @return its date in the zone
   */
  public LocalDate date(Instant instant) {
    return date(Math.floorDiv(localSecond(instant), SECONDS_PER_DAY));
  }

  /**
   * The date of an epoch day: {@code LocalDate.ofEpochDay(epochDay)}, kept for the next time.
   *
   * @param epochDay the day, counted from 1970-01-01
   * @return the date
   */
  public LocalDate date(long epochDay) {
    LocalDate[] made = dates;
    if (made == null) {
      made = new LocalDate[DATES];
      dates = made;
    }
    int slot = (int) epochDay & (DATES - 1);
    LocalDate date = made[slot];
    if (date == null || date.toEpochDay() != epochDay) {
      date = LocalDate.ofEpochDay(epochDay);
      made[slot] = date;
    }
    return date;
  }

  /**
   * The local time of an instant.
   *
   * @param instant the instant
   * @return its time of day in the zone
   */
  public LocalTime time(Instant instant) {
    return LocalTime.ofNanoOfDay(
        Math.floorMod(localSecond(instant), SECONDS_PER_DAY) * NANOS_PER_SECOND
            + instant.getNano());
  }

  /**
   * The local date and time of an instant.
   *
   * @param instant the instant
   * @return its date and time in the zone
   */
  public LocalDateTime dateTime(Instant instant) {
    return LocalDateTime.ofEpochSecond(localSecond(instant), instant.getNano(), ZoneOffset.UTC);
  }

  /**
   * The instant at an instant's local time of day on another date, without building the time.
   *
   * @param date the date
   * @param instant the instant whose local time of day is taken
   * @return {@code instant(date, time(instant))}
   */
  public Instant atTimeOf(LocalDate date, Instant instant) {
    long local = localSecond(instant);
    long target = date.toEpochDay() * SECONDS_PER_DAY + Math.floorMod(local, SECONDS_PER_DAY);
    if (target >= fixedLocalFromSecond) {
      return Instant.ofEpochSecond(target - fixedOffset, instant.getNano());
    }
    return instant(date, time(instant));
  }

  /**
   * The instant of a local date and time, resolved as {@code ZonedDateTime.of} resolves gaps and
   * overlaps.
   *
   * @param date the date
   * @param time the time of day
   * @return the instant
   */
  public Instant instant(LocalDate date, LocalTime time) {
    long local = date.toEpochDay() * SECONDS_PER_DAY + time.toSecondOfDay();
    if (local >= fixedLocalFromSecond) {
      return Instant.ofEpochSecond(local - fixedOffset, time.getNano());
    }
    return ZonedDateTime.of(date, time, zone).toInstant();
  }
}
