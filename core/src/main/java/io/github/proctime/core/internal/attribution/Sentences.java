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
 * <p>Each sentence is written into one builder, with the record fields its caller has already read:
 * joining the texts of its parts, each a string of its own, was a twentieth of a bulk check.
 */
final class Sentences {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private Sentences() {}

  static String at(Instant instant, LocalClock clock) {
    return MinuteText.of(instant, clock);
  }

  static String duration(Duration d) {
    StringBuilder b = new StringBuilder(16);
    return seconds(b, d.getSeconds()).toString();
  }

  /** Writes a duration of a number of nanoseconds, the way {@link #duration(Duration)} does. */
  static StringBuilder duration(StringBuilder b, long nanos) {
    return seconds(b, Math.floorDiv(nanos, NANOS_PER_SECOND));
  }

  /**
   * Writes a duration given its {@link Duration#getSeconds()}: the sentences round down to the
   * second, whatever the nanoseconds.
   */
  private static StringBuilder seconds(StringBuilder b, long durationSeconds) {
    long minutes = durationSeconds / 60; // Duration.toMinutes
    long hours = minutes / 60;
    long rest = minutes % 60;
    long seconds = durationSeconds - minutes * 60;
    int start = b.length();
    if (hours > 0) {
      b.append(hours).append(" h");
    }
    if (rest > 0 || hours == 0) {
      if (b.length() > start) {
        b.append(' ');
      }
      b.append(rest).append(" min");
    }
    if (seconds > 0) {
      b.append(' ').append(seconds).append(" s");
    }
    return b;
  }

  private static StringBuilder who(
      StringBuilder b, Optional<String> official, Optional<String> unit, Optional<String> agency) {
    b.append(official.isPresent() ? official.get() : "an unnamed official");
    if (unit.isPresent() || agency.isPresent()) {
      b.append(" (");
      if (unit.isPresent()) {
        b.append(unit.get());
      }
      if (agency.isPresent()) {
        if (unit.isPresent()) {
          b.append(", ");
        }
        b.append("at ").append(agency.get());
      }
      b.append(')');
    }
    return b;
  }

  private static StringBuilder step(
      StringBuilder b, Optional<String> stepId, Optional<String> stepName, StepRecord row) {
    String name =
        stepName.isPresent()
            ? stepName.get()
            : stepId.isPresent() ? stepId.get() : "an unnamed step";
    return b.append("step '").append(name).append("' (ledger row ").append(row.index()).append(')');
  }

  private static StringBuilder at(StringBuilder b, Instant instant, LocalClock clock) {
    return b.append(MinuteText.of(instant, clock));
  }

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
    StringBuilder b = new StringBuilder(384);
    who(b, official, unit, agency).append(" held ");
    step(b, stepId, stepName, row).append(" from ");
    at(b, row.startedAt(), clock).append(" (event ").append(row.startEventIndex()).append(") to ");
    at(b, until, clock);
    OptionalInt endEvent = row.endEventIndex();
    if (endedAt.isPresent() && endedAt.get().equals(until) && endEvent.isPresent()) {
      b.append(" (event ").append(endEvent.getAsInt()).append(')');
    } else {
      b.append(" (when the clock was read or stopped)");
    }
    b.append(" and used ");
    seconds(b, row.timeUsed().getSeconds()).append(" of working time");
    Optional<Duration> allotted = row.allottedTime();
    if (allotted.isPresent()) {
      seconds(b.append(" against an allotment of "), allotted.get().getSeconds());
    }
    if (cause == DelayCause.LATE_RECORDING) {
      b.append(
          " on the recorded timeline, more than on the occurred timeline because events were"
              + " recorded late; ");
      return duration(b, charged)
          .append(" of the dossier's delay comes from that late recording.")
          .toString();
    }
    return duration(b.append("; "), charged)
        .append(" of that overrun made the dossier late.")
        .toString();
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
    StringBuilder b = new StringBuilder(384);
    who(b, official, unit, agency).append(" paused the dossier during ");
    step(b, stepId, stepName, row).append(" from ");
    at(b, pause.startedAt(), clock)
        .append(" (event ")
        .append(pause.startEventIndex())
        .append(") to ");
    at(b, until, clock).append(" with reason '");
    Optional<String> reason = pause.reason();
    b.append(reason.isPresent() ? reason.get() : "none")
        .append("', which the rule set does not accept, so the clock kept running; ");
    return duration(b, charged).append(" of that time made the dossier late.").toString();
  }

  static String applicantWait(PauseRecord pause, long charged, LocalClock clock, Instant until) {
    StringBuilder b = new StringBuilder(256);
    b.append("The dossier waited for the applicant (").append(pause.kind()).append(") from ");
    at(b, pause.startedAt(), clock)
        .append(" (event ")
        .append(pause.startEventIndex())
        .append(") to ");
    at(b, until, clock).append("; the rule set does not stop the clock for this wait, so ");
    return duration(b, charged)
        .append(" of the delay is the applicant's, not an official's.")
        .toString();
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
    StringBuilder b = new StringBuilder(384);
    who(b, official, unit, agency)
        .append(later ? " received the already overdue dossier for " : " held the dossier for ");
    step(b, stepId, stepName, row).append(later ? " at " : " when its due time passed at ");
    at(b, from, clock).append(" and held it to ");
    at(b, until, clock).append("; ");
    return duration(b, charged)
        .append(" of the delay is put on the holder under the holder-at-due method.")
        .toString();
  }

  static String unattributed(
      long amount, TimelineEvaluation t, AttributionMethod method, LocalClock clock) {
    String why =
        method == AttributionMethod.HOLDER_AT_DUE
            ? "no holder is recorded for it"
            : "no step overran its allotment by that much (the allotments may add up to more than"
                + " the processing time, or the time was spent outside an allotted step, such as"
                + " at reception or between a step's completion and its hand-over)";
    StringBuilder b = new StringBuilder(384);
    duration(b, amount).append(" of the delay past the due time ");
    return at(b, t.dueAt(), clock).append(" is unattributed: ").append(why).append('.').toString();
  }
}
