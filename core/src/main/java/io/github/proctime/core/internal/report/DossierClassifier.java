package io.github.proctime.core.internal.report;

import io.github.proctime.core.DossierState;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.PauseKind;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.Timeline;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.core.report.Indicator766Appointment;
import io.github.proctime.core.report.Indicator766Denominator;
import io.github.proctime.core.report.Indicator766Policy;
import io.github.proctime.core.report.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Places one evaluated dossier in a period: the rules documented on ReportAggregator. */
final class DossierClassifier {
  private final Instant start;
  private final Instant end;
  private final Instant judgedAt;
  private final Timeline timeline;
  private final Indicator766Policy policy;

  DossierClassifier(
      ReportPeriod period, Instant judgedAt, Timeline timeline, Indicator766Policy policy) {
    this.start = period.startInstant();
    this.end = period.endInstant();
    this.judgedAt = judgedAt;
    this.timeline = timeline;
    this.policy = policy;
  }

  DossierFacts classify(Evaluation evaluation) {
    TimelineEvaluation t = evaluation.on(timeline);
    DossierFacts.Origin origin = origin(t);
    DossierFacts.Outcome outcome = DossierFacts.Outcome.NONE;
    DossierFacts.Apology apology = DossierFacts.Apology.NOT_REQUIRED;
    boolean dueSoon = false;
    boolean waiting = false;
    if (origin != DossierFacts.Origin.OUTSIDE) {
      outcome = outcome(t);
      apology = apology(t, outcome);
      dueSoon =
          t.state() == DossierState.IN_PROGRESS_DUE_SOON
              && outcome == DossierFacts.Outcome.IN_PROGRESS_ON_TIME;
      waiting = t.state() == DossierState.WAITING_FOR_APPLICANT;
    }
    TimelineEvaluation t766 = evaluation.on(policy.timeline());
    DossierFacts.Origin origin766 = origin(t766);
    boolean in766 =
        origin766 == DossierFacts.Origin.RECEIVED
            || (origin766 == DossierFacts.Origin.CARRIED_OVER
                && policy.denominator() == Indicator766Denominator.RECEIVED_OR_CARRIED_OVER);
    boolean repeated = in766 && t766.supplementRequests() > 1;
    boolean onTime766 = in766 && !repeated && isOnTime766(t766);
    return new DossierFacts(
        origin,
        outcome,
        t.elapsed(),
        t.legitimatelyPaused(),
        t.invalidlyPaused(),
        apology,
        dueSoon,
        waiting,
        in766,
        onTime766,
        repeated);
  }

  private DossierFacts.Origin origin(TimelineEvaluation t) {
    Instant received = t.receivedAt();
    if (!received.isBefore(end) || received.isAfter(judgedAt)) {
      return DossierFacts.Origin.OUTSIDE;
    }
    if (!received.isBefore(start)) {
      return DossierFacts.Origin.RECEIVED;
    }
    Optional<Instant> ended = t.state().isInProgress() ? Optional.empty() : t.endedAt();
    if (ended.isPresent() && ended.get().isBefore(start)) {
      return DossierFacts.Origin.OUTSIDE;
    }
    return DossierFacts.Origin.CARRIED_OVER;
  }

  private static DossierFacts.Outcome outcome(TimelineEvaluation t) {
    DossierState s = t.state();
    switch (s) {
      case FINISHED_EARLY:
        return DossierFacts.Outcome.FINISHED_EARLY;
      case FINISHED_ON_TIME:
        return DossierFacts.Outcome.FINISHED_ON_TIME;
      case FINISHED_LATE:
        return DossierFacts.Outcome.FINISHED_LATE;
      case REFUSED:
        return DossierFacts.Outcome.REFUSED;
      case WITHDRAWN:
        return DossierFacts.Outcome.WITHDRAWN;
      case STOPPED:
        return DossierFacts.Outcome.STOPPED;
      default:
        return s == DossierState.IN_PROGRESS_OVERDUE || t.remaining().isNegative()
            ? DossierFacts.Outcome.IN_PROGRESS_OVERDUE
            : DossierFacts.Outcome.IN_PROGRESS_ON_TIME;
    }
  }

  private static DossierFacts.Apology apology(TimelineEvaluation t, DossierFacts.Outcome outcome) {
    if (t.apologies().isEmpty()) {
      return outcome.isLate() ? DossierFacts.Apology.MISSING : DossierFacts.Apology.NOT_REQUIRED;
    }
    return t.apologies().get(0).isTimely()
        ? DossierFacts.Apology.ON_TIME
        : DossierFacts.Apology.LATE;
  }

  /**
   * The 766 rule for a dossier with at most one supplement request: the end (the end event, or the
   * request of an unanswered supplement, or the judgement instant) less the answered supplement
   * waits, not after the appointment.
   */
  private boolean isOnTime766(TimelineEvaluation t) {
    Instant endOfProcessing;
    if (!t.state().isInProgress() && t.endedAt().isPresent()) {
      endOfProcessing = t.endedAt().get();
    } else {
      endOfProcessing = judgedAt;
      for (PauseRecord p : t.pauses()) {
        if (p.kind() == PauseKind.SUPPLEMENT && p.isOpen()) {
          endOfProcessing = p.startedAt();
        }
      }
    }
    Duration supplementWait = Duration.ZERO;
    for (PauseRecord p : t.pauses()) {
      if (p.kind() == PauseKind.SUPPLEMENT
          && p.endedAt().isPresent()
          && !p.endedAt().get().isAfter(endOfProcessing)) {
        supplementWait = supplementWait.plus(Duration.between(p.startedAt(), p.endedAt().get()));
      }
    }
    Instant appointment =
        policy.appointment() == Indicator766Appointment.RESCHEDULED
            ? t.rescheduledAppointment().orElse(t.baseDue())
            : t.baseDue();
    return !endOfProcessing.minus(supplementWait).isAfter(appointment);
  }
}
