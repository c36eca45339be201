package io.github.proctime.core.internal;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Finding;
import io.github.proctime.core.InvalidDossierException;
import io.github.proctime.core.LogRule;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.Severity;
import io.github.proctime.core.Step;
import io.github.proctime.core.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over a dossier's log in written order: checks every {@link LogRule} that concerns single
 * events, decides which events the clock applies, and fixes each event's instant on both timelines.
 * Strict mode throws at the first broken rule; lenient mode collects findings.
 */
final class LogCheck {
  static final String SOURCE = "proctime event-log rules (DossierEvent, LogRule)";

  private final Dossier dossier;
  private final List<DossierEvent> events;
  private final int receipt;
  private final ProcedureVersion version;
  private final EvaluationMode mode;
  private final Texts texts;

  final boolean[] skipped;
  final Instant[] occurred;
  final Instant[] recorded;

  /** The step each checked event names, where the version has it; null otherwise. */
  final Step[] steps;

  /**
   * Each event's texts, null where absent, read once here for both timeline runs: an event's
   * getters make a new Optional on every call, and replaying the log called them again and again.
   */
  final String[] officials;

  final String[] units;
  final String[] toOfficials;
  final String[] toUnits;
  final String[] stepIds;

  final List<Finding> findings = new ArrayList<>();

  LogCheck(
      Dossier dossier, int receipt, ProcedureVersion version, EvaluationMode mode, Texts texts) {
    this.dossier = dossier;
    this.events = dossier.events();
    this.receipt = receipt;
    this.version = version;
    this.mode = mode;
    this.texts = texts;
    this.skipped = new boolean[events.size()];
    this.occurred = new Instant[events.size()];
    this.recorded = new Instant[events.size()];
    this.steps = new Step[events.size()];
    this.officials = new String[events.size()];
    this.units = new String[events.size()];
    this.toOfficials = new String[events.size()];
    this.toUnits = new String[events.size()];
    this.stepIds = new String[events.size()];
  }

  void run() {
    String holder = null;
    int terminal = -1;
    int supplementOpen = -1;
    int financialOpen = -1;
    int pauseOpen = -1;
    for (int i = 0; i < events.size(); i++) {
      DossierEvent e = events.get(i);
      officials[i] = e.official().orElse(null);
      units[i] = e.unit().orElse(null);
      toOfficials[i] = e.toOfficial().orElse(null);
      toUnits[i] = e.toUnit().orElse(null);
      stepIds[i] = e.step().orElse(null);
      Instant o = e.occurredAt();
      Instant rc = e.recordedAt();
      if (rc.isBefore(o)) {
        violate(
            LogRule.RECORDED_BEFORE_OCCURRED,
            i,
            "recordedAt",
            rc.toString(),
            Timeline.RECORDED,
            Severity.ERROR,
            "recorded at "
                + texts.at(rc)
                + ", before it occurred at "
                + texts.at(o)
                + "; kept in its place in the log and taken as recorded when it occurred on the"
                + " recorded timeline");
        rc = o;
      }
      if (i > receipt) {
        if (o.isBefore(occurred[i - 1])) {
          violate(
              LogRule.OCCURRED_OUT_OF_ORDER,
              i,
              "occurredAt",
              o.toString(),
              Timeline.OCCURRED,
              Severity.ERROR,
              "occurred at "
                  + texts.at(o)
                  + ", before event "
                  + (i - 1)
                  + " at "
                  + texts.at(occurred[i - 1])
                  + "; kept in its place in the log and taken as occurring at "
                  + texts.at(occurred[i - 1])
                  + " on the occurred timeline");
          o = occurred[i - 1];
        }
        if (rc.isBefore(recorded[i - 1])) {
          violate(
              LogRule.RECORDED_OUT_OF_ORDER,
              i,
              "recordedAt",
              rc.toString(),
              Timeline.RECORDED,
              Severity.ERROR,
              "recorded at "
                  + texts.at(rc)
                  + ", before event "
                  + (i - 1)
                  + " at "
                  + texts.at(recorded[i - 1])
                  + "; kept in its place in the log and taken as recorded at "
                  + texts.at(recorded[i - 1])
                  + " on the recorded timeline");
          rc = recorded[i - 1];
        }
      }
      occurred[i] = o;
      recorded[i] = rc;
      if (i < receipt) {
        violate(
            LogRule.FIRST_EVENT_NOT_RECEIVED,
            i,
            "type",
            e.type().name(),
            null,
            Severity.WARNING,
            "comes before the receipt (event "
                + receipt
                + "); kept in the log, not applied to the clock");
        skipped[i] = true;
        continue;
      }
      checkRequiredFields(i, e);
      if (terminal >= 0) {
        violate(
            LogRule.EVENT_AFTER_TERMINAL,
            i,
            "type",
            e.type().name(),
            null,
            Severity.WARNING,
            "follows the terminal event "
                + terminal
                + " ("
                + events.get(terminal).type()
                + "); kept in the log, not applied to the clock");
        skipped[i] = true;
        continue;
      }
      checkStep(i, e);
      switch (e.type()) {
        case RECEIVED:
          if (i != receipt) {
            violate(
                LogRule.DUPLICATE_RECEIPT,
                i,
                "type",
                e.type().name(),
                null,
                Severity.WARNING,
                "repeats the receipt (event "
                    + receipt
                    + "); kept in the log, not applied to the clock");
            skipped[i] = true;
          } else {
            holder = officials[i];
          }
          break;
        case HANDED_OVER:
          if (holder != null && officials[i] != null && !holder.equals(officials[i])) {
            violate(
                LogRule.HAND_OVER_FROM_NON_HOLDER,
                i,
                "official",
                officials[i],
                null,
                Severity.ERROR,
                "hands over a dossier held by "
                    + holder
                    + "; applied as recorded: "
                    + holder
                    + "'s holding ends here and "
                    + (toOfficials[i] != null ? toOfficials[i] : "an unknown official")
                    + " holds the dossier");
          }
          holder = toOfficials[i];
          break;
        case SUPPLEMENT_REQUESTED:
          supplementOpen = open(i, e, supplementOpen, "supplement request");
          break;
        case SUPPLEMENT_RECEIVED:
          supplementOpen =
              close(i, e, supplementOpen, LogRule.SUPPLEMENT_WITHOUT_REQUEST, "supplement request");
          break;
        case FINANCIAL_OBLIGATION_REQUESTED:
          financialOpen = open(i, e, financialOpen, "financial obligation request");
          break;
        case FINANCIAL_OBLIGATION_FULFILLED:
          financialOpen =
              close(
                  i,
                  e,
                  financialOpen,
                  LogRule.FULFILMENT_WITHOUT_REQUEST,
                  "financial obligation request");
          break;
        case PAUSED:
          pauseOpen = open(i, e, pauseOpen, "pause");
          break;
        case RESUMED:
          pauseOpen = close(i, e, pauseOpen, LogRule.RESUME_WITHOUT_PAUSE, "pause");
          break;
        default:
          if (e.type().isTerminal()) {
            terminal = i;
          }
          break;
      }
    }
  }

  private int open(int i, DossierEvent e, int openIndex, String what) {
    if (openIndex >= 0) {
      violate(
          LogRule.PAUSE_ALREADY_OPEN,
          i,
          "type",
          e.type().name(),
          null,
          Severity.WARNING,
          "opens a "
              + what
              + " while the one opened at event "
              + openIndex
              + " is still open; kept in the log, not applied to the clock (the open one"
              + " continues)");
      skipped[i] = true;
      return openIndex;
    }
    return i;
  }

  private int close(int i, DossierEvent e, int openIndex, LogRule rule, String what) {
    if (openIndex < 0) {
      violate(
          rule,
          i,
          "type",
          e.type().name(),
          null,
          Severity.WARNING,
          "has no open " + what + "; kept in the log, not applied to the clock");
      skipped[i] = true;
      return -1;
    }
    return -1;
  }

  private void checkRequiredFields(int i, DossierEvent e) {
    switch (e.type()) {
      case RECEIVED:
        require(i, e, "official", officials[i] != null, "the first holder is unknown");
        require(i, e, "unit", units[i] != null, "the first holder's unit is unknown");
        break;
      case HANDED_OVER:
        require(i, e, "official", officials[i] != null, "the official handing over is unknown");
        require(i, e, "toOfficial", toOfficials[i] != null, "the new holder is unknown");
        require(i, e, "toUnit", toUnits[i] != null, "the new holder's unit is unknown");
        break;
      case STEP_COMPLETED:
        require(
            i,
            e,
            "official",
            officials[i] != null,
            "the official who completed the step is unknown");
        break;
      case PAUSED:
        require(
            i,
            e,
            "reason",
            e.reason().isPresent(),
            "without a reason the pause is invalid and the clock keeps running");
        break;
      case APOLOGY_ISSUED:
        require(
            i,
            e,
            "newAppointment",
            e.newAppointment().isPresent(),
            "the apology gives no new appointment");
        require(i, e, "reason", e.reason().isPresent(), "the apology states no reason");
        break;
      default:
        break;
    }
  }

  private void require(int i, DossierEvent e, String field, boolean present, String effect) {
    if (!present) {
      violate(
          LogRule.REQUIRED_FIELD_MISSING,
          i,
          field,
          "",
          null,
          Severity.ERROR,
          "has no " + field + "; applied without it: " + effect);
    }
  }

  private void checkStep(int i, DossierEvent e) {
    String step = stepIds[i];
    if (step == null || version.steps().isEmpty()) {
      return;
    }
    Optional<Step> known = version.step(step);
    if (known.isPresent()) {
      steps[i] = known.get();
    } else {
      violate(
          LogRule.UNKNOWN_STEP,
          i,
          "step",
          step,
          null,
          Severity.WARNING,
          "names step '"
              + step
              + "', which the procedure version effective "
              + version.effectiveFrom()
              + " does not have; applied without an allotment");
    }
  }

  private void violate(
      LogRule rule,
      int i,
      String field,
      String value,
      Timeline timeline,
      Severity severity,
      String consequence) {
    DossierEvent e = events.get(i);
    String prefix = "Event " + i + " (" + e.type() + ") of dossier " + dossier.code() + " ";
    if (mode == EvaluationMode.STRICT) {
      String strict = consequence.contains(";") ? consequence.split(";")[0] : consequence;
      throw new InvalidDossierException(
          dossier.code(),
          i,
          field,
          value,
          rule,
          prefix + strict + " (field " + field + ", rule: " + rule.description() + ")");
    }
    Finding.Builder f =
        Finding.builder()
            .code(rule.code())
            .severity(severity)
            .rule(rule.description())
            .source(SOURCE)
            .dossierCode(dossier.code())
            .eventIndex(i)
            .message(prefix + consequence)
            .evidence(
                "field "
                    + field
                    + "="
                    + (value.isEmpty() ? "<missing>" : value)
                    + "; occurredAt="
                    + e.occurredAt()
                    + "; recordedAt="
                    + e.recordedAt());
    if (timeline != null) {
      f.timeline(timeline);
    }
    e.official().ifPresent(f::official);
    e.unit().ifPresent(f::unit);
    findings.add(f.build());
  }
}
