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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttributorProperties {
  private static final int EXAMPLES = 200;
  private static final Evaluator STRICT =
      Evaluator.builder()
          .calendar(CALENDAR)
          .procedures(CATALOGUE)
          .ruleBook(TestDossiers.BOOK_WITH_PAUSE_REASON)
          .build();
  private static final List<Attributor> ATTRIBUTORS =
      List.of(
          Attributor.of(CALENDAR, AttributionMethod.STEP_OVERRUN_IN_HANDOVER_ORDER),
          Attributor.of(CALENDAR, AttributionMethod.HOLDER_AT_DUE));

  /** Every attribution of a generated dossier: both methods on both timelines. */
  private static List<Attribution> attributions(Evaluation e) {
    List<Attribution> all = new ArrayList<>();
    for (Attributor a : ATTRIBUTORS) {
      for (Timeline t : Timeline.values()) {
        all.add(a.attribute(e, t));
      }
    }
    return all;
  }

  @Test
  void theSharesAddUpToTheDelayInWholeMinutes() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              for (Attribution a : attributions(e)) {
                Duration sum = Duration.ZERO;
                for (DelayShare s : a.shares()) {
                  assertTrue(s.amount().compareTo(Duration.ZERO) > 0, s.toString());
                  assertEquals(0, s.amount().toSecondsPart());
                  assertEquals(0, s.amount().toNanosPart());
                  sum = sum.plus(s.amount());
                }
                assertEquals(e.on(a.timeline()).delay(), a.delay());
                assertEquals(a.delay(), sum);
                assertEquals(a.delay(), a.attributed().plus(a.applicant()).plus(a.unattributed()));
              }
            });
  }

  @Test
  void noShareGoesToAnOfficialWhoNeverHeldTheDossier() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              Evaluation e = STRICT.evaluate(d, asOf);
              for (Attribution a : attributions(e)) {
                Set<String> holders = holders(d, a.timeline(), asOf);
                for (DelayShare s : a.shares()) {
                  if (s.party() == PartyKind.OFFICIAL) {
                    assertTrue(
                        holders.contains(s.official().orElseThrow()),
                        s.official() + " never held " + holders);
                  } else {
                    assertTrue(s.official().isEmpty());
                  }
                }
              }
            });
  }

  /** The officials who received the dossier, from the log, up to the instant on the timeline. */
  private static Set<String> holders(Dossier d, Timeline timeline, Instant asOf) {
    Set<String> holders = new HashSet<>();
    for (DossierEvent ev : d.events()) {
      Instant at = timeline == Timeline.OCCURRED ? ev.occurredAt() : ev.recordedAt();
      if (at.isAfter(asOf)) {
        continue;
      }
      if (ev.type() == EventType.RECEIVED) {
        ev.official().ifPresent(holders::add);
      }
      if (ev.type() == EventType.HANDED_OVER) {
        ev.toOfficial().ifPresent(holders::add);
      }
    }
    return holders;
  }

  @Test
  void aDossierWithoutDelayHasNoShares() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              for (Attribution a : attributions(e)) {
                DossierState state = e.on(a.timeline()).state();
                if (state == DossierState.FINISHED_EARLY
                    || state == DossierState.FINISHED_ON_TIME
                    || e.on(a.timeline()).delay().isZero()) {
                  assertEquals(List.of(), a.shares());
                  assertEquals(Duration.ZERO, a.delay());
                }
                assertEquals(a.shares().isEmpty(), !a.isLate());
              }
            });
  }

  @Test
  void anOfficialsShareNeverExceedsTheWorkingTimeTheyHeldTheDossier() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              Evaluation e = STRICT.evaluate(d, asOf);
              for (Attribution a : attributions(e)) {
                TimelineEvaluation t = e.on(a.timeline());
                Instant clockEnd = t.endedAt().orElse(asOf);
                Map<String, Duration> held = new HashMap<>();
                for (StepRecord row : t.steps()) {
                  Instant end = row.heldUntil().orElse(clockEnd);
                  end = end.isAfter(clockEnd) ? clockEnd : end;
                  Duration gross =
                      end.isAfter(row.startedAt())
                          ? CALENDAR.workingTimeBetween(row.startedAt(), end)
                          : Duration.ZERO;
                  assertTrue(row.clockTimeHeld().compareTo(gross) <= 0, row.toString());
                  held.merge(
                      row.holderOfficial().orElseThrow(), row.clockTimeHeld(), Duration::plus);
                }
                for (String official : held.keySet()) {
                  assertTrue(
                      a.shareOf(official).compareTo(held.get(official)) <= 0,
                      official + " " + a.shareOf(official) + " > " + held.get(official));
                }
              }
            });
  }

  @Test
  void withoutRecordingDelaysBothTimelinesGetTheSameSharesAndNoneForLateRecording() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script, Set.of(), false);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              for (Attributor attributor : ATTRIBUTORS) {
                Attribution occurred = attributor.attribute(e, Timeline.OCCURRED);
                Attribution recorded = attributor.attribute(e, Timeline.RECORDED);
                assertEquals(occurred.shares(), recorded.shares());
                for (DelayShare s : recorded.shares()) {
                  assertTrue(s.cause() != DelayCause.LATE_RECORDING, s.toString());
                }
              }
            });
  }

  @Test
  void underTheDefaultMethodDelayWithNoOverrunIsNobodys() {
    Attributor attributor = ATTRIBUTORS.get(0);
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              for (Timeline t : Timeline.values()) {
                Attribution a = attributor.attribute(e, t);
                Duration overruns = Duration.ZERO;
                for (StepRecord row : e.on(t).steps()) {
                  overruns = overruns.plus(row.overrun());
                }
                assertTrue(a.attributed().plus(a.applicant()).compareTo(overruns) <= 0);
                if (overruns.isZero()) {
                  assertEquals(a.delay(), a.unattributed());
                }
              }
            });
  }

  @Test
  void theOrderOfEventsWithEqualTimestampsDoesNotChangeTheAttribution() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(scripts(), integers().between(0, 1000))
        .checkAssert(
            (script, pick) -> {
              Dossier base = dossier(script);
              List<DossierEvent> events = base.events();
              if (events.size() < 3) {
                return;
              }
              int k = 1 + pick % (events.size() - 2);
              List<Dossier> pair = equalTimestampsBothWays(base, k);
              Instant asOf = asOf(base, script);
              Evaluation first;
              Evaluation second;
              try {
                first = STRICT.evaluate(pair.get(0), asOf);
                second = STRICT.evaluate(pair.get(1), asOf);
              } catch (InvalidDossierException notAccepted) {
                return;
              }
              for (Timeline t : Timeline.values()) {
                if (!sameClock(first.on(t), second.on(t))) {
                  // The evaluator reads this order differently (for example a STEP_COMPLETED
                  // listed after a hand-over completes the new holder's step): not a reordering
                  // it accepts as equivalent.
                  continue;
                }
                compared.incrementAndGet();
                for (Attributor attributor : ATTRIBUTORS) {
                  assertEquals(
                      totals(attributor.attribute(first, t)),
                      totals(attributor.attribute(second, t)));
                }
              }
            });
    assertTrue(compared.get() > EXAMPLES / 4, "only " + compared + " equivalent reorderings");
  }

  /** Tells whether two timelines have the same clock and ledger, ignoring event indices. */
  private static boolean sameClock(TimelineEvaluation a, TimelineEvaluation b) {
    return a.delay().equals(b.delay())
        && a.dueAt().equals(b.dueAt())
        && ledger(a).equals(ledger(b))
        && pauses(a).equals(pauses(b));
  }

  private static List<List<Object>> ledger(TimelineEvaluation t) {
    List<List<Object>> rows = new ArrayList<>();
    for (StepRecord r : t.steps()) {
      rows.add(
          List.of(
              r.holderOfficial(),
              r.stepId(),
              r.startedAt(),
              r.endedAt(),
              r.heldUntil(),
              r.timeUsed(),
              r.overrun(),
              r.invalidlyPaused()));
    }
    return rows;
  }

  private static List<List<Object>> pauses(TimelineEvaluation t) {
    List<List<Object>> rows = new ArrayList<>();
    for (PauseRecord p : t.pauses()) {
      rows.add(
          List.of(
              p.kind(),
              p.isClockStopped(),
              p.official(),
              p.startedAt(),
              p.endedAt(),
              p.workingTime()));
    }
    return rows;
  }

  /** Two dossiers in which events k and k+1 share event k's instants, listed in both orders. */
  static List<Dossier> equalTimestampsBothWays(Dossier base, int k) {
    List<DossierEvent> events = new ArrayList<>(base.events());
    DossierEvent a = events.get(k);
    DossierEvent b =
        DossierEvent.builder()
            .from(events.get(k + 1))
            .occurredAt(a.occurredAt())
            .recordedAt(a.recordedAt())
            .build();
    events.set(k + 1, b);
    Dossier first = Dossier.builder().from(base).events(events).build();
    events.set(k, b);
    events.set(k + 1, a);
    Dossier second = Dossier.builder().from(base).events(events).build();
    return List.of(first, second);
  }

  /** The amounts per party, cause, official and step, which must not depend on event indices. */
  static Map<String, Duration> totals(Attribution a) {
    Map<String, Duration> totals = new HashMap<>();
    for (DelayShare s : a.shares()) {
      String key =
          s.party() + "|" + s.cause() + "|" + s.official().orElse("") + "|" + s.stepId().orElse("");
      totals.merge(key, s.amount(), Duration::plus);
    }
    return totals;
  }
}
