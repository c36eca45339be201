package io.github.proctime.core.internal.attribution;

import io.github.proctime.core.AttributionMethod;
import io.github.proctime.core.DelayCause;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.core.internal.LocalClock;
import io.github.proctime.core.internal.MinuteText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The human-readable sentences of shares and findings.
 *
 * <p>The sentences of shares take the record fields their caller has already read.
 */
final class Sentences {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private Sentences() {}

  static String at(Instant instant, LocalClock clock) {
    return MinuteText.of(instant, clock);
  }

  static String duration(Duration d) {
    return seconds(d.getSeconds());
  }

  /** A duration of a number of nanoseconds, written the way {@link #duration(Duration)} does. */
  static String duration(long nanos) {
    return seconds(Math.floorDiv(nanos, NANOS_PER_SECOND));
  }

  /**
   * A duration given its {@link Duration#getSeconds()}: the sentences round down to the second,
   * whatever the nanoseconds.
   *
   * <p>No sentence is given a negative duration: the amounts written are working time used,
   * allotted or charged, an invalid pause's working time, the unattributed part of a delay (all
   * measured forwards, so never negative) and a recording lag above {@code lateRecordThreshold}
   * (which the policy and rule set refuse when negative). The negative forms below are therefore
   * not worded; {@code SentencesProperties} pins them so that a change to this is deliberate.
   */
  private static String seconds(long durationSeconds) {
    long minutes = durationSeconds / 60; // Duration.toMinutes
    long hours = minutes / 60;
    long rest = minutes % 60;
    long seconds = durationSeconds - minutes * 60;
    // One concatenation per form rather than a builder: a builder's own text is copied again.
    String text;
    if (hours > 0) {
      text = rest > 0 ? hours + " h " + rest + " min" : hours + " h";
    } else if (hours == 0 || rest > 0) {
      text = rest + " min";
    } else {
      text = ""; // a negative duration of whole hours
    }
    return seconds > 0 ? text + " " + seconds + " s" : text;
  }

  private static String name(Optional<String> official) {
    return official.isPresent() ? official.get() : "an unnamed official";
  }

  /** What comes between an official's name and the unit, if anything is said of either. */
  private static String open(Optional<String> unit, Optional<String> agency) {
    return unit.isPresent() || agency.isPresent() ? " (" : "";
  }

  private static String unit(Optional<String> unit) {
    return unit.isPresent() ? unit.get() : "";
  }

  private static String atAgency(Optional<String> unit, Optional<String> agency) {
    return agency.isPresent() ? unit.isPresent() ? ", at " : "at " : "";
  }

  private static String agency(Optional<String> agency) {
    return agency.isPresent() ? agency.get() : "";
  }

  private static String close(Optional<String> unit, Optional<String> agency) {
    return unit.isPresent() || agency.isPresent() ? ")" : "";
  }

  private static String stepName(Optional<String> stepId, Optional<String> stepName) {
    return stepName.isPresent()
        ? stepName.get()
        : stepId.isPresent() ? stepId.get() : "an unnamed step";
  }

  // The sentences below are single concatenations of their parts, the official's description and
  // the step's included: a concatenation sizes its text once, where a builder grows and copies it,
  // and each part made a string of its own was a twentieth of a bulk check.

  static String step(
      Optional<String> official,
      Optional<String> unit,
      Optional<String> agency,
      Optional<String> stepId,
      Optional<String> stepName,
      Optional<Instant> endedAt,
      StepRecord row,
      long charged,
      DelayCause cause,
      LocalClock clock,
      Instant until) {
    OptionalInt endEvent = row.endEventIndex();
    Optional<Duration> allotted = row.allottedTime();
    String used =
        name(official)
            + open(unit, agency)
            + unit(unit)
            + atAgency(unit, agency)
            + agency(agency)
            + close(unit, agency)
            + " held step '"
            + stepName(stepId, stepName)
            + "' (ledger row "
            + row.index()
            + ") from "
            + at(row.startedAt(), clock)
            + " (event "
            + row.startEventIndex()
            + ") to "
            + at(until, clock)
            + (endedAt.isPresent() && endedAt.get().equals(until) && endEvent.isPresent()
                ? " (event " + endEvent.getAsInt() + ")"
                : " (when the clock was read or stopped)")
            + " and used "
            + duration(row.timeUsed())
            + " of working time"
            + (allotted.isPresent() ? " against an allotment of " + duration(allotted.get()) : "");
    if (cause == DelayCause.LATE_RECORDING) {
      return used
          + " on the recorded timeline, more than on the occurred timeline because events were"
          + " recorded late; "
          + duration(charged)
          + " of the dossier's delay comes from that late recording.";
    }
    return used + "; " + duration(charged) + " of that overrun made the dossier late.";
  }

  static String invalidPause(
      Optional<String> official,
      Optional<String> unit,
      Optional<String> agency,
      Optional<String> stepId,
      Optional<String> stepName,
      StepRecord row,
      PauseRecord pause,
      long charged,
      LocalClock clock,
      Instant until) {
    Optional<String> reason = pause.reason();
    return name(official)
        + open(unit, agency)
        + unit(unit)
        + atAgency(unit, agency)
        + agency(agency)
        + close(unit, agency)
        + " paused the dossier during step '"
        + stepName(stepId, stepName)
        + "' (ledger row "
        + row.index()
        + ") from "
        + at(pause.startedAt(), clock)
        + " (event "
        + pause.startEventIndex()
        + ") to "
        + at(until, clock)
        + " with reason '"
        + (reason.isPresent() ? reason.get() : "none")
        + "', which the rule set does not accept, so the clock kept running; "
        + duration(charged)
        + " of that time made the dossier late.";
  }

  static String applicantWait(PauseRecord pause, long charged, LocalClock clock, Instant until) {
    return "The dossier waited for the applicant ("
        + pause.kind()
        + ") from "
        + at(pause.startedAt(), clock)
        + " (event "
        + pause.startEventIndex()
        + ") to "
        + at(until, clock)
        + "; the rule set does not stop the clock for this wait, so "
        + duration(charged)
        + " of the delay is the applicant's, not an official's.";
  }

  static String heldAtDue(
      Optional<String> official,
      Optional<String> unit,
      Optional<String> agency,
      Optional<String> stepId,
      Optional<String> stepName,
      StepRecord row,
      long charged,
      Instant from,
      Instant until,
      LocalClock clock,
      boolean later) {
    return name(official)
        + open(unit, agency)
        + unit(unit)
        + atAgency(unit, agency)
        + agency(agency)
        + close(unit, agency)
        + (later ? " received the already overdue dossier for " : " held the dossier for ")
        + "step '"
        + stepName(stepId, stepName)
        + "' (ledger row "
        + row.index()
        + ")"
        + (later ? " at " : " when its due time passed at ")
        + at(from, clock)
        + " and held it to "
        + at(until, clock)
        + "; "
        + duration(charged)
        + " of the delay is put on the holder under the holder-at-due method.";
  }

  static String unattributed(
      long amount, TimelineEvaluation t, AttributionMethod method, LocalClock clock) {
    String why =
        method == AttributionMethod.HOLDER_AT_DUE
            ? "no holder is recorded for it"
            : "no step overran its allotment by that much (the allotments may add up to more than"
                + " the processing time, or the time was spent outside an allotted step, such as"
                + " at reception or between a step's completion and its hand-over)";
    return duration(amount)
        + " of the delay past the due time "
        + at(t.dueAt(), clock)
        + " is unattributed: "
        + why
        + ".";
  }
}
