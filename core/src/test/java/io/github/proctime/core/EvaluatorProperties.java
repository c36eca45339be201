package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.CALENDAR;
import static io.github.proctime.core.TestDossiers.CATALOGUE;
import static io.github.proctime.core.TestDossiers.asOf;
import static io.github.proctime.core.TestDossiers.dossier;
import static io.github.proctime.core.TestDossiers.scripts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluatorProperties {
  private static final int EXAMPLES = 300;

  private static Evaluator evaluator(EvaluationMode mode) {
    return Evaluator.builder()
        .calendar(CALENDAR)
        .procedures(CATALOGUE)
        .ruleBook(TestDossiers.BOOK_WITH_PAUSE_REASON)
        .mode(mode)
        .build();
  }

  private static final Evaluator STRICT = evaluator(EvaluationMode.STRICT);
  private static final Evaluator LENIENT = evaluator(EvaluationMode.LENIENT);

  @Test
  void aLegitimatePauseNeverMakesTheDueTimeEarlier() {
    Set<TestDossiers.Op> legitimate =
        EnumSet.of(TestDossiers.Op.SUPPLEMENT_TOGGLE, TestDossiers.Op.VALID_PAUSE_TOGGLE);
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier with = dossier(script);
              Dossier without = dossier(script, legitimate, true);
              Instant asOf = asOf(with, script);
              Evaluation a = STRICT.evaluate(with, asOf);
              Evaluation b = STRICT.evaluate(without, asOf);
              for (Timeline t : Timeline.values()) {
                assertTrue(
                    !a.on(t).dueAt().isBefore(b.on(t).dueAt()),
                    t + ": " + a.on(t).dueAt() + " before " + b.on(t).dueAt());
                assertEquals(b.on(t).statutoryDue(), a.on(t).statutoryDue());
              }
            });
  }

  @Test
  void anInvalidPauseNeverChangesTheDueTime() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier with = dossier(script);
              Dossier without =
                  dossier(script, EnumSet.of(TestDossiers.Op.INVALID_PAUSE_TOGGLE), true);
              Instant asOf = asOf(with, script);
              Evaluation a = STRICT.evaluate(with, asOf);
              Evaluation b = STRICT.evaluate(without, asOf);
              for (Timeline t : Timeline.values()) {
                assertEquals(b.on(t).dueAt(), a.on(t).dueAt());
                assertEquals(b.on(t).elapsed(), a.on(t).elapsed());
                assertEquals(b.on(t).state(), a.on(t).state());
                assertEquals(Duration.ZERO, b.on(t).invalidlyPaused());
              }
            });
  }

  @Test
  void elapsedPlusRemainingIsTheAllottedTimeForADossierInProgress() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              for (TimelineEvaluation t :
                  List.of(
                      STRICT.evaluate(d, asOf).occurred(), STRICT.evaluate(d, asOf).recorded())) {
                if (!t.state().isInProgress()) {
                  continue;
                }
                assertEquals(t.allotted(), t.elapsed().plus(t.remaining()));
                // The allotment is the statute's, whatever the pauses (no printed appointment).
                assertEquals(
                    CALENDAR.workingTimeBetween(t.clockStart(), t.statutoryDue()), t.allotted());
                if (t.pauses().stream().noneMatch(p -> p.isOpen() && p.isClockStopped())
                    && !asOf.isBefore(t.clockStart())) {
                  assertEquals(CALENDAR.workingTimeBetween(asOf, t.dueAt()), t.remaining());
                }
              }
            });
  }

  private static int rank(DossierState s) {
    switch (s) {
      case IN_PROGRESS_ON_TRACK:
        return 0;
      case IN_PROGRESS_DUE_SOON:
        return 1;
      case IN_PROGRESS_OVERDUE:
        return 2;
      default:
        return -1;
    }
  }

  @Test
  void theStateOnlyMovesForwardBetweenEvents() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts(), integers().between(0, 20_000), integers().between(0, 20_000))
        .checkAssert(
            (script, first, second) -> {
              Dossier d = dossier(script);
              Instant t1 = asOf(d, script);
              Instant t2 = t1.plus(Duration.ofMinutes(first)).plus(Duration.ofMinutes(second));
              t1 = t1.plus(Duration.ofMinutes(first));
              for (Timeline t : Timeline.values()) {
                DossierState s1 = STRICT.evaluate(d, t1).on(t).state();
                DossierState s2 = STRICT.evaluate(d, t2).on(t).state();
                if (rank(s1) < 0) {
                  assertEquals(s1, s2);
                } else {
                  assertTrue(rank(s2) >= rank(s1), s1 + " then " + s2);
                }
              }
            });
  }

  @Test
  void theStateOnlyMovesForwardBetweenTwoOccurrences() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (script, pick, split) -> {
              Dossier d = dossier(script);
              List<DossierEvent> events = d.events();
              int k = pick % events.size();
              Instant from = events.get(k).occurredAt();
              Instant to =
                  k + 1 < events.size()
                      ? events.get(k + 1).occurredAt()
                      : from.plus(Duration.ofDays(30));
              long gap = Duration.between(from, to).toMinutes();
              if (gap < 2) {
                return;
              }
              Instant t1 = from.plus(Duration.ofMinutes(gap * split / 2000));
              Instant t2 = to.minus(Duration.ofMinutes(1));
              DossierState s1 = STRICT.evaluate(d, t1).occurred().state();
              DossierState s2 = STRICT.evaluate(d, t2).occurred().state();
              if (rank(s1) < 0) {
                assertEquals(s1, s2);
              } else {
                assertTrue(rank(s2) >= rank(s1), s1 + " then " + s2);
              }
            });
  }

  @Test
  void strictAndLenientAgreeOnValidLogs() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              Evaluation strict = STRICT.evaluate(d, asOf);
              Evaluation lenient = LENIENT.evaluate(d, asOf);
              assertEquals(List.of(), lenient.findings());
              assertEquals(strict.occurred(), lenient.occurred());
              assertEquals(strict.recorded(), lenient.recorded());
              assertEquals(
                  Evaluation.builder().from(strict).mode(EvaluationMode.LENIENT).build(), lenient);
            });
  }

  @Test
  void theTwoTimelinesAgreeWhenEveryEventIsRecordedWhenItOccurs() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script, Set.of(), false);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              assertEquals(
                  e.occurred(),
                  TimelineEvaluation.builder()
                      .from(e.recorded())
                      .timeline(Timeline.OCCURRED)
                      .explanation(e.occurred().explanation())
                      .build());
              assertEquals(e.occurred().explanation().size(), e.recorded().explanation().size());
              assertTrue(!e.isStateDifferentOnRecord());
            });
  }

  @Test
  void inBulkModeARecordedTimelineEqualToTheOccurredOneIsNotReplayedTwiceYetIsTheSame() {
    // Bulk mode evaluates the occurred timeline once when every instant agrees; the explaining
    // evaluator still replays both, so it is the oracle.
    Evaluator quiet = STRICT.toBuilder().explaining(false).build();
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script, Set.of(), false);
              Instant asOf = asOf(d, script);
              Evaluation full = STRICT.evaluate(d, asOf);
              Evaluation bare = quiet.evaluate(d, asOf);
              for (Timeline t : Timeline.values()) {
                assertEquals(t, bare.on(t).timeline());
                assertEquals(withoutExplanation(full.on(t)), bare.on(t));
              }
            });
  }

  private static TimelineEvaluation withoutExplanation(TimelineEvaluation t) {
    return TimelineEvaluation.builder().from(t).explanation(List.of()).build();
  }

  private static List<String> explainedDays(TimelineEvaluation t) {
    List<String> days = new java.util.ArrayList<>();
    for (ExplanationEntry e : t.explanation()) {
      days.add(
          e.kind()
              + " "
              + e.at()
              + e.calendarDay().map(c -> " " + c.date() + " " + c.kind()).orElse(""));
    }
    return days;
  }

  @Test
  void theNationalCalendarAndTheNaiveOracleGiveTheSameEvaluation() {
    Evaluator naive = STRICT.toBuilder().calendar(NaiveCalendar.INSTANCE).build();
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              Evaluation national = STRICT.evaluate(d, asOf);
              Evaluation oracle = naive.evaluate(d, asOf);
              for (Timeline t : Timeline.values()) {
                assertEquals(withoutExplanation(oracle.on(t)), withoutExplanation(national.on(t)));
                assertEquals(explainedDays(oracle.on(t)), explainedDays(national.on(t)));
              }
            });
  }

  @Test
  void leavingExplanationsOutChangesNothingElse() {
    Evaluator quiet = STRICT.toBuilder().explaining(false).build();
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              Evaluation full = STRICT.evaluate(d, asOf);
              Evaluation bare = quiet.evaluate(d, asOf);
              for (Timeline t : Timeline.values()) {
                assertEquals(List.of(), bare.on(t).explanation());
                assertTrue(!full.on(t).explanation().isEmpty());
                assertEquals(withoutExplanation(full.on(t)), bare.on(t));
              }
            });
  }

  @Test
  void leavingExplanationsOutChangesNothingElseAtAnyInstantOfTheLog() {
    // Read at any instant between the receipt and the last recording, some events may have
    // occurred but not yet been recorded: bulk mode then must not share one replay of the log
    // between the timelines (it does when the same events apply on both).
    Evaluator quiet = STRICT.toBuilder().explaining(false).build();
    qt().withExamples(EXAMPLES)
        .forAll(scripts(), integers().between(0, 1000))
        .checkAssert(
            (script, permille) -> {
              Dossier d = dossier(script);
              Instant received = d.events().get(0).occurredAt();
              Instant last = asOf(d, script);
              Instant asOf =
                  received.plus(
                      Duration.between(received, last).multipliedBy(permille).dividedBy(1000));
              Evaluation full = STRICT.evaluate(d, asOf);
              Evaluation bare = quiet.evaluate(d, asOf);
              for (Timeline t : Timeline.values()) {
                assertEquals(withoutExplanation(full.on(t)), bare.on(t));
              }
            });
  }

  @Test
  void inLenientModeAMessyLogEvaluatesTheSameInBulkAtAndAroundEveryInstantOfIt() {
    // Lenient mode skips events and gives out-of-order ones their predecessor's instant: bulk mode
    // shares one replay between the timelines only when that changes nothing, at any instant.
    Evaluator quiet = LENIENT.toBuilder().explaining(false).build();
    qt().withExamples(EXAMPLES)
        .forAll(
            scripts(),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 6),
            integers().between(0, 10_000))
        .checkAssert(
            (script, mutations, pick) -> {
              Dossier messy = messy(dossier(script), mutations);
              Instant received = messy.events().get(0).occurredAt();
              List<Instant> instants = new java.util.ArrayList<>();
              for (DossierEvent e : messy.events()) {
                for (Instant x : List.of(e.occurredAt(), e.recordedAt())) {
                  for (Instant y : List.of(x.minusNanos(1), x, x.plusNanos(1))) {
                    if (!y.isBefore(received)) {
                      instants.add(y);
                    }
                  }
                }
              }
              Instant asOf = instants.get(pick % instants.size());
              Evaluation full = LENIENT.evaluate(messy, asOf);
              Evaluation bare = quiet.evaluate(messy, asOf);
              for (Timeline t : Timeline.values()) {
                assertEquals(withoutExplanation(full.on(t)), bare.on(t), t + " at " + asOf);
              }
              assertEquals(full.findings(), bare.findings());
            });
  }

  /**
   * A valid dossier made messy: events moved back in time on either timeline or recorded much
   * later, events repeated, a second receipt, a terminal event or a RESUMED with nothing to resume
   * inserted. The receipt keeps its instants.
   */
  private static Dossier messy(Dossier valid, List<Integer> mutations) {
    List<DossierEvent> events = new java.util.ArrayList<>(valid.events());
    for (int m : mutations) {
      int i = m % events.size();
      DossierEvent e = events.get(i);
      Duration shift = Duration.ofMinutes((m / 1024) % 6000);
      DossierEvent.Builder b = DossierEvent.builder().from(e);
      switch ((m / 64) % 7) {
        case 0 -> b.occurredAt(e.occurredAt().minus(shift));
        case 1 -> b.recordedAt(e.recordedAt().minus(shift));
        case 2 -> b.recordedAt(e.recordedAt().plus(shift));
        case 3 -> {
          events.add(i + 1, e);
          continue;
        }
        case 4 -> {
          events.add(i + 1, DossierEvent.builder().from(e).type(EventType.WITHDRAWN).build());
          continue;
        }
        case 5 -> {
          events.add(
              i + 1,
              DossierEvent.builder()
                  .from(events.get(0))
                  .occurredAt(e.occurredAt())
                  .recordedAt(e.recordedAt())
                  .build());
          continue;
        }
        default -> {
          events.add(i + 1, DossierEvent.builder().from(e).type(EventType.RESUMED).build());
          continue;
        }
      }
      if (i > 0) {
        events.set(i, b.build());
      }
    }
    return Dossier.builder().from(valid).events(events).build();
  }

  @Test
  void theHoldingsShareTheElapsedTimeExactly() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              for (Timeline t : Timeline.values()) {
                Duration held = Duration.ZERO;
                for (StepRecord row : e.on(t).steps()) {
                  assertTrue(!row.clockTimeHeld().isNegative());
                  held = held.plus(row.clockTimeHeld());
                }
                assertEquals(e.on(t).elapsed(), held);
              }
            });
  }
}
