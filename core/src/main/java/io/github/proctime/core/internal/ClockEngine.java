package io.github.proctime.core.internal;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.EventType;
import io.github.proctime.core.InvalidDossierException;
import io.github.proctime.core.LogRule;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.RuleBook;
import io.github.proctime.core.RuleSet;
import io.github.proctime.core.Timeline;
import io.github.proctime.core.TimelineEvaluation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dossier clock behind {@link io.github.proctime.core.Evaluator}. Unsupported; use the
 * evaluator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClockEngine {
  private final WorkingCalendar calendar;
  private final ProcedureCatalogue procedures;
  private final RuleBook ruleBook;
  private final EvaluationMode mode;
  private final boolean explaining;
  private final LocalClock clock;

  /**
   * Creates an engine.
   *
   * @param calendar the working calendar
   * @param procedures the procedure catalogue
   * @param ruleBook the rule book
   * @param mode the mode
   * @param explaining whether to build explanations
   */
  public ClockEngine(
      WorkingCalendar calendar,
      ProcedureCatalogue procedures,
      RuleBook ruleBook,
      EvaluationMode mode,
      boolean explaining) {
    this.calendar = calendar;
    this.procedures = procedures;
    this.ruleBook = ruleBook;
    this.mode = mode;
    this.explaining = explaining;
    this.clock = LocalClock.of(calendar.zone());
  }

  /**
   * Evaluates a dossier.
   *
   * @param dossier the dossier
   * @param asOf the evaluation instant
   * @return the evaluation
   * @throws InvalidDossierException as documented on the evaluator
   */
  public Evaluation evaluate(Dossier dossier, Instant asOf) {
    List<DossierEvent> events = dossier.events();
    String code = dossier.code();
    int receipt = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).type() == EventType.RECEIVED) {
        receipt = i;
        break;
      }
    }
    if (receipt < 0) {
      throw new InvalidDossierException(
          code,
          -1,
          "events",
          "",
          LogRule.RECEIPT_MISSING,
          "Dossier "
              + code
              + " has no RECEIVED event among its "
              + events.size()
              + " events (field events, rule: "
              + LogRule.RECEIPT_MISSING.description()
              + ")");
    }
    Optional<Procedure> procedure = procedures.find(dossier.procedureCode());
    if (procedure.isEmpty()) {
      throw new InvalidDossierException(
          code,
          -1,
          "procedureCode",
          dossier.procedureCode(),
          LogRule.UNKNOWN_PROCEDURE,
          "Dossier "
              + code
              + " names procedure '"
              + dossier.procedureCode()
              + "', which is not in the catalogue (field procedureCode, rule: "
              + LogRule.UNKNOWN_PROCEDURE.description()
              + ")");
    }
    Instant receivedAt = events.get(receipt).occurredAt();
    LocalDate receiptDate = clock.date(receivedAt);
    Optional<ProcedureVersion> version = procedure.get().versionOn(receiptDate);
    if (version.isEmpty()) {
      throw new InvalidDossierException(
          code,
          receipt,
          "occurredAt",
          receivedAt.toString(),
          LogRule.NO_VERSION_IN_FORCE,
          "Dossier "
              + code
              + " was received on "
              + receiptDate
              + ", before the first version of procedure "
              + procedure.get().code()
              + " (effective "
              + procedure.get().versions().get(0).effectiveFrom()
              + ") (field occurredAt, rule: "
              + LogRule.NO_VERSION_IN_FORCE.description()
              + ")");
    }
    Optional<RuleSet> rules = ruleBook.ruleSetOn(receiptDate);
    if (rules.isEmpty()) {
      throw new InvalidDossierException(
          code,
          receipt,
          "occurredAt",
          receivedAt.toString(),
          LogRule.NO_RULE_SET_IN_FORCE,
          "Dossier "
              + code
              + " was received on "
              + receiptDate
              + ", when no rule set of "
              + ruleBook
              + " was in force (field occurredAt, rule: "
              + LogRule.NO_RULE_SET_IN_FORCE.description()
              + ")");
    }
    if (asOf.isBefore(receivedAt)) {
      throw new InvalidDossierException(
          code,
          receipt,
          "asOf",
          asOf.toString(),
          LogRule.AS_OF_BEFORE_RECEIPT,
          "Dossier "
              + code
              + " cannot be evaluated at "
              + asOf
              + ", before its receipt at "
              + receivedAt
              + " (field asOf, rule: "
              + LogRule.AS_OF_BEFORE_RECEIPT.description()
              + ")");
    }
    Texts texts = new Texts(clock);
    LogCheck check = new LogCheck(dossier, receipt, version.get(), mode, texts);
    check.run();
    // In bulk mode the two timelines share one replay of the log when the same events apply on
    // both (the replay reads the instants only to stop at the first event after asOf); explained
    // runs replay each timeline, since their texts carry its instants.
    // (A log with one timestamp per event runs once, see below, and needs no shared replay.)
    boolean sameInstants = !explaining && Arrays.equals(check.occurred, check.recorded);
    TimelineRun.Replay shared =
        !explaining
                && !sameInstants
                && TimelineRun.cut(check, receipt, check.occurred, asOf)
                    == TimelineRun.cut(check, receipt, check.recorded, asOf)
            ? new TimelineRun.Replay(events.size())
            : null;
    int receiptIndex = receipt;
    java.util.function.Function<Timeline, TimelineEvaluation> replay =
        timeline ->
            new TimelineRun(
                    calendar,
                    dossier,
                    version.get(),
                    rules.get(),
                    asOf,
                    receiptIndex,
                    check,
                    timeline == Timeline.OCCURRED ? check.occurred : check.recorded,
                    timeline,
                    texts,
                    explaining,
                    shared)
                .run();
    TimelineEvaluation onOccurred = replay.apply(Timeline.OCCURRED);
    TimelineEvaluation onRecorded;
    if (sameInstants) {
      // Every event was recorded when it occurred (a log with one timestamp per event, such as the
      // portal's): the recorded timeline replays the same instants, so its evaluation is the
      // occurred one under the other name. Not in explaining mode, whose texts name the timeline.
      onRecorded =
          TimelineEvaluation.builder().from(onOccurred).timeline(Timeline.RECORDED).build();
    } else {
      onRecorded = replay.apply(Timeline.RECORDED);
    }
    return Evaluation.builder()
        .dossierCode(code)
        .procedureCode(dossier.procedureCode())
        .asOf(asOf)
        .mode(mode)
        .ruleSet(rules.get())
        .procedureVersion(version.get())
        .occurred(onOccurred)
        .recorded(onRecorded)
        .findings(check.findings)
        .build();
  }
}
