package io.github.proctime.core.internal;

import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.ApologyRecord;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.DossierState;
import io.github.proctime.core.EventType;
import io.github.proctime.core.ExplanationEntry;
import io.github.proctime.core.ExplanationKind;
import io.github.proctime.core.PauseKind;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.RescheduleEffect;
import io.github.proctime.core.RuleSet;
import io.github.proctime.core.Step;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimeUnit;
import io.github.proctime.core.Timeline;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.core.Verdict;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Replays the applied events of one timeline and reads the clock. */
final class TimelineRun {
  // The English day names, looked up once rather than through the locale data for every day.
  private static final String[] DAY_NAMES =
      Arrays.stream(DayOfWeek.values())
          .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .toArray(String[]::new);

  private final WorkingCalendar calendar;
  private final DueTimes dueTimes;
  private final Dossier dossier;
  private final List<DossierEvent> events;
  private final ProcedureVersion version;
  private final RuleSet rules;
  private final Instant asOf;
  private final int receipt;
  private final boolean[] skipped;
  private final Step[] knownSteps; // the step each event names, as the log check found it
  private final LogCheck check; // and the events' texts, read once
  private final Instant[] t;
  private final Timeline timeline;
  private final Texts texts;
  private final boolean explaining;

  private final Replay replayed;
  private final List<Row> rows;
  private final List<Pause> pauses;
  private final Pause[] open;
  private final List<Integer> apologies;
  private final List<Entry> entries = new ArrayList<>();
  private int supplementRequests;
  private int end = -1;
  // The working positions (WorkingCalendar.workingPosition) of the events' instants, computed once
  // each when first needed: a run measures most spans between the same few instants.
  private final long[] positions;
  private final boolean[] positioned;
  private long clockStartAt;
  private long clockEndAt;
  // The clock's bounds as instants: instants are clipped to them before their positions are looked
  // up, so an event outside the clock (after the end event, perhaps beyond the calendar's coverage)
  // is never measured, as when every span was measured with workingTimeBetween.
  private Instant clockStartInstant;
  private Instant clockEndInstant;
  private long asOfAt;
  private boolean asOfPositioned;

  TimelineRun(
      WorkingCalendar calendar,
      Dossier dossier,
      ProcedureVersion version,
      RuleSet rules,
      Instant asOf,
      int receipt,
      LogCheck check,
      Instant[] instants,
      Timeline timeline,
      Texts texts,
      boolean explaining,
      Replay shared) {
    this.calendar = calendar;
    this.dueTimes = new DueTimes(calendar, texts.clock());
    this.dossier = dossier;
    this.events = dossier.events();
    this.version = version;
    this.rules = rules;
    this.asOf = asOf;
    this.receipt = receipt;
    this.skipped = check.skipped;
    this.knownSteps = check.steps;
    this.check = check;
    this.t = instants;
    this.positions = new long[instants.length];
    this.positioned = new boolean[instants.length];
    this.timeline = timeline;
    this.texts = texts;
    this.explaining = explaining;
    if (shared != null && explaining) {
      // An explained replay writes texts with this timeline's instants: it cannot be shared.
      throw new IllegalStateException("An explaining run cannot share a replay");
    }
    this.replayed = shared != null ? shared : new Replay(events.size());
    this.rows = replayed.rows;
    this.pauses = replayed.pauses;
    this.open = replayed.open;
    this.apologies = replayed.apologies;
  }

  /**
   * The structure the replay of the log finds: the ledger's rows, the pauses, the apologies and the
   * end event, as event indices. It depends on the instants only through the first event applied
   * after the evaluation instant (see {@link #cut}), so two timelines with the same cut share one
   * replay (in bulk mode, where no explanation text is made while replaying).
   */
  static final class Replay {
    private static final int PAUSE_KINDS = PauseKind.values().length;
    final List<Row> rows;
    final List<Pause> pauses = new ArrayList<>(4);
    // The open pause of each kind, by ordinal (not an EnumMap: building one per run was 2 % of it).
    final Pause[] open = new Pause[PAUSE_KINDS];
    final List<Integer> apologies = new ArrayList<>(2);
    int supplementRequests;
    int end = -1;
    boolean done;

    /** An empty replay, filled by the first run that uses it. */
    Replay(int events) {
      rows = new ArrayList<>(events);
    }
  }

  /**
   * The index of the first event after the receipt that the log check applies and that happens
   * after the evaluation instant on a timeline, where the replay stops; the number of events if
   * none does.
   */
  static int cut(LogCheck check, int receipt, Instant[] instants, Instant asOf) {
    for (int i = receipt + 1; i < instants.length; i++) {
      if (!check.skipped[i] && instants[i].isAfter(asOf)) {
        return i;
      }
    }
    return instants.length;
  }

  /**
   * One holding of the dossier, a row of the ledger. The texts are null when absent, not empty
   * Optionals: an event's getters make a new Optional on every call, and a row kept them alive.
   */
  private static final class Row {
    final int start;
    final String holder;
    final String unit;
    final String from;
    final String fromUnit;
    final String step;
    int stepEnd = -1;
    int heldUntil = -1;

    Row(int start, String holder, String unit, String from, String fromUnit, String step) {
      this.start = start;
      this.holder = holder;
      this.unit = unit;
      this.from = from;
      this.fromUnit = fromUnit;
      this.step = step;
    }
  }

  /** One pause being replayed. */
  private static final class Pause {
    final PauseKind kind;
    final int start;
    final boolean stopsClock;
    int end = -1;

    Pause(PauseKind kind, int start, boolean stopsClock) {
      this.kind = kind;
      this.start = start;
      this.stopsClock = stopsClock;
    }
  }

  /** An explanation entry with its place for a stable sort. */
  private static final class Entry {
    final ExplanationEntry entry;
    final int order;

    Entry(ExplanationEntry entry, int order) {
      this.entry = entry;
      this.order = order;
    }
  }

  TimelineEvaluation run() {
    if (!replayed.done) {
      replay();
      replayed.supplementRequests = supplementRequests;
      replayed.end = end;
      replayed.done = true;
    }
    supplementRequests = replayed.supplementRequests;
    end = replayed.end;
    Instant receivedAt = t[receipt];
    LocalTime cutoff = version.intakeCutoff().orElse(rules.intakeCutoff());
    LocalDate receiptDate = dueTimes.date(receivedAt);
    Instant clockStart;
    DossierEvent received = events.get(receipt);
    if (explaining) {
      explain(
          ExplanationKind.RECEIVED,
          receivedAt,
          receipt,
          "Received "
              + texts.at(receivedAt)
              + received.official().map(o -> " by " + o).orElse("")
              + received.unit().map(u -> " (" + u + ")").orElse("")
              + "; rule set "
              + rules.id()
              + ", procedure version effective "
              + version.effectiveFrom()
              + ", processing time "
              + describe(version.processingTime()));
    }
    if (calendar.isWorkingDay(receiptDate) && dueTimes.time(receivedAt).isAfter(cutoff)) {
      clockStart = calendar.startOfWorkingDay(calendar.nextWorkingDay(receiptDate));
      if (explaining) {
        explain(
            ExplanationKind.AFTER_CUT_OFF,
            receivedAt,
            receipt,
            "Received after the intake cut-off "
                + cutoff
                + (version.intakeCutoff().isPresent()
                    ? " (the procedure's own)"
                    : " (rule set " + rules.id() + ", shared/domain/regulations.md §1.6-1.7)")
                + ": the clock starts at the next working day");
      }
    } else {
      clockStart = calendar.nextOrSameWorkingInstant(receivedAt);
      if (!clockStart.equals(receivedAt)) {
        if (explaining) {
          explain(
              ExplanationKind.OUTSIDE_WORKING_TIME,
              receivedAt,
              receipt,
              "Received outside working time: the clock starts at the next working instant");
        }
      }
    }
    if (explaining) {
      explain(
          ExplanationKind.CLOCK_STARTED, clockStart, -1, "Clock started " + texts.at(clockStart));
    }

    Instant statutoryDue = dueTimes.due(clockStart, version.processingTime(), rules.duePlacement());
    if (explaining) {
      explain(
          ExplanationKind.STATUTORY_DUE,
          statutoryDue,
          -1,
          "Statutory due "
              + texts.at(statutoryDue)
              + ": "
              + describe(version.processingTime())
              + " from "
              + texts.at(clockStart)
              + placementText());
    }
    Optional<Instant> printed = dossier.printedAppointment();
    Instant baseDue = printed.orElse(statutoryDue);
    if (printed.isPresent()) {
      if (explaining) {
        explain(
            ExplanationKind.PRINTED_APPOINTMENT,
            printed.get(),
            receipt,
            "Appointment printed on the receipt: "
                + texts.at(printed.get())
                + " (authoritative; the statutory due is "
                + texts.at(statutoryDue)
                + ")");
      }
    }

    Instant clockEnd = end >= 0 ? t[end] : asOf;
    if (clockEnd.isBefore(clockStart)) {
      clockEnd = clockStart;
    }
    clockStartInstant = clockStart;
    clockEndInstant = clockEnd;
    clockStartAt = calendar.workingPosition(clockStart);
    clockEndAt =
        clockEnd == clockStart
            ? clockStartAt
            : end >= 0 && clockEnd == t[end] ? position(end) : position(clockEnd);
    PausedTime legit = intervals(true);
    PausedTime invalid = intervals(false);
    Duration paused = legit.total();
    Instant legalDue = paused.isZero() ? baseDue : calendar.plusWorkingTime(baseDue, paused);
    Optional<Instant> rescheduled = Optional.empty();
    int rescheduleEvent = -1;
    for (int i : apologies) {
      if (events.get(i).newAppointment().isPresent()) {
        rescheduled = events.get(i).newAppointment();
        rescheduleEvent = i;
      }
    }
    Instant dueAt = legalDue;
    if (rules.rescheduleEffect() == RescheduleEffect.NEW_APPOINTMENT_IS_DUE
        && rescheduled.isPresent()) {
      Duration after =
          Duration.ofNanos(legit.totalNanos() - legit.upTo(clippedPosition(rescheduleEvent)));
      dueAt =
          after.isZero() ? rescheduled.get() : calendar.plusWorkingTime(rescheduled.get(), after);
    }
    if (!paused.isZero()) {
      if (explaining) {
        explain(
            ExplanationKind.DUE_EXTENDED,
            legalDue,
            -1,
            "Legitimate pauses of "
                + Texts.duration(paused)
                + " working time move the due time from "
                + texts.at(baseDue)
                + " to "
                + texts.at(legalDue));
      }
    }
    if (explaining) {
      explainSkippedDays(receivedAt, clockStart, statutoryDue, dueAt);
    }

    Duration allotted = Duration.ofNanos(position(dueAt) - clockStartAt - legit.totalNanos());
    Duration elapsed = Duration.ofNanos(clockEndAt - clockStartAt - legit.totalNanos());
    Instant dueSoonFrom = dueTimes.minusWorkingDays(dueAt, rules.dueSoonWorkingDays());
    // Both are the same function of an instant and a count; the default rule sets use one working
    // day for both, and most dossiers are due at their legal due time.
    Instant apologyDeadline =
        legalDue.equals(dueAt) && rules.apologyLeadWorkingDays() == rules.dueSoonWorkingDays()
            ? dueSoonFrom
            : dueTimes.minusWorkingDays(legalDue, rules.apologyLeadWorkingDays());

    // The records go straight into the builder, which copies its lists once more when it builds.
    TimelineEvaluation.Builder b = TimelineEvaluation.builder();
    for (Pause p : pauses) {
      b.addPauses(pauseRecord(p));
    }
    for (int i : apologies) {
      DossierEvent e = events.get(i);
      b.addApologies(
          ApologyRecord.builder()
              .eventIndex(i)
              .issuedAt(t[i])
              .official(e.official())
              .unit(e.unit())
              .newAppointment(e.newAppointment())
              .reason(e.reason())
              .timely(!t[i].isAfter(apologyDeadline))
              .build());
      if (explaining) {
        explain(
            ExplanationKind.APOLOGY_ISSUED,
            t[i],
            i,
            "Apology issued "
                + texts.at(t[i])
                + e.official().map(o -> " by " + o).orElse("")
                + e.reason().map(r -> ", reason " + r).orElse("")
                + (t[i].isAfter(apologyDeadline)
                    ? ", after the apology deadline " + texts.at(apologyDeadline)
                    : ", by the apology deadline " + texts.at(apologyDeadline)));
      }
      if (e.newAppointment().isPresent()) {
        if (explaining) {
          explain(
              ExplanationKind.RESCHEDULED,
              t[i],
              i,
              "New appointment "
                  + texts.at(e.newAppointment().get())
                  + (rules.rescheduleEffect() == RescheduleEffect.LEGAL_DUE_STANDS
                      ? " (lateness is still judged against the legal due time)"
                      : " (it replaces the due time)"));
        }
      }
    }

    DossierState state = state(dueAt, dueSoonFrom);
    boolean missed =
        rescheduled.isPresent()
            && (end >= 0 ? t[end] : asOf).isAfter(rescheduled.get())
            && (end >= 0 || state.isInProgress());
    addSteps(b, clockStart, legit, invalid);
    if (end >= 0) {
      if (explaining) {
        explain(
            ExplanationKind.ENDED,
            t[end],
            end,
            events.get(end).type().vietnameseLabel()
                + " ("
                + events.get(end).type()
                + ") "
                + texts.at(t[end])
                + " against the due time "
                + texts.at(dueAt)
                + ": "
                + state
                + " ("
                + state.vietnameseLabel()
                + ")");
      }
    }
    if (explaining) {
      entries.sort(
          Comparator.comparing((Entry e) -> e.entry.at()).thenComparingInt((Entry e) -> e.order));
      for (Entry e : entries) {
        b.addExplanation(e.entry);
      }
      b.addExplanation(
          ExplanationEntry.builder()
              .kind(ExplanationKind.STATE)
              .at(asOf)
              .text(
                  "As of "
                      + texts.at(asOf)
                      + " on the "
                      + timeline.name().toLowerCase(Locale.ROOT)
                      + " timeline: "
                      + state
                      + " ("
                      + state.vietnameseLabel()
                      + "), due "
                      + texts.at(dueAt)
                      + ", elapsed "
                      + Texts.duration(elapsed)
                      + ", remaining "
                      + Texts.duration(allotted.minus(elapsed))
                      + " of working time")
              .build());
    }

    Duration invalidTotal =
        Duration.ofNanos(invalidBetween(invalid, legit, clockStartAt, clockEndAt));
    b.timeline(timeline)
        .receivedAt(receivedAt)
        .clockStart(clockStart)
        .statutoryDue(statutoryDue)
        .printedAppointment(printed)
        .baseDue(baseDue)
        .rescheduledAppointment(rescheduled)
        .dueAt(dueAt)
        .dueSoonFrom(dueSoonFrom)
        .apologyDeadline(apologyDeadline)
        .allotted(allotted)
        .elapsed(elapsed)
        .legitimatelyPaused(paused)
        .invalidlyPaused(invalidTotal)
        .state(state)
        .supplementRequests(supplementRequests)
        .rescheduledAppointmentMissed(missed);
    if (end >= 0) {
      b.endedAt(t[end]).endEventIndex(end);
    }
    return b.build();
  }

  private void replay() {
    for (int i = receipt; i < events.size(); i++) {
      if (skipped[i]) {
        continue;
      }
      if (i != receipt && t[i].isAfter(asOf)) {
        break;
      }
      DossierEvent e = events.get(i);
      Row current = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      switch (e.type()) {
        case RECEIVED:
          rows.add(new Row(i, check.officials[i], check.units[i], null, null, check.stepIds[i]));
          break;
        case HANDED_OVER:
          if (current != null) {
            if (current.stepEnd < 0) {
              current.stepEnd = i;
            }
            current.heldUntil = i;
          }
          rows.add(
              new Row(
                  i,
                  check.toOfficials[i],
                  check.toUnits[i],
                  check.officials[i],
                  check.units[i],
                  check.stepIds[i]));
          break;
        case STEP_COMPLETED:
        case RESULT_READY:
          if (current != null && current.stepEnd < 0) {
            current.stepEnd = i;
          }
          if (e.type() == EventType.RESULT_READY && end < 0) {
            end = i;
          }
          break;
        case SUPPLEMENT_REQUESTED:
          supplementRequests++;
          openPause(PauseKind.SUPPLEMENT, i, true, "Supplement requested");
          break;
        case FINANCIAL_OBLIGATION_REQUESTED:
          openPause(
              PauseKind.FINANCIAL_OBLIGATION,
              i,
              rules.financialObligationStopsClock(),
              "Financial obligation requested");
          break;
        case PAUSED:
          Optional<String> reason = e.reason();
          openPause(
              PauseKind.REASON_CODE,
              i,
              reason.isPresent() && rules.clockStoppingPauseReasons().contains(reason.get()),
              // Only explained runs read it: not made in bulk.
              explaining
                  ? "Paused" + reason.map(r -> " with reason " + r).orElse(" without a reason")
                  : null);
          break;
        case SUPPLEMENT_RECEIVED:
          closePause(PauseKind.SUPPLEMENT, i, "Supplement received");
          break;
        case FINANCIAL_OBLIGATION_FULFILLED:
          closePause(PauseKind.FINANCIAL_OBLIGATION, i, "Financial obligation fulfilled");
          break;
        case RESUMED:
          closePause(PauseKind.REASON_CODE, i, "Resumed");
          break;
        case APOLOGY_ISSUED:
          apologies.add(i);
          break;
        default:
          if (e.type().isTerminal()) {
            if (current != null) {
              if (current.stepEnd < 0) {
                current.stepEnd = i;
              }
              current.heldUntil = i;
            }
            if (end < 0) {
              end = i;
            }
          }
          break;
      }
    }
  }

  private void openPause(PauseKind kind, int i, boolean stopsClock, String what) {
    Pause p = new Pause(kind, i, stopsClock);
    pauses.add(p);
    open[kind.ordinal()] = p;
    DossierEvent e = events.get(i);
    if (explaining) {
      explain(
          ExplanationKind.PAUSE_STARTED,
          t[i],
          i,
          what
              + " "
              + texts.at(t[i])
              + e.official().map(o -> " by " + o).orElse("")
              + (stopsClock
                  ? ": the clock stops"
                  : kind == PauseKind.REASON_CODE
                      ? ": not a reason the rule set "
                          + rules.id()
                          + " accepts, so the clock keeps running (invalid pause)"
                      : ": the rule set " + rules.id() + " does not stop the clock for it"));
    }
  }

  private void closePause(PauseKind kind, int i, String what) {
    Pause p = open[kind.ordinal()];
    open[kind.ordinal()] = null;
    if (p == null) {
      return;
    }
    p.end = i;
    if (explaining) {
      explain(
          ExplanationKind.PAUSE_ENDED,
          t[i],
          i,
          what + " " + texts.at(t[i]) + (p.stopsClock ? ": the clock runs again" : ""));
    }
  }

  /**
   * The pauses that stop the clock (or the invalid ones), clipped to the clock, as working
   * positions sorted by start.
   */
  private PausedTime intervals(boolean stopsClock) {
    int count = 0;
    for (Pause p : pauses) {
      if (p.stopsClock == stopsClock && (stopsClock || p.kind == PauseKind.REASON_CODE)) {
        count++;
      }
    }
    if (count == 0) {
      return new PausedTime(PausedTime.NONE, PausedTime.NONE, 0);
    }
    long[] starts = new long[count];
    long[] ends = new long[count];
    int n = 0;
    for (Pause p : pauses) {
      if (p.stopsClock != stopsClock || (!stopsClock && p.kind != PauseKind.REASON_CODE)) {
        continue;
      }
      if (!clipsToASpan(p.start, p.end)) {
        continue;
      }
      long a = clippedPosition(p.start);
      long b = p.end >= 0 ? clippedPosition(p.end) : clockEndAt;
      // Insertion by start (the recorded timeline's pauses need not start in log order).
      int k = n;
      while (k > 0 && starts[k - 1] > a) {
        starts[k] = starts[k - 1];
        ends[k] = ends[k - 1];
        k--;
      }
      starts[k] = a;
      ends[k] = b;
      n++;
    }
    return new PausedTime(starts, ends, n);
  }

  /**
   * The working nanoseconds of invalid pauses in [a, b) (positions) not also legitimately paused.
   */
  private static long invalidBetween(PausedTime invalid, PausedTime legit, long a, long b) {
    long total = 0;
    for (int k = 0; k < invalid.size(); k++) {
      long s = Math.max(invalid.start(k), a);
      long e = Math.min(invalid.end(k), b);
      if (e > s) {
        total += e - s - legit.between(s, e);
      }
    }
    return total;
  }

  /**
   * Whether the span from event {@code from} to event {@code to} (the clock end when {@code to} is
   * negative), clipped to the clock, is not empty; decided on the instants, as before positions.
   */
  private boolean clipsToASpan(int from, int to) {
    Instant a = t[from].isAfter(clockStartInstant) ? t[from] : clockStartInstant;
    Instant b = to >= 0 && t[to].isBefore(clockEndInstant) ? t[to] : clockEndInstant;
    return b.isAfter(a);
  }

  /**
   * The position of an event's instant clipped to the clock: the clock's own positions for an
   * instant outside it, which is therefore never looked up.
   */
  private long clippedPosition(int event) {
    if (!t[event].isAfter(clockStartInstant)) {
      return clockStartAt;
    }
    if (!t[event].isBefore(clockEndInstant)) {
      return clockEndAt;
    }
    return position(event);
  }

  /** The working position of an event's instant on this timeline. */
  private long position(int event) {
    if (!positioned[event]) {
      positions[event] = calendar.workingPosition(t[event]);
      positioned[event] = true;
    }
    return positions[event];
  }

  /** The working position of an instant; the evaluation instant's is computed once. */
  private long position(Instant instant) {
    if (instant != asOf) {
      return calendar.workingPosition(instant);
    }
    if (!asOfPositioned) {
      asOfAt = calendar.workingPosition(asOf);
      asOfPositioned = true;
    }
    return asOfAt;
  }

  private PauseRecord pauseRecord(Pause p) {
    DossierEvent e = events.get(p.start);
    long held = 0;
    if (clipsToASpan(p.start, p.end)) {
      held = (p.end >= 0 ? clippedPosition(p.end) : clockEndAt) - clippedPosition(p.start);
    }
    PauseRecord.Builder r =
        PauseRecord.builder()
            .kind(p.kind)
            .reason(e.reason())
            .clockStopped(p.stopsClock)
            .startedAt(t[p.start])
            .startEventIndex(p.start)
            .workingTime(held > 0 ? Duration.ofNanos(held) : Duration.ZERO);
    if (check.officials[p.start] != null) {
      r.official(check.officials[p.start]);
    }
    if (check.units[p.start] != null) {
      r.unit(check.units[p.start]);
    }
    if (p.end >= 0) {
      r.endedAt(t[p.end]).endEventIndex(p.end);
    }
    return r.build();
  }

  /**
   * The measures of one row of the ledger, filled by {@link #measure} and read by {@link
   * #stepRecord}: one per run, refilled for each row.
   *
   * <p>Why two methods: the JIT compiler gave up inlining in one method holding both the calendar's
   * arithmetic and the record's builder, so it allocated the builder and called each of its
   * setters; apart, the builder's calls are inlined and the builder is not allocated.
   */
  private static final class Measures {
    Step step; // null when the row names no step, or one the version does not have
    Duration used;
    Duration held;
    long legitimatelyPaused;
    long invalidlyPaused;
    Duration allotted;
    Instant due;
    Verdict verdict;
  }

  /**
   * Adds the ledger's records. A method of its own, small, so that the JIT compiler always inlines
   * {@link #stepRecord} into it; inside {@link #run} it did so in some runs and not in others, and
   * a bulk evaluation allocated about 1.1 KB more when it did not.
   */
  private void addSteps(
      TimelineEvaluation.Builder b, Instant clockStart, PausedTime legit, PausedTime invalid) {
    Measures measures = new Measures();
    for (int k = 0; k < rows.size(); k++) {
      Row row = rows.get(k);
      measure(k, row, clockStart, legit, invalid, measures);
      b.addSteps(stepRecord(k, row, measures));
    }
  }

  private void measure(
      int index, Row row, Instant clockStart, PausedTime legit, PausedTime invalid, Measures m) {
    Instant start = t[row.start];
    Instant stepClock;
    long stepClockAt;
    if (index == 0) {
      stepClock = clockStart;
      stepClockAt = clockStartAt;
    } else {
      stepClock = calendar.nextOrSameWorkingInstant(start);
      stepClockAt = stepClock == start ? position(row.start) : position(stepClock);
    }
    Step step;
    if (row.step == null) {
      step = null;
    } else if (knownSteps[row.start] != null) {
      step = knownSteps[row.start]; // found by the log check
    } else {
      step = version.step(row.step).orElse(null);
    }
    Instant measuredTo = row.stepEnd >= 0 ? t[row.stepEnd] : later(asOf, start);
    Instant to = later(measuredTo, stepClock);
    long toAt;
    if (to == stepClock) {
      toAt = stepClockAt;
    } else if (to == start) {
      toAt = position(row.start);
    } else if (row.stepEnd >= 0 && to == t[row.stepEnd]) {
      toAt = position(row.stepEnd);
    } else {
      toAt = position(to);
    }
    long pausedInStep = legit.between(stepClockAt, toAt);
    m.step = step;
    m.used = Duration.ofNanos(toAt - stepClockAt - pausedInStep);
    m.held = clockTimeHeld(row, legit);
    m.legitimatelyPaused = pausedInStep;
    m.invalidlyPaused = invalidBetween(invalid, legit, stepClockAt, toAt);
    if (step == null) {
      m.allotted = null;
      m.due = null;
      m.verdict = null;
      return;
    }
    Instant baseDue = dueTimes.due(stepClock, step.allotment(), rules.duePlacement());
    m.allotted =
        Duration.ofNanos((baseDue == stepClock ? stepClockAt : position(baseDue)) - stepClockAt);
    m.due =
        pausedInStep == 0
            ? baseDue
            : calendar.plusWorkingTime(baseDue, Duration.ofNanos(pausedInStep));
    m.verdict =
        row.stepEnd >= 0 ? dueTimes.verdict(t[row.stepEnd], m.due, rules.verdictRule()) : null;
  }

  private StepRecord stepRecord(int index, Row row, Measures m) {
    StepRecord.Builder r =
        StepRecord.builder()
            .index(index)
            .startedAt(t[row.start])
            .startEventIndex(row.start)
            .timeUsed(m.used)
            .clockTimeHeld(m.held)
            .legitimatelyPaused(Duration.ofNanos(m.legitimatelyPaused))
            .invalidlyPaused(Duration.ofNanos(m.invalidlyPaused));
    if (row.step != null) {
      r.stepId(row.step);
    }
    if (row.holder != null) {
      r.holderOfficial(row.holder);
    }
    if (row.unit != null) {
      r.holderUnit(row.unit);
    }
    if (row.from != null) {
      r.handedOverBy(row.from);
    }
    if (row.fromUnit != null) {
      r.handedOverByUnit(row.fromUnit);
    }
    Duration overrun = Duration.ZERO;
    if (m.step != null) {
      r.stepName(m.step.name())
          .agency(m.step.agency())
          .allotment(m.step.allotment())
          .allottedTime(m.allotted)
          .dueAt(m.due);
      if (m.used.compareTo(m.allotted) > 0) {
        overrun = m.used.minus(m.allotted);
      }
      if (m.verdict != null) {
        r.verdict(m.verdict);
      }
    }
    r.overrun(overrun);
    if (row.stepEnd >= 0) {
      r.endedAt(t[row.stepEnd]).endEventIndex(row.stepEnd);
    }
    if (row.heldUntil >= 0) {
      r.heldUntil(t[row.heldUntil]).heldUntilEventIndex(row.heldUntil);
    }
    return r.build();
  }

  /**
   * The working time a row held the dossier while the clock ran, less legitimate pauses: from the
   * later of its start and the clock start to the earlier of its hand-over and the clock end (the
   * clock end when it was not handed over).
   */
  private Duration clockTimeHeld(Row row, PausedTime legit) {
    if (!clipsToASpan(row.start, row.heldUntil)) {
      return Duration.ZERO;
    }
    long from = clippedPosition(row.start);
    long to = row.heldUntil >= 0 ? clippedPosition(row.heldUntil) : clockEndAt;
    return Duration.ofNanos(to - from - legit.between(from, to));
  }

  private DossierState state(Instant dueAt, Instant dueSoonFrom) {
    if (end >= 0) {
      switch (events.get(end).type()) {
        case RESULT_READY:
        case RESULT_RETURNED:
          switch (dueTimes.verdict(t[end], dueAt, rules.verdictRule())) {
            case EARLY:
              return DossierState.FINISHED_EARLY;
            case ON_TIME:
              return DossierState.FINISHED_ON_TIME;
            default:
              return DossierState.FINISHED_LATE;
          }
        case REFUSED:
          return DossierState.REFUSED;
        case STOPPED:
          return DossierState.STOPPED;
        case WITHDRAWN:
          return DossierState.WITHDRAWN;
        default:
          throw new AssertionError(events.get(end).type());
      }
    }
    Pause supplement = open[PauseKind.SUPPLEMENT.ordinal()];
    Pause financial = open[PauseKind.FINANCIAL_OBLIGATION.ordinal()];
    Pause reason = open[PauseKind.REASON_CODE.ordinal()];
    if (supplement != null || (financial != null && financial.stopsClock)) {
      return DossierState.WAITING_FOR_APPLICANT;
    }
    if (reason != null && reason.stopsClock) {
      return DossierState.PAUSED;
    }
    if (asOf.isAfter(dueAt)) {
      return DossierState.IN_PROGRESS_OVERDUE;
    }
    return asOf.isBefore(dueSoonFrom)
        ? DossierState.IN_PROGRESS_ON_TRACK
        : DossierState.IN_PROGRESS_DUE_SOON;
  }

  private void explainSkippedDays(
      Instant receivedAt, Instant clockStart, Instant statutoryDue, Instant dueAt) {
    LocalDate first = dueTimes.date(receivedAt);
    LocalDate startDate = dueTimes.date(clockStart);
    if (version.processingTime().unit() == TimeUnit.CALENDAR_DAYS) {
      explainNonWorkingDays(first, startDate.minusDays(1));
      LocalDate nominal = dueTimes.date(clockStart).plusDays(version.processingTime().amount());
      LocalDate last = dueTimes.date(statutoryDue);
      for (LocalDate d = nominal; d.isBefore(last); d = d.plusDays(1)) {
        CalendarDay day = calendar.day(d);
        explainDay(
            day,
            "The last day "
                + nominal
                + " of the calendar-day period is not a working day; "
                + describeDay(day)
                + ": the period ends on the next working day (Civil Code 2015 Art. 148)");
      }
      first = last.plusDays(1);
    }
    explainNonWorkingDays(first, dueTimes.date(dueAt));
  }

  private void explainNonWorkingDays(LocalDate first, LocalDate lastInclusive) {
    for (LocalDate d = first; !d.isAfter(lastInclusive); d = d.plusDays(1)) {
      if (!calendar.isWorkingDay(d)) {
        CalendarDay day = calendar.day(d);
        explainDay(day, "Skipped " + describeDay(day));
      }
    }
  }

  private void explainDay(CalendarDay day, String text) {
    Instant at = day.date().atStartOfDay(calendar.zone()).toInstant();
    entries.add(
        new Entry(
            ExplanationEntry.builder()
                .kind(ExplanationKind.NON_WORKING_DAY_SKIPPED)
                .at(at)
                .calendarDay(day)
                .text(text)
                .build(),
            entries.size()));
  }

  private static String describeDay(CalendarDay day) {
    return day.date()
        + " "
        + DAY_NAMES[day.date().getDayOfWeek().ordinal()]
        + " ("
        + day.kind().vietnameseLabel()
        + (day.name().isEmpty() ? "" : ": " + day.name())
        + (day.source().isEmpty() ? "" : ", " + day.source())
        + ")";
  }

  private String placementText() {
    switch (version.processingTime().unit()) {
      case WORKING_HOURS:
        return "";
      case CALENDAR_DAYS:
        return " (Civil Code 2015 Art. 147-148; placement " + rules.duePlacement() + ")";
      default:
        return " (placement " + rules.duePlacement() + ")";
    }
  }

  private static String describe(ProcessingTime time) {
    return time.amount()
        + " "
        + time.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " ("
        + time.unit().vietnameseLabel().toLowerCase(Locale.ROOT)
        + ")";
  }

  private void explain(ExplanationKind kind, Instant at, int eventIndex, String text) {
    ExplanationEntry.Builder b = ExplanationEntry.builder().kind(kind).at(at).text(text);
    if (eventIndex >= 0) {
      b.eventIndex(eventIndex);
    }
    entries.add(new Entry(b.build(), entries.size()));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
