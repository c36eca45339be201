package io.github.proctime.core.internal.attribution;

import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.AttributionMethod;
import io.github.proctime.core.DelayCause;
import io.github.proctime.core.DelayShare;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.PartyKind;
import io.github.proctime.core.PauseKind;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.Timeline;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.core.internal.LocalClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Splits one timeline's delay into shares; see {@link AttributionMethod} for the rules. */
public final class DelayAttributor {
  private final WorkingCalendar calendar;
  private final AttributionMethod method;
  private final LocalClock clock;

  /**
   * An attributor.
   *
   * @param calendar the calendar the evaluations were made with
   * @param method the method
   */
  public DelayAttributor(WorkingCalendar calendar, AttributionMethod method) {
    this.calendar = calendar;
    this.method = method;
    this.clock = LocalClock.of(calendar.zone());
  }

  /**
   * Attributes one timeline's delay.
   *
   * @param evaluation the evaluation
   * @param timeline the timeline
   * @return the attribution
   */
  public Attribution attribute(Evaluation evaluation, Timeline timeline) {
    TimelineEvaluation t = evaluation.on(timeline);
    Duration delay = t.delay();
    Attribution.Builder result =
        Attribution.builder()
            .dossierCode(evaluation.dossierCode())
            .timeline(timeline)
            .method(method)
            .delay(delay)
            .lateOnlyOnRecord(evaluation.isLateOnlyOnRecord());
    if (delay.isZero()) {
      return result.build();
    }
    Run run = new Run(evaluation, timeline);
    if (method == AttributionMethod.HOLDER_AT_DUE) {
      run.holderAtDue();
    } else {
      run.stepOverrun();
    }
    return result.shares(run.finish()).build();
  }

  /** One attribution in progress: the delay left, the charges per official, the shares. */
  private final class Run {
    private final Evaluation evaluation;
    private final Timeline timeline;
    private final TimelineEvaluation t;
    private final Instant clockEnd;
    private final List<DelayShare> shares = new ArrayList<>();
    private final Map<String, Duration> capLeft = new HashMap<>();
    private Duration left;

    Run(Evaluation evaluation, Timeline timeline) {
      this.evaluation = evaluation;
      this.timeline = timeline;
      this.t = evaluation.on(timeline);
      this.clockEnd = t.endedAt().orElse(evaluation.asOf());
      this.left = t.delay();
    }

    void stepOverrun() {
      // An official answers for at most the clock time they held the dossier.
      for (StepRecord row : t.steps()) {
        row.holderOfficial().ifPresent(o -> capLeft.merge(o, row.clockTimeHeld(), Duration::plus));
      }
      List<Parts> parts = new ArrayList<>(t.steps().size());
      for (StepRecord row : t.steps()) {
        parts.add(parts(row));
      }
      if (timeline == Timeline.RECORDED) {
        // What the recorded timeline adds to the occurred one is late recording: charge it first.
        Duration extra = min(left, t.delay().minus(evaluation.occurred().delay()));
        if (extra.isNegative()) {
          extra = Duration.ZERO;
        }
        for (Parts p : parts) {
          if (extra.isZero()) {
            break;
          }
          Duration c = min(extra, p.lateRecording);
          extra = extra.minus(c);
          p.lateRecording = p.lateRecording.minus(c);
          chargeHolder(p.row, c, DelayCause.LATE_RECORDING);
        }
      }
      for (Parts p : parts) {
        for (int k = 0; k < p.applicantWaits.size(); k++) {
          chargeApplicant(p.row, p.applicantWaits.get(k), min(left, p.applicantWaited.get(k)));
        }
        Duration refused = Duration.ZERO;
        for (int k = 0; k < p.invalidPauses.size(); k++) {
          refused =
              refused.plus(
                  chargePresser(p.row, p.invalidPauses.get(k), min(left, p.invalidPaused.get(k))));
        }
        // What a presser cannot answer for (they did not hold the dossier that long) stays with
        // the holder whose step overran.
        chargeHolder(p.row, min(left, p.overrun.plus(refused)), DelayCause.STEP_OVERRUN);
        chargeHolder(p.row, min(left, p.lateRecording), DelayCause.LATE_RECORDING);
      }
    }

    void holderAtDue() {
      Instant due = t.dueAt();
      for (StepRecord row : t.steps()) {
        if (left.isZero()) {
          break;
        }
        Instant heldEnd = row.heldUntil().orElse(clockEnd);
        OptionalInt endEvent = row.heldUntilEventIndex();
        if (!heldEnd.isBefore(clockEnd)) {
          heldEnd = clockEnd;
          endEvent = t.endEventIndex();
        }
        Instant from = row.startedAt().isAfter(due) ? row.startedAt() : due;
        if (!heldEnd.isAfter(from)) {
          continue;
        }
        Duration c =
            min(left, min(calendar.workingTimeBetween(from, heldEnd), row.clockTimeHeld()));
        if (c.isZero()) {
          continue;
        }
        left = left.minus(c);
        shares.add(
            stepShare(row, c, DelayCause.HELD_AT_DUE, row.holderOfficial(), from, heldEnd)
                .endEventIndex(endEvent)
                .explanation(
                    Sentences.heldAtDue(row, c, from, heldEnd, clock, row.startedAt().isAfter(due)))
                .build());
      }
    }

    private Parts parts(StepRecord row) {
      Parts p = new Parts(row);
      Duration overrun = overrunBeforeClockEnd(row, clockEnd);
      if (timeline == Timeline.RECORDED) {
        Duration late = overrun.minus(occurredOverrun(row));
        if (late.isNegative()) {
          late = Duration.ZERO;
        }
        p.lateRecording = late;
        overrun = overrun.minus(late);
      }
      Instant workEnd = workEnd(row, clockEnd);
      for (PauseRecord pause : t.pauses()) {
        boolean invalid = pause.isInvalid();
        boolean applicant = !pause.isClockStopped() && pause.kind() != PauseKind.REASON_CODE;
        if (!invalid && !applicant) {
          continue;
        }
        Duration inside = overlap(pause, row.startedAt(), workEnd);
        Duration c = min(overrun, inside);
        if (c.isZero()) {
          continue;
        }
        overrun = overrun.minus(c);
        p.add(invalid, pause, c);
      }
      p.overrun = overrun;
      return p;
    }

    /**
     * The part of a row's overrun that lies before the clock stopped: the overrun is the time used
     * past the step's due instant, and only time on the clock can be delay. A row can run past the
     * end of the clock when the dossier is handed on after the result is ready.
     */
    private Duration overrunBeforeClockEnd(StepRecord row, Instant end) {
      Instant workEnd = workEnd(row, end);
      if (row.dueAt().isEmpty() || !workEnd.isAfter(row.dueAt().get())) {
        return Duration.ZERO;
      }
      return min(row.overrun(), calendar.workingTimeBetween(row.dueAt().get(), workEnd));
    }

    private Duration occurredOverrun(StepRecord row) {
      TimelineEvaluation o = evaluation.occurred();
      Instant end = o.endedAt().orElse(evaluation.asOf());
      for (StepRecord r : o.steps()) {
        if (r.startEventIndex() == row.startEventIndex()) {
          return overrunBeforeClockEnd(r, end);
        }
      }
      return Duration.ZERO;
    }

    private Duration overlap(PauseRecord pause, Instant start, Instant end) {
      Instant a = pause.startedAt().isAfter(start) ? pause.startedAt() : start;
      Instant pauseEnd = pause.endedAt().orElse(clockEnd);
      Instant b = pauseEnd.isBefore(end) ? pauseEnd : end;
      return b.isAfter(a) ? calendar.workingTimeBetween(a, b) : Duration.ZERO;
    }

    private Duration accept(Optional<String> official, Duration amount) {
      if (official.isEmpty()) {
        return amount;
      }
      Duration cap = capLeft.getOrDefault(official.get(), Duration.ZERO);
      Duration c = min(cap, amount);
      capLeft.put(official.get(), cap.minus(c));
      return c;
    }

    private void chargeHolder(StepRecord row, Duration amount, DelayCause cause) {
      if (amount.isZero()) {
        return;
      }
      Duration c = accept(row.holderOfficial(), amount);
      if (c.isZero()) {
        return;
      }
      left = left.minus(c);
      // c > 0 only if the step has a due instant before the end of its work on the clock
      Instant from = row.dueAt().orElseThrow();
      Instant until = workEnd(row, clockEnd);
      shares.add(
          stepShare(row, c, cause, row.holderOfficial(), from, until)
              .explanation(Sentences.step(row, c, cause, clock, until))
              .build());
    }

    /** Charges the official who pressed an invalid pause; returns what they cannot answer for. */
    private Duration chargePresser(StepRecord row, PauseRecord pause, Duration amount) {
      if (amount.isZero()) {
        return Duration.ZERO;
      }
      Duration c = accept(pause.official(), amount);
      if (c.isZero()) {
        return amount;
      }
      left = left.minus(c);
      Instant until = earlier(pause.endedAt().orElse(clockEnd), clockEnd);
      shares.add(
          DelayShare.builder()
              .party(PartyKind.OFFICIAL)
              .cause(DelayCause.INVALID_PAUSE)
              .amount(c)
              .official(pause.official())
              .unit(pause.unit())
              .agency(row.agency())
              .ledgerRow(row.index())
              .stepId(row.stepId())
              .stepName(row.stepName())
              .startEventIndex(pause.startEventIndex())
              .endEventIndex(pause.endEventIndex())
              .allotment(row.allotment())
              .allottedTime(row.allottedTime())
              .timeUsed(row.timeUsed())
              .intervalStart(pause.startedAt())
              .intervalEnd(until)
              .skippedDays(skipped(pause.startedAt(), until))
              .explanation(Sentences.invalidPause(row, pause, c, clock, until))
              .build());
      return amount.minus(c);
    }

    private void chargeApplicant(StepRecord row, PauseRecord pause, Duration amount) {
      if (amount.isZero()) {
        return;
      }
      left = left.minus(amount);
      Instant until = earlier(pause.endedAt().orElse(clockEnd), clockEnd);
      shares.add(
          DelayShare.builder()
              .party(PartyKind.APPLICANT)
              .cause(DelayCause.APPLICANT_WAIT)
              .amount(amount)
              .ledgerRow(row.index())
              .stepId(row.stepId())
              .stepName(row.stepName())
              .startEventIndex(pause.startEventIndex())
              .endEventIndex(pause.endEventIndex())
              .allotment(row.allotment())
              .allottedTime(row.allottedTime())
              .timeUsed(row.timeUsed())
              .intervalStart(pause.startedAt())
              .intervalEnd(until)
              .skippedDays(skipped(pause.startedAt(), until))
              .explanation(Sentences.applicantWait(pause, amount, clock, until))
              .build());
    }

    private DelayShare.Builder stepShare(
        StepRecord row,
        Duration amount,
        DelayCause cause,
        Optional<String> official,
        Instant from,
        Instant until) {
      return DelayShare.builder()
          .party(PartyKind.OFFICIAL)
          .cause(cause)
          .amount(amount)
          .official(official)
          .unit(row.holderUnit())
          .agency(row.agency())
          .ledgerRow(row.index())
          .stepId(row.stepId())
          .stepName(row.stepName())
          .startEventIndex(row.startEventIndex())
          .endEventIndex(row.endEventIndex())
          .allotment(row.allotment())
          .allottedTime(row.allottedTime())
          .timeUsed(row.timeUsed())
          .intervalStart(from)
          .intervalEnd(until)
          .skippedDays(skipped(from, until));
    }

    List<DelayShare> finish() {
      if (!left.isZero()) {
        Instant from = t.dueAt().isBefore(clockEnd) ? t.dueAt() : clockEnd;
        shares.add(
            DelayShare.builder()
                .party(PartyKind.UNATTRIBUTED)
                .cause(DelayCause.UNATTRIBUTED)
                .amount(left)
                .intervalStart(from)
                .intervalEnd(clockEnd)
                .skippedDays(skipped(from, clockEnd))
                .explanation(Sentences.unattributed(left, t, method, clock))
                .build());
        left = Duration.ZERO;
      }
      return shares;
    }

    private List<CalendarDay> skipped(Instant from, Instant until) {
      long first = clock.epochDay(from);
      long last = clock.epochDay(until);
      if (last < first) {
        return List.of();
      }
      List<CalendarDay> days = List.of(); // most intervals skip no day
      LocalDate d = LocalDate.ofEpochDay(first);
      for (long day = first; day <= last; day++, d = d.plusDays(1)) {
        if (!calendar.isWorkingDay(d)) {
          if (days.isEmpty()) {
            days = new ArrayList<>(4);
          }
          days.add(calendar.day(d));
        }
      }
      return days;
    }
  }

  /**
   * The parts of one ledger row's overrun, by cause. The pauses in each list are distinct, each
   * taken once, in the timeline's order (lists rather than maps keyed by pause: hashing a pause
   * record hashes all its fields).
   */
  private static final class Parts {
    final StepRecord row;
    List<PauseRecord> invalidPauses = List.of();
    List<Duration> invalidPaused = List.of();
    List<PauseRecord> applicantWaits = List.of();
    List<Duration> applicantWaited = List.of();
    Duration overrun = Duration.ZERO;
    Duration lateRecording = Duration.ZERO;

    Parts(StepRecord row) {
      this.row = row;
    }

    void add(boolean invalid, PauseRecord pause, Duration amount) {
      if (invalid) {
        if (invalidPauses.isEmpty()) {
          invalidPauses = new ArrayList<>(2);
          invalidPaused = new ArrayList<>(2);
        }
        invalidPauses.add(pause);
        invalidPaused.add(amount);
      } else {
        if (applicantWaits.isEmpty()) {
          applicantWaits = new ArrayList<>(2);
          applicantWaited = new ArrayList<>(2);
        }
        applicantWaits.add(pause);
        applicantWaited.add(amount);
      }
    }
  }

  /** The end of a row's work, no later than the end of the clock. */
  static Instant workEnd(StepRecord row, Instant clockEnd) {
    return earlier(row.endedAt().orElse(clockEnd), clockEnd);
  }

  static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
