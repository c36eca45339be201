package io.github.proctime.core.internal.attribution;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.ApologyRecord;
import io.github.proctime.core.CompliancePolicy;
import io.github.proctime.core.ComplianceRule;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Finding;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One compliance check of one dossier; see {@link ComplianceRule} for the rules. */
public final class ComplianceRun {
  /** Up to this many findings are sorted in place by insertion (see {@link #rank}). */
  private static final int SORTED_IN_PLACE = 16;

  /** The event index of a finding about the dossier as a whole. */
  private static final int NO_EVENT = -1;

  private final WorkingCalendar calendar;
  private final CompliancePolicy policy;
  private final Dossier dossier;
  private final Evaluation evaluation;
  private final LocalClock clock;

  /**
   * A run.
   *
   * @param calendar the calendar
   * @param policy the thresholds
   * @param dossier the dossier
   * @param evaluation its evaluation
   * @param clock the clock of the calendar's zone
   */
  public ComplianceRun(
      WorkingCalendar calendar,
      CompliancePolicy policy,
      Dossier dossier,
      Evaluation evaluation,
      LocalClock clock) {
    this.calendar = calendar;
    this.clock = clock;
    this.policy = policy;
    this.dossier = dossier;
    this.evaluation = evaluation;
  }

  /**
   * Runs every rule.
   *
   * @return the compliance findings in rule order, then the evaluation's findings
   */
  public List<Finding> run() {
    Found occurred = onTimeline(evaluation.occurred(), null);
    Found recorded = onTimeline(evaluation.recorded(), occurred);
    Found onDossier = onDossier();
    int count = occurred.size + onDossier.size;
    for (int i = 0; i < recorded.size; i++) {
      if (recorded.findings[i] != null) {
        count++;
      }
    }
    // A rule and an event make at most one entry: the occurred and the recorded timeline share
    // theirs, and the rules of the dossier are not those of a timeline. So the entries sort by rule
    // and event alone, one long each, and each entry's rank is where its key sorts.
    long[] order = new long[count];
    Finding[] entries = new Finding[count];
    int n = 0;
    for (int i = 0; i < occurred.size; i++) {
      Finding f = occurred.findings[i];
      if (!occurred.onRecorded[i]) {
        // Rare: the recorded timeline differs from the occurred one only by late recording.
        f = Finding.builder().from(f).timeline(Timeline.OCCURRED).build();
      }
      n = enter(order, entries, n, occurred.keys[i], f);
    }
    for (int i = 0; i < recorded.size; i++) {
      Finding f = recorded.findings[i];
      if (f != null) {
        n = enter(order, entries, n, recorded.keys[i], f);
      }
    }
    for (int i = 0; i < onDossier.size; i++) {
      n = enter(order, entries, n, onDossier.keys[i], onDossier.findings[i]);
    }
    Finding[] ranked = rank(order, entries);
    List<Finding> evaluated = evaluation.findings();
    List<Finding> findings = new ArrayList<>(count + evaluated.size());
    for (Finding f : ranked) {
      findings.add(f);
    }
    findings.addAll(evaluated);
    return findings;
  }

  /**
   * The entries in the order of their keys, which are distinct. A few (most dossiers have one to
   * three) are sorted in place by insertion, without the copies a ranking by sorted keys makes.
   */
  private static Finding[] rank(long[] order, Finding[] entries) {
    int count = order.length;
    if (count <= SORTED_IN_PLACE) {
      for (int i = 1; i < count; i++) {
        long key = order[i];
        Finding entry = entries[i];
        int j = i - 1;
        for (; j >= 0 && order[j] > key; j--) {
          order[j + 1] = order[j];
          entries[j + 1] = entries[j];
        }
        order[j + 1] = key;
        entries[j + 1] = entry;
      }
      return entries;
    }
    long[] sorted = order.clone();
    Arrays.sort(sorted);
    Finding[] ranked = new Finding[count];
    for (int i = 0; i < count; i++) {
      ranked[Arrays.binarySearch(sorted, order[i])] = entries[i];
    }
    return ranked;
  }

  private static int enter(long[] order, Finding[] entries, int n, long key, Finding finding) {
    // flipping the sign bit of the event index makes its unsigned order its signed order
    order[n] = key ^ 0x8000_0000L;
    entries[n] = finding;
    return n + 1;
  }

  /**
   * The findings of one timeline, or of the dossier's events, keyed by rule and event, in the order
   * they were made. Parallel arrays scanned from the start rather than a map: a timeline has a few
   * findings, and hashing a record key and its map entries was a twentieth of a bulk check; an
   * index is built only for many.
   */
  private static final class Found {
    private static final int SCANNED = 16;
    private static final long[] NO_KEYS = {};
    private static final Finding[] NO_FINDINGS = {};
    private static final boolean[] NO_MARKS = {};
    // The occurred timeline's findings while the recorded one is checked, null otherwise.
    private final Found occurred;
    // Made at the first finding: most dossiers have none of a kind.
    long[] keys = NO_KEYS;
    Finding[] findings = NO_FINDINGS;
    // Per finding of the occurred timeline: whether the recorded timeline has it too.
    boolean[] onRecorded = NO_MARKS;
    int size;
    private Map<Long, Integer> index;

    Found(Found occurred) {
      this.occurred = occurred;
    }

    static long key(ComplianceRule rule, int eventIndex) {
      return ((long) rule.ordinal() << 32) | (eventIndex & 0xFFFF_FFFFL);
    }

    /**
     * Takes the first finding of a rule for an event; tells whether it is to be made ({@link
     * #fill}). A finding already made on the occurred timeline is only noted while the recorded one
     * is checked, not built again: most findings are the same on both, and their texts were a tenth
     * of a bulk check.
     */
    boolean claims(ComplianceRule rule, int eventIndex) {
      long key = key(rule, eventIndex);
      if (find(key) >= 0) {
        return false;
      }
      add(key, null);
      if (occurred != null) {
        int o = occurred.find(key);
        if (o >= 0) {
          occurred.onRecorded[o] = true;
          return false;
        }
      }
      return true;
    }

    /** Sets the finding just claimed. */
    void fill(Finding f) {
      findings[size - 1] = f;
    }

    void add(long key, Finding f) {
      if (size == keys.length) {
        int capacity = Math.max(4, size * 2);
        keys = Arrays.copyOf(keys, capacity);
        findings = Arrays.copyOf(findings, capacity);
        onRecorded = Arrays.copyOf(onRecorded, capacity);
      }
      keys[size] = key;
      findings[size] = f;
      if (index != null) {
        index.put(key, size);
      } else if (size == SCANNED) {
        index = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(keys[i], i);
        }
      }
      size++;
    }

    int find(long key) {
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i] == key) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * A finding about the dossier as a whole, charged to an official and a unit. The finding's
   * methods take the texts made: small, they let the JIT compiler inline the builder and not
   * allocate it, where inside the rules, with the texts, it did not.
   *
   * @param timeline the timeline it is on, null if not (yet) said
   */
  private Finding finding(
      ComplianceRule rule,
      Optional<String> official,
      Optional<String> unit,
      String message,
      String evidence,
      Timeline timeline) {
    return finding(rule, NO_EVENT, official, unit, message, evidence, timeline);
  }

  /**
   * A finding about one event, or about the dossier when the index is {@link #NO_EVENT}; see {@link
   * #finding(ComplianceRule, Optional, Optional, String, String, Timeline)}.
   */
  private Finding finding(
      ComplianceRule rule,
      int eventIndex,
      Optional<String> official,
      Optional<String> unit,
      String message,
      String evidence,
      Timeline timeline) {
    Finding.Builder b =
        Finding.builder()
            .code(rule.code())
            .severity(rule.severity())
            .rule(rule.description())
            .source(rule.source())
            .dossierCode(evaluation.dossierCode())
            .official(official)
            .unit(unit)
            .message(message)
            .evidence(evidence);
    if (eventIndex != NO_EVENT) {
      b.eventIndex(eventIndex);
    }
    if (timeline != null) {
      b.timeline(timeline);
    }
    return b.build();
  }

  private String at(Instant instant) {
    return Sentences.at(instant, clock);
  }

  private Found onTimeline(TimelineEvaluation t, Found occurred) {
    Found out = new Found(occurred);
    // A finding of the occurred timeline is marked as such in run(), if the recorded one has not
    // it.
    Timeline recorded = occurred == null ? null : Timeline.RECORDED;
    Instant clockEnd = t.endedAt().orElse(evaluation.asOf());
    if (t.isApologyRequired() && t.apologies().isEmpty()) {
      if (out.claims(ComplianceRule.APOLOGY_MISSING, -1)) {
        StepRecord holder = holderAt(t, t.apologyDeadline());
        Optional<String> official = official(holder);
        String due = at(t.dueAt());
        out.fill(
            finding(
                ComplianceRule.APOLOGY_MISSING,
                official,
                unit(holder),
                "The dossier is "
                    + t.state().name()
                    + " (due "
                    + due
                    + ") and no apology was issued.",
                "state="
                    + t.state()
                    + "; dueAt="
                    + due
                    + "; apologyDeadline="
                    + at(t.apologyDeadline())
                    + "; holder at the apology deadline: "
                    + official.orElse("none recorded"),
                recorded));
      }
    }
    int reschedules = 0;
    List<ApologyRecord> apologies = t.apologies();
    for (int i = 0; i < apologies.size(); i++) {
      ApologyRecord a = apologies.get(i);
      if (!a.isTimely()) {
        if (out.claims(ComplianceRule.APOLOGY_LATE, a.eventIndex())) {
          String issued = at(a.issuedAt());
          String deadline = at(t.apologyDeadline());
          out.fill(
              finding(
                  ComplianceRule.APOLOGY_LATE,
                  a.eventIndex(),
                  a.official(),
                  a.unit(),
                  "The apology of event "
                      + a.eventIndex()
                      + " was issued at "
                      + issued
                      + ", after the apology deadline "
                      + deadline
                      + ".",
                  "issuedAt="
                      + issued
                      + "; apologyDeadline="
                      + deadline
                      + "; apologyLeadWorkingDays="
                      + evaluation.ruleSet().apologyLeadWorkingDays()
                      + "; dueAt="
                      + at(t.dueAt()),
                  recorded));
        }
      }
      Optional<Instant> newAppointment = a.newAppointment();
      if (newAppointment.isEmpty()) {
        if (out.claims(ComplianceRule.APOLOGY_WITHOUT_NEW_APPOINTMENT, a.eventIndex())) {
          out.fill(
              finding(
                  ComplianceRule.APOLOGY_WITHOUT_NEW_APPOINTMENT,
                  a.eventIndex(),
                  a.official(),
                  a.unit(),
                  "The apology of event " + a.eventIndex() + " gives no new appointment.",
                  "issuedAt=" + at(a.issuedAt()) + "; reason=" + a.reason().orElse("none"),
                  recorded));
        }
      } else {
        reschedules++;
        if (reschedules > evaluation.ruleSet().maxReschedules()) {
          if (out.claims(ComplianceRule.RESCHEDULE_REPEATED, a.eventIndex())) {
            out.fill(
                finding(
                    ComplianceRule.RESCHEDULE_REPEATED,
                    a.eventIndex(),
                    a.official(),
                    a.unit(),
                    "The apology of event "
                        + a.eventIndex()
                        + " resets the appointment a "
                        + ordinal(reschedules)
                        + " time; the rule set allows "
                        + evaluation.ruleSet().maxReschedules()
                        + ".",
                    "reschedule "
                        + reschedules
                        + "; newAppointment="
                        + at(newAppointment.get())
                        + "; maxReschedules="
                        + evaluation.ruleSet().maxReschedules(),
                    recorded));
          }
        }
      }
    }
    if (t.isRescheduledAppointmentMissed() && t.rescheduledAppointment().isPresent()) {
      Instant appointment = t.rescheduledAppointment().get();
      int apologyIndex = lastRescheduleIndex(t);
      if (out.claims(ComplianceRule.RESCHEDULED_APPOINTMENT_MISSED, apologyIndex)) {
        StepRecord holder = holderAt(t, appointment);
        Optional<String> official = official(holder);
        Instant ended = t.endedAt().orElse(null);
        String appointed = at(appointment);
        out.fill(
            finding(
                ComplianceRule.RESCHEDULED_APPOINTMENT_MISSED,
                apologyIndex,
                official,
                unit(holder),
                "The new appointment "
                    + appointed
                    + " given at event "
                    + apologyIndex
                    + " was missed as well.",
                "rescheduledAppointment="
                    + appointed
                    + "; "
                    + (ended != null ? "ended at " : "still in progress")
                    + (ended != null ? at(ended) : "")
                    + " as of "
                    + at(evaluation.asOf())
                    + "; holder when it passed: "
                    + official.orElse("none recorded"),
                recorded));
      }
    }
    int supplements = 0;
    Instant windowEnd = null; // looked up at the first supplement request: most dossiers have none
    for (PauseRecord p : pausesInLogOrder(t)) {
      if (p.kind() == PauseKind.SUPPLEMENT) {
        if (windowEnd == null) {
          windowEnd =
              calendar.endOfWorkingDay(
                  calendar.plusWorkingDays(
                      clock.date(t.clockStart()), policy.supplementWindowWorkingDays()));
        }
        supplements++;
        if (supplements > evaluation.ruleSet().maxSupplementRequests()) {
          if (out.claims(ComplianceRule.SUPPLEMENT_REPEATED, p.startEventIndex())) {
            out.fill(
                finding(
                    ComplianceRule.SUPPLEMENT_REPEATED,
                    p.startEventIndex(),
                    p.official(),
                    p.unit(),
                    "Supplement request "
                        + supplements
                        + " at event "
                        + p.startEventIndex()
                        + " exceeds the "
                        + evaluation.ruleSet().maxSupplementRequests()
                        + " allowed; the 766 method counts the dossier as late.",
                    "requestedAt="
                        + at(p.startedAt())
                        + "; request number "
                        + supplements
                        + "; maxSupplementRequests="
                        + evaluation.ruleSet().maxSupplementRequests(),
                    recorded));
          }
        }
        if (p.startedAt().isAfter(windowEnd)) {
          if (out.claims(ComplianceRule.SUPPLEMENT_AFTER_WINDOW, p.startEventIndex())) {
            String requested = at(p.startedAt());
            String closed = at(windowEnd);
            out.fill(
                finding(
                    ComplianceRule.SUPPLEMENT_AFTER_WINDOW,
                    p.startEventIndex(),
                    p.official(),
                    p.unit(),
                    "The supplement request of event "
                        + p.startEventIndex()
                        + " at "
                        + requested
                        + " comes after the window, which closed at "
                        + closed
                        + ".",
                    "requestedAt="
                        + requested
                        + "; clockStart="
                        + at(t.clockStart())
                        + "; supplementWindowWorkingDays="
                        + policy.supplementWindowWorkingDays()
                        + "; windowEnd="
                        + closed,
                    recorded));
          }
        }
      }
      Instant endedAt = p.endedAt().orElse(null);
      if (p.isInvalid()) {
        if (out.claims(ComplianceRule.PAUSE_INVALID_REASON, p.startEventIndex())) {
          String reason = p.reason().orElse("none");
          out.fill(
              finding(
                  ComplianceRule.PAUSE_INVALID_REASON,
                  p.startEventIndex(),
                  p.official(),
                  p.unit(),
                  "The pause of event "
                      + p.startEventIndex()
                      + " with reason '"
                      + reason
                      + "' does not stop the clock; "
                      + Sentences.duration(p.workingTime())
                      + " of working time kept counting.",
                  "reason="
                      + reason
                      + "; accepted reasons="
                      + evaluation.ruleSet().clockStoppingPauseReasons()
                      + "; from "
                      + at(p.startedAt())
                      + " to "
                      + (endedAt != null ? at(endedAt) : "still open")
                      + "; workingTime="
                      + p.workingTime(),
                  recorded));
        }
      }
      Instant pauseEnd = endedAt != null ? endedAt : clockEnd;
      long startDay = clock.epochDay(p.startedAt());
      long endDay = clock.epochDay(pauseEnd);
      // A pause over no more calendar days than the limit cannot hold more working days than it.
      int days =
          endDay - startDay <= policy.maxPauseWorkingDays()
              ? 0
              : calendar.workingDaysBetween(
                  LocalDate.ofEpochDay(startDay), LocalDate.ofEpochDay(endDay));
      if (days > policy.maxPauseWorkingDays()) {
        if (out.claims(ComplianceRule.PAUSE_TOO_LONG, p.startEventIndex())) {
          out.fill(
              finding(
                  ComplianceRule.PAUSE_TOO_LONG,
                  p.startEventIndex(),
                  p.official(),
                  p.unit(),
                  "The "
                      + p.kind()
                      + " pause of event "
                      + p.startEventIndex()
                      + " lasted "
                      + days
                      + " working days, more than the "
                      + policy.maxPauseWorkingDays()
                      + " allowed.",
                  "from "
                      + at(p.startedAt())
                      + " to "
                      + at(pauseEnd)
                      + (endedAt == null ? " (still open)" : "")
                      + "; workingDays="
                      + days
                      + "; maxPauseWorkingDays="
                      + policy.maxPauseWorkingDays(),
                  recorded));
        }
      }
    }
    return out;
  }

  private Found onDossier() {
    Found out = new Found(null);
    Instant asOf = evaluation.asOf();
    List<DossierEvent> events = dossier.events();
    OptionalInt ready = OptionalInt.empty();
    boolean returned = false;
    boolean otherTerminal = false;
    for (int i = 0; i < events.size(); i++) {
      DossierEvent e = events.get(i);
      if (e.occurredAt().isAfter(asOf)) {
        continue;
      }
      if (e.type() == EventType.RESULT_READY && ready.isEmpty()) {
        ready = OptionalInt.of(i);
      } else if (e.type() == EventType.RESULT_RETURNED) {
        returned = true;
        if (ready.isEmpty()) {
          int index = i;
          if (out.claims(ComplianceRule.RESULT_RETURNED_WITHOUT_READY, index)) {
            String returnedAt = at(e.occurredAt());
            out.fill(
                finding(
                    ComplianceRule.RESULT_RETURNED_WITHOUT_READY,
                    index,
                    e.official(),
                    e.unit(),
                    "The result was returned at event "
                        + index
                        + " ("
                        + returnedAt
                        + ") with no result-ready record before it.",
                    "returnedAt=" + returnedAt + "; no RESULT_READY before",
                    null));
          }
        }
      } else if (e.type().isTerminal()) {
        otherTerminal = true;
      }
    }
    if (ready.isPresent() && !returned && !otherTerminal) {
      DossierEvent e = events.get(ready.getAsInt());
      Instant limit =
          calendar.endOfWorkingDay(
              calendar.plusWorkingDays(
                  clock.date(e.occurredAt()), policy.returnWithinWorkingDays()));
      if (asOf.isAfter(limit)) {
        OptionalInt readyAt = ready;
        if (out.claims(ComplianceRule.RESULT_NOT_RETURNED, readyAt.getAsInt())) {
          StepRecord holder = holderAt(evaluation.occurred(), asOf);
          Optional<String> official = official(holder);
          String readyText = at(e.occurredAt());
          String asOfText = at(asOf);
          out.fill(
              finding(
                  ComplianceRule.RESULT_NOT_RETURNED,
                  readyAt.getAsInt(),
                  official.isPresent() ? official : e.official(),
                  unit(holder),
                  "The result was ready at "
                      + readyText
                      + " (event "
                      + readyAt.getAsInt()
                      + ") and is still not returned at "
                      + asOfText
                      + ".",
                  "readyAt="
                      + readyText
                      + "; returnWithinWorkingDays="
                      + policy.returnWithinWorkingDays()
                      + "; limit="
                      + at(limit)
                      + "; asOf="
                      + asOfText,
                  null));
        }
      }
    }
    Duration threshold =
        policy.lateRecordThreshold().orElse(evaluation.ruleSet().lateRecordThreshold());
    long firstDay = calendar.coverageStart().toEpochDay();
    long lastDay = calendar.coverageEnd().toEpochDay();
    for (int i = 0; i < events.size(); i++) {
      DossierEvent e = events.get(i);
      if (e.recordedAt().isAfter(asOf) || !e.recordedAt().isAfter(e.occurredAt())) {
        continue;
      }
      if (cannotExceed(e.occurredAt(), e.recordedAt(), threshold, firstDay, lastDay)) {
        continue;
      }
      Duration lag = calendar.workingTimeBetween(e.occurredAt(), e.recordedAt());
      if (lag.compareTo(threshold) > 0) {
        int index = i;
        if (out.claims(ComplianceRule.EVENT_RECORDED_LATE, index)) {
          String occurred = at(e.occurredAt());
          String recorded = at(e.recordedAt());
          out.fill(
              finding(
                  ComplianceRule.EVENT_RECORDED_LATE,
                  index,
                  e.official(),
                  e.unit(),
                  e.type()
                      + " at event "
                      + index
                      + " occurred at "
                      + occurred
                      + " and was recorded at "
                      + recorded
                      + ", "
                      + Sentences.duration(lag)
                      + " of working time later.",
                  "occurredAt="
                      + occurred
                      + "; recordedAt="
                      + recorded
                      + "; lag="
                      + lag
                      + "; threshold="
                      + threshold,
                  null));
        }
      }
    }
    return out;
  }

  /**
   * Tells, without measuring it, that the working time between two instants is no more than a
   * threshold: working time is time inside working sessions, so it is no more than the time elapsed
   * where the zone's offset no longer changes (local time runs as real time there). Both instants
   * must be inside the calendar's coverage (epoch days firstDay to lastDay), so that measuring
   * could not have thrown either. Most events are recorded minutes after they occur, and measuring
   * each lag was 3 % of a bulk check.
   */
  private boolean cannotExceed(
      Instant from, Instant to, Duration threshold, long firstDay, long lastDay) {
    return clock.isFixedFrom(from)
        && notLonger(from, to, threshold)
        && clock.epochDay(from) >= firstDay
        && clock.epochDay(to) <= lastDay;
  }

  /** {@code Duration.between(from, to).compareTo(limit) <= 0}, without making the duration. */
  private static boolean notLonger(Instant from, Instant to, Duration limit) {
    long seconds = to.getEpochSecond() - from.getEpochSecond();
    int nanos = to.getNano() - from.getNano();
    if (nanos < 0) {
      seconds--;
      nanos += 1_000_000_000;
    }
    return seconds < limit.getSeconds()
        || (seconds == limit.getSeconds() && nanos <= limit.getNano());
  }

  private String receivingUnit() {
    return dossier.receivingUnit();
  }

  /**
   * The last row that holds the dossier at an instant, else the last row begun by then; null if
   * none.
   */
  private static StepRecord holderAt(TimelineEvaluation t, Instant instant) {
    List<StepRecord> steps = t.steps();
    StepRecord found = null;
    for (int i = 0; i < steps.size(); i++) {
      StepRecord row = steps.get(i);
      if (!row.startedAt().isAfter(instant)) {
        Instant heldUntil = row.heldUntil().orElse(null);
        if (heldUntil == null || heldUntil.isAfter(instant)) {
          found = row;
        }
      }
    }
    if (found == null && !steps.isEmpty()) {
      StepRecord last = steps.get(steps.size() - 1);
      if (!last.startedAt().isAfter(instant)) {
        found = last;
      }
    }
    return found;
  }

  /** The holding official of a row found by {@link #holderAt}, if any. */
  private static Optional<String> official(StepRecord holder) {
    return holder == null ? Optional.empty() : holder.holderOfficial();
  }

  /** The holding unit of a row found by {@link #holderAt}, else the receiving unit. */
  private Optional<String> unit(StepRecord holder) {
    Optional<String> unit = holder == null ? Optional.empty() : holder.holderUnit();
    return unit.isPresent() ? unit : Optional.of(receivingUnit());
  }

  private static int lastRescheduleIndex(TimelineEvaluation t) {
    int index = -1;
    List<ApologyRecord> apologies = t.apologies();
    for (int i = 0; i < apologies.size(); i++) {
      ApologyRecord a = apologies.get(i);
      if (a.newAppointment().isPresent()) {
        index = a.eventIndex();
      }
    }
    return index;
  }

  private static List<PauseRecord> pausesInLogOrder(TimelineEvaluation t) {
    List<PauseRecord> pauses = t.pauses();
    for (int i = 1; i < pauses.size(); i++) {
      if (pauses.get(i - 1).startEventIndex() > pauses.get(i).startEventIndex()) {
        List<PauseRecord> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparingInt(PauseRecord::startEventIndex));
        return sorted;
      }
    }
    return pauses; // already in log order, as a replay opens them
  }

  private static String ordinal(int n) {
    switch (n) {
      case 2:
        return "second";
      case 3:
        return "third";
      default:
        return n + "th";
    }
  }
}
