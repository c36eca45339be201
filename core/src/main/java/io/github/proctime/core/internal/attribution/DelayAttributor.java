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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Splits one timeline's delay into shares; see {@link AttributionMethod} for the rules. */
public final class DelayAttributor {
  private static final CalendarDay[] NO_DAYS = {};
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
    Run run = new Run(evaluation, timeline, t, delay.toNanos(), result);
    if (method == AttributionMethod.HOLDER_AT_DUE) {
      run.holderAtDue();
    } else {
      run.stepOverrun();
    }
    run.finish();
    return result.build();
  }

  /**
   * One attribution in progress: the delay left, the charges per official, the shares. Amounts are
   * kept as working nanoseconds rather than {@link Duration}s, and each record's optional fields
   * are read once where they are read in a loop: both allocated on every step and were much of an
   * attribution's cost in bulk.
   */
  private final class Run {
    private final Evaluation evaluation;
    private final Timeline timeline;
    private final TimelineEvaluation t;
    private final Instant clockEnd;
    // The shares go straight into the attribution's builder, in the order they are made.
    private final Attribution.Builder shares;
    // What each holding official can still answer for; a linear scan: a dossier has a few holders.
    private String[] capOfficials;
    private long[] capLeft;
    private int caps;
    private long left;
    // The skipped days of the share being made, filled by skipped(): made at the first.
    private CalendarDay[] skippedDays = NO_DAYS;

    Run(
        Evaluation evaluation,
        Timeline timeline,
        TimelineEvaluation t,
        long delay,
        Attribution.Builder shares) {
      this.evaluation = evaluation;
      this.timeline = timeline;
      this.t = t;
      this.clockEnd = t.endedAt().orElse(evaluation.asOf());
      this.left = delay;
      this.shares = shares;
    }

    void stepOverrun() {
      List<StepRecord> steps = t.steps();
      int rows = steps.size();
      // An official answers for at most the clock time they held the dossier.
      capOfficials = new String[rows];
      capLeft = new long[rows];
      for (int i = 0; i < rows; i++) {
        StepRecord row = steps.get(i);
        Optional<String> official = row.holderOfficial();
        if (official.isPresent()) {
          int k = cap(official.get());
          long held = row.clockTimeHeld().toNanos();
          if (k < 0) {
            addCap(official.get(), held);
          } else {
            capLeft[k] += held;
          }
        }
      }
      Parts parts = new Parts(rows, t.pauses(), clockEnd);
      for (int i = 0; i < rows; i++) {
        parts(parts, i, steps.get(i));
      }
      if (timeline == Timeline.RECORDED) {
        // What the recorded timeline adds to the occurred one is late recording: charge it first.
        long extra = Math.min(left, t.delay().toNanos() - evaluation.occurred().delay().toNanos());
        if (extra < 0) {
          extra = 0;
        }
        for (int i = 0; i < rows; i++) {
          if (extra == 0) {
            break;
          }
          long c = Math.min(extra, parts.lateRecording[i]);
          extra -= c;
          parts.lateRecording[i] -= c;
          chargeHolder(steps.get(i), c, DelayCause.LATE_RECORDING);
        }
      }
      for (int i = 0; i < rows; i++) {
        StepRecord row = steps.get(i);
        int from = parts.firstCharge(i);
        int to = parts.endOfCharges(i);
        for (int k = from; k < to; k++) {
          if (!parts.invalid[k]) {
            chargeApplicant(row, parts.pause(k), Math.min(left, parts.amount[k]));
          }
        }
        long refused = 0;
        for (int k = from; k < to; k++) {
          if (parts.invalid[k]) {
            refused += chargePresser(row, parts.pause(k), Math.min(left, parts.amount[k]));
          }
        }
        // What a presser cannot answer for (they did not hold the dossier that long) stays with
        // the holder whose step overran.
        chargeHolder(row, Math.min(left, parts.overrun[i] + refused), DelayCause.STEP_OVERRUN);
        chargeHolder(row, Math.min(left, parts.lateRecording[i]), DelayCause.LATE_RECORDING);
      }
    }

    private void addCap(String official, long amount) {
      if (caps == capLeft.length) {
        capOfficials = Arrays.copyOf(capOfficials, caps * 2 + 1);
        capLeft = Arrays.copyOf(capLeft, caps * 2 + 1);
      }
      capOfficials[caps] = official;
      capLeft[caps++] = amount;
    }

    private int cap(String official) {
      for (int k = 0; k < caps; k++) {
        if (capOfficials[k].equals(official)) {
          return k;
        }
      }
      return -1;
    }

    void holderAtDue() {
      Instant due = t.dueAt();
      for (StepRecord row : t.steps()) {
        if (left == 0) {
          break;
        }
        Instant heldEnd = row.heldUntil().orElse(clockEnd);
        OptionalInt endEvent = row.heldUntilEventIndex();
        if (!heldEnd.isBefore(clockEnd)) {
          heldEnd = clockEnd;
          endEvent = t.endEventIndex();
        }
        Instant started = row.startedAt();
        boolean later = started.isAfter(due);
        Instant from = later ? started : due;
        if (!heldEnd.isAfter(from)) {
          continue;
        }
        long c =
            Math.min(
                left,
                Math.min(
                    calendar.workingTimeBetween(from, heldEnd).toNanos(),
                    row.clockTimeHeld().toNanos()));
        if (c == 0) {
          continue;
        }
        left -= c;
        Optional<String> official = row.holderOfficial();
        Optional<String> unit = row.holderUnit();
        Optional<String> agency = row.agency();
        Optional<String> stepId = row.stepId();
        Optional<String> stepName = row.stepName();
        String explanation =
            Sentences.heldAtDue(
                official, unit, agency, stepId, stepName, row, c, from, heldEnd, clock, later);
        addShare(
            DelayCause.HELD_AT_DUE,
            c,
            official,
            unit,
            agency,
            row,
            stepId,
            stepName,
            row.startEventIndex(),
            endEvent,
            from,
            heldEnd,
            skipped(from, heldEnd),
            explanation);
      }
    }

    private void parts(Parts parts, int i, StepRecord row) {
      Optional<Instant> endedAt = row.endedAt();
      Instant workEnd = earlier(endedAt.orElse(clockEnd), clockEnd);
      long overrun = overrunBeforeClockEnd(row, workEnd);
      if (timeline == Timeline.RECORDED) {
        long late = overrun - occurredOverrun(row);
        if (late < 0) {
          late = 0;
        }
        parts.lateRecording[i] = late;
        overrun -= late;
      }
      Instant started = row.startedAt();
      for (int p = 0; p < parts.pauseCount; p++) {
        if (!parts.counted[p]) {
          continue;
        }
        long inside = overlap(parts.pauseStart[p], parts.pauseEnd[p], started, workEnd);
        long c = Math.min(overrun, inside);
        if (c == 0) {
          continue;
        }
        overrun -= c;
        parts.add(p, c);
      }
      parts.overrun[i] = overrun;
      parts.rowStart[i + 1] = parts.charges;
    }

    /**
     * The part of a row's overrun that lies before the clock stopped: the overrun is the time used
     * past the step's due instant, and only time on the clock can be delay. A row can run past the
     * end of the clock when the dossier is handed on after the result is ready.
     *
     * @param workEnd the end of the row's work, no later than the end of the clock
     */
    private long overrunBeforeClockEnd(StepRecord row, Instant workEnd) {
      Optional<Instant> due = row.dueAt();
      if (due.isEmpty() || !workEnd.isAfter(due.get())) {
        return 0;
      }
      return Math.min(
          row.overrun().toNanos(), calendar.workingTimeBetween(due.get(), workEnd).toNanos());
    }

    private long occurredOverrun(StepRecord row) {
      TimelineEvaluation o = evaluation.occurred();
      Instant end = o.endedAt().orElse(evaluation.asOf());
      for (StepRecord r : o.steps()) {
        if (r.startEventIndex() == row.startEventIndex()) {
          return overrunBeforeClockEnd(r, workEnd(r, end));
        }
      }
      return 0;
    }

    private long overlap(Instant pauseStart, Instant pauseEnd, Instant start, Instant end) {
      Instant a = pauseStart.isAfter(start) ? pauseStart : start;
      Instant b = pauseEnd.isBefore(end) ? pauseEnd : end;
      return b.isAfter(a) ? calendar.workingTimeBetween(a, b).toNanos() : 0;
    }

    private long accept(Optional<String> official, long amount) {
      if (official.isEmpty()) {
        return amount;
      }
      int k = cap(official.get());
      long cap = k < 0 ? 0 : capLeft[k]; // an official who held nothing answers for nothing
      long c = Math.min(cap, amount);
      if (k >= 0) {
        capLeft[k] = cap - c;
      } else if (cap != c) {
        // Only a negative amount (working time measured backwards, as across a zone's clocks
        // moving back) leaves what is not zero, the default of an official not yet seen.
        addCap(official.get(), cap - c);
      }
      return c;
    }

    private void chargeHolder(StepRecord row, long amount, DelayCause cause) {
      if (amount == 0) {
        return;
      }
      Optional<String> official = row.holderOfficial();
      long c = accept(official, amount);
      if (c == 0) {
        return;
      }
      left -= c;
      // c > 0 only if the step has a due instant before the end of its work on the clock
      Instant from = row.dueAt().orElseThrow();
      Optional<Instant> endedAt = row.endedAt();
      Instant until = earlier(endedAt.orElse(clockEnd), clockEnd);
      Optional<String> unit = row.holderUnit();
      Optional<String> agency = row.agency();
      Optional<String> stepId = row.stepId();
      Optional<String> stepName = row.stepName();
      String explanation =
          Sentences.step(
              official, unit, agency, stepId, stepName, endedAt, row, c, cause, clock, until);
      addShare(
          cause,
          c,
          official,
          unit,
          agency,
          row,
          stepId,
          stepName,
          row.startEventIndex(),
          row.endEventIndex(),
          from,
          until,
          skipped(from, until),
          explanation);
    }

    /** Charges the official who pressed an invalid pause; returns what they cannot answer for. */
    private long chargePresser(StepRecord row, PauseRecord pause, long amount) {
      if (amount == 0) {
        return 0;
      }
      Optional<String> official = pause.official();
      long c = accept(official, amount);
      if (c == 0) {
        return amount;
      }
      left -= c;
      Instant until = earlier(pause.endedAt().orElse(clockEnd), clockEnd);
      Optional<String> unit = pause.unit();
      Optional<String> agency = row.agency();
      Optional<String> stepId = row.stepId();
      Optional<String> stepName = row.stepName();
      Instant from = pause.startedAt();
      String explanation =
          Sentences.invalidPause(
              official, unit, agency, stepId, stepName, row, pause, c, clock, until);
      addShare(
          DelayCause.INVALID_PAUSE,
          c,
          official,
          unit,
          agency,
          row,
          stepId,
          stepName,
          pause.startEventIndex(),
          pause.endEventIndex(),
          from,
          until,
          skipped(from, until),
          explanation);
      return amount - c;
    }

    private void chargeApplicant(StepRecord row, PauseRecord pause, long amount) {
      if (amount == 0) {
        return;
      }
      left -= amount;
      Instant until = earlier(pause.endedAt().orElse(clockEnd), clockEnd);
      Instant from = pause.startedAt();
      String explanation = Sentences.applicantWait(pause, amount, clock, until);
      DelayShare.Builder share =
          DelayShare.builder()
              .party(PartyKind.APPLICANT)
              .cause(DelayCause.APPLICANT_WAIT)
              .amount(Duration.ofNanos(amount))
              .ledgerRow(row.index())
              .stepId(row.stepId())
              .stepName(row.stepName())
              .startEventIndex(pause.startEventIndex())
              .endEventIndex(pause.endEventIndex())
              .allotment(row.allotment())
              .allottedTime(row.allottedTime())
              .timeUsed(row.timeUsed())
              .intervalStart(from)
              .intervalEnd(until);
      addSkippedDays(share, skipped(from, until));
      shares.addShares(share.explanation(explanation).build());
    }

    /**
     * Adds an official's share of a ledger row, its explanation and {@link #skipped} days made. A
     * method of its own, small, so that the JIT compiler inlines the share's builder and does not
     * allocate it: inside the charging methods, with the sentences, it allocated the builder and
     * called each of its setters.
     */
    private void addShare(
        DelayCause cause,
        long amount,
        Optional<String> official,
        Optional<String> unit,
        Optional<String> agency,
        StepRecord row,
        Optional<String> stepId,
        Optional<String> stepName,
        int startEvent,
        OptionalInt endEvent,
        Instant from,
        Instant until,
        int skipped,
        String explanation) {
      DelayShare.Builder share =
          DelayShare.builder()
              .party(PartyKind.OFFICIAL)
              .cause(cause)
              .amount(Duration.ofNanos(amount))
              .official(official)
              .unit(unit)
              .agency(agency)
              .ledgerRow(row.index())
              .stepId(stepId)
              .stepName(stepName)
              .startEventIndex(startEvent)
              .endEventIndex(endEvent)
              .allotment(row.allotment())
              .allottedTime(row.allottedTime())
              .timeUsed(row.timeUsed())
              .intervalStart(from)
              .intervalEnd(until);
      addSkippedDays(share, skipped);
      shares.addShares(share.explanation(explanation).build());
    }

    void finish() {
      if (left != 0) {
        Instant from = t.dueAt().isBefore(clockEnd) ? t.dueAt() : clockEnd;
        String explanation = Sentences.unattributed(left, t, method, clock);
        DelayShare.Builder share =
            DelayShare.builder()
                .party(PartyKind.UNATTRIBUTED)
                .cause(DelayCause.UNATTRIBUTED)
                .amount(Duration.ofNanos(left))
                .intervalStart(from)
                .intervalEnd(clockEnd);
        addSkippedDays(share, skipped(from, clockEnd));
        shares.addShares(share.explanation(explanation).build());
        left = 0;
      }
    }

    /**
     * Finds the days from one instant's date to another's that are not working days: puts them in
     * {@link #skippedDays} and returns how many. The dates come from the clock's dates rather than
     * one made per day.
     */
    private int skipped(Instant from, Instant until) {
      long first = clock.epochDay(from);
      long last = clock.epochDay(until);
      int n = 0;
      for (long day = first; day <= last; day++) {
        LocalDate d = clock.date(day);
        if (!calendar.isWorkingDay(d)) {
          if (n == skippedDays.length) {
            skippedDays = Arrays.copyOf(skippedDays, Math.max(4, n * 2));
          }
          skippedDays[n++] = calendar.day(d);
        }
      }
      return n;
    }

    /** Adds the first {@code count} of {@link #skippedDays} to a share. */
    private void addSkippedDays(DelayShare.Builder share, int count) {
      for (int k = 0; k < count; k++) {
        share.addSkippedDays(skippedDays[k]);
      }
    }
  }

  /**
   * The parts of each ledger row's overrun, by cause: what is left of the overrun, the late
   * recording, and the charges of the pauses that overlap the row, row after row, each row's in the
   * timeline's order of the pauses. Flat arrays rather than lists per row or maps keyed by pause:
   * hashing a pause record hashes all its fields, and most rows have no charge at all.
   */
  private static final class Parts {
    // Most rows overlap no pause that is charged.
    private static final int[] NO_PAUSES = {};
    private static final boolean[] NO_MARKS = {};
    private static final long[] NO_AMOUNTS = {};
    final long[] overrun;
    final long[] lateRecording;
    final int[] rowStart; // the first charge of each row; rowStart[rows] ends the last
    final List<PauseRecord> pauses;
    final int pauseCount;
    // Per pause: whether it can be charged (invalid, or an applicant's wait that runs the clock),
    // and its interval on the clock, read once rather than once per row.
    final boolean[] counted;
    final Instant[] pauseStart;
    final Instant[] pauseEnd;
    final boolean[] pauseInvalid;
    // The charges: the pause, whether it is invalid, the amount.
    int[] pauseOf = NO_PAUSES;
    boolean[] invalid = NO_MARKS;
    long[] amount = NO_AMOUNTS;
    int charges;

    Parts(int rows, List<PauseRecord> pauses, Instant clockEnd) {
      overrun = new long[rows];
      lateRecording = new long[rows];
      rowStart = new int[rows + 1];
      this.pauses = pauses;
      pauseCount = pauses.size();
      counted = new boolean[pauseCount];
      pauseStart = new Instant[pauseCount];
      pauseEnd = new Instant[pauseCount];
      pauseInvalid = new boolean[pauseCount];
      for (int p = 0; p < pauseCount; p++) {
        PauseRecord pause = pauses.get(p);
        boolean isInvalid = pause.isInvalid();
        boolean applicant = !pause.isClockStopped() && pause.kind() != PauseKind.REASON_CODE;
        if (isInvalid || applicant) {
          counted[p] = true;
          pauseInvalid[p] = isInvalid;
          pauseStart[p] = pause.startedAt();
          pauseEnd[p] = pause.endedAt().orElse(clockEnd);
        }
      }
    }

    void add(int pause, long c) {
      if (charges == amount.length) {
        int capacity = Math.max(4, charges * 2);
        pauseOf = Arrays.copyOf(pauseOf, capacity);
        invalid = Arrays.copyOf(invalid, capacity);
        amount = Arrays.copyOf(amount, capacity);
      }
      pauseOf[charges] = pause;
      invalid[charges] = pauseInvalid[pause];
      amount[charges] = c;
      charges++;
    }

    int firstCharge(int row) {
      return rowStart[row];
    }

    int endOfCharges(int row) {
      return rowStart[row + 1];
    }

    PauseRecord pause(int charge) {
      return pauses.get(pauseOf[charge]);
    }
  }

  /** The end of a row's work, no later than the end of the clock. */
  static Instant workEnd(StepRecord row, Instant clockEnd) {
    return earlier(row.endedAt().orElse(clockEnd), clockEnd);
  }

  static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
