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

/** The human-readable sentences of shares and findings. */
final class Sentences {
  private Sentences() {}

  static String at(Instant instant, LocalClock clock) {
    return MinuteText.of(instant, clock);
  }

  static String duration(Duration d) {
    long minutes = d.toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    long seconds = d.minusMinutes(minutes).getSeconds();
    StringBuilder b = new StringBuilder();
    if (hours > 0) {
      b.append(hours).append(" h");
    }
    if (rest > 0 || hours == 0) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(rest).append(" min");
    }
    if (seconds > 0) {
      b.append(' ').append(seconds).append(" s");
    }
    return b.toString();
  }

  static String who(Optional<String> official, Optional<String> unit, Optional<String> agency) {
    StringBuilder b = new StringBuilder(official.orElse("an unnamed official"));
    if (unit.isPresent() || agency.isPresent()) {
      b.append(" (");
      b.append(unit.orElse(""));
      if (agency.isPresent()) {
        if (unit.isPresent()) {
          b.append(", ");
        }
        b.append("at ").append(agency.get());
      }
      b.append(')');
    }
    return b.toString();
  }

  static String step(StepRecord row) {
    String name = row.stepName().or(row::stepId).orElse("an unnamed step");
    return "step '" + name + "' (ledger row " + row.index() + ")";
  }

  static String step(
      StepRecord row, Duration charged, DelayCause cause, LocalClock clock, Instant until) {
    String holder = who(row.holderOfficial(), row.holderUnit(), row.agency());
    String allotment =
        row.allottedTime().map(a -> " against an allotment of " + duration(a)).orElse("");
    String used =
        holder
            + " held "
            + step(row)
            + " from "
            + at(row.startedAt(), clock)
            + " (event "
            + row.startEventIndex()
            + ") to "
            + at(until, clock)
            + (row.endedAt().equals(Optional.of(until)) && row.endEventIndex().isPresent()
                ? " (event " + row.endEventIndex().getAsInt() + ")"
                : " (when the clock was read or stopped)")
            + " and used "
            + duration(row.timeUsed())
            + " of working time"
            + allotment;
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
      StepRecord row, PauseRecord pause, Duration charged, LocalClock clock, Instant until) {
    return who(pause.official(), pause.unit(), row.agency())
        + " paused the dossier during "
        + step(row)
        + " from "
        + at(pause.startedAt(), clock)
        + " (event "
        + pause.startEventIndex()
        + ") to "
        + at(until, clock)
        + " with reason '"
        + pause.reason().orElse("none")
        + "', which the rule set does not accept, so the clock kept running; "
        + duration(charged)
        + " of that time made the dossier late.";
  }

  static String applicantWait(
      PauseRecord pause, Duration charged, LocalClock clock, Instant until) {
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
      StepRecord row,
      Duration charged,
      Instant from,
      Instant until,
      LocalClock clock,
      boolean later) {
    return who(row.holderOfficial(), row.holderUnit(), row.agency())
        + (later ? " received the already overdue dossier for " : " held the dossier for ")
        + step(row)
        + (later ? " at " : " when its due time passed at ")
        + at(from, clock)
        + " and held it to "
        + at(until, clock)
        + "; "
        + duration(charged)
        + " of the delay is put on the holder under the holder-at-due method.";
  }

  static String unattributed(
      Duration amount, TimelineEvaluation t, AttributionMethod method, LocalClock clock) {
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
