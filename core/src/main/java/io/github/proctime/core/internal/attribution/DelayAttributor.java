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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Splits one timeline's delay into shares; see {@link AttributionMethod} for the rules. */
public final class DelayAttributor {
  private final WorkingCalendar calendar;
  private final AttributionMethod method;

  /**
   * An attributor.
   *
   * @param calendar the calendar the evaluations were made with
   * @param method the method
   */
  public DelayAttributor(WorkingCalendar calendar, AttributionMethod method) {
    this.calendar = calendar;
    this.method = method;
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
      for (StepRecord row : t.steps()) {
        row.holderOfficial().ifPresent(o -> capLeft.merge(o, row.timeUsed(), Duration::plus));
      }
      List<Parts> parts = new ArrayList<>();
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
        for (Map.Entry<PauseRecord, Duration> e : p.applicantWaits.entrySet()) {
          chargeApplicant(p.row, e.getKey(), min(left, e.getValue()));
        }
        for (Map.Entry<PauseRecord, Duration> e : p.invalidPauses.entrySet()) {
          chargePresser(p.row, e.getKey(), min(left, e.getValue()));
        }
        chargeHolder(p.row, min(left, p.overrun), DelayCause.STEP_OVERRUN);
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
        Duration c = min(left, calendar.workingTimeBetween(from, heldEnd));
        if (c.isZero()) {
          continue;
        }
        left = left.minus(c);
        shares.add(
            stepShare(row, c, DelayCause.HELD_AT_DUE, row.holderOfficial(), from, heldEnd)
                .endEventIndex(endEvent)
                .explanation(
                    Sentences.heldAtDue(
                        row, c, from, heldEnd, calendar.zone(), row.startedAt().isAfter(due)))
                .build());
      }
    }

    private Parts parts(StepRecord row) {
      Parts p = new Parts(row);
      Duration overrun = row.overrun();
      if (timeline == Timeline.RECORDED) {
        Duration onOccurred = occurredOverrun(row);
        Duration late = overrun.minus(onOccurred);
        if (late.isNegative()) {
          late = Duration.ZERO;
        }
        p.lateRecording = late;
        overrun = overrun.minus(late);
      }
      Instant workEnd = row.endedAt().orElse(clockEnd);
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
        (invalid ? p.invalidPauses : p.applicantWaits).merge(pause, c, Duration::plus);
      }
      p.overrun = overrun;
      return p;
    }

    private Duration occurredOverrun(StepRecord row) {
      for (StepRecord o : evaluation.occurred().steps()) {
        if (o.startEventIndex() == row.startEventIndex()) {
          return o.overrun();
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
      Instant from = row.dueAt().orElse(row.startedAt());
      Instant until = row.endedAt().orElse(clockEnd);
      if (until.isBefore(from)) {
        from = row.startedAt();
      }
      shares.add(
          stepShare(row, c, cause, row.holderOfficial(), from, until)
              .explanation(Sentences.step(row, c, cause, calendar.zone(), until))
              .build());
    }

    private void chargePresser(StepRecord row, PauseRecord pause, Duration amount) {
      if (amount.isZero()) {
        return;
      }
      Duration c = accept(pause.official(), amount);
      if (c.isZero()) {
        return;
      }
      left = left.minus(c);
      Instant until = pause.endedAt().orElse(clockEnd);
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
              .from(pause.startedAt())
              .until(until)
              .skippedDays(skipped(pause.startedAt(), until))
              .explanation(Sentences.invalidPause(row, pause, c, calendar.zone(), until))
              .build());
    }

    private void chargeApplicant(StepRecord row, PauseRecord pause, Duration amount) {
      if (amount.isZero()) {
        return;
      }
      left = left.minus(amount);
      Instant until = pause.endedAt().orElse(clockEnd);
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
              .from(pause.startedAt())
              .until(until)
              .skippedDays(skipped(pause.startedAt(), until))
              .explanation(Sentences.applicantWait(pause, amount, calendar.zone(), until))
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
          .from(from)
          .until(until)
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
                .from(from)
                .until(clockEnd)
                .skippedDays(skipped(from, clockEnd))
                .explanation(Sentences.unattributed(left, t, method, calendar.zone()))
                .build());
        left = Duration.ZERO;
      }
      return shares;
    }

    private List<CalendarDay> skipped(Instant from, Instant until) {
      LocalDate first = from.atZone(calendar.zone()).toLocalDate();
      LocalDate last = until.atZone(calendar.zone()).toLocalDate();
      List<CalendarDay> days = new ArrayList<>();
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        if (!calendar.isWorkingDay(d)) {
          days.add(calendar.day(d));
        }
      }
      return days;
    }
  }

  /** The parts of one ledger row's overrun, by cause. */
  private static final class Parts {
    final StepRecord row;
    final Map<PauseRecord, Duration> invalidPauses = new LinkedHashMap<>();
    final Map<PauseRecord, Duration> applicantWaits = new LinkedHashMap<>();
    Duration overrun = Duration.ZERO;
    Duration lateRecording = Duration.ZERO;

    Parts(StepRecord row) {
      this.row = row;
    }
  }

  static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
