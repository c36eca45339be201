package io.github.proctime.core.internal.report;

import io.github.proctime.core.report.GroupFigures;
import io.github.proctime.core.report.Indicator766Policy;
import io.github.proctime.core.report.TimelinessIndicator;
import java.time.Duration;

/** The running figures of one group; memory independent of the number of dossiers. */
final class GroupTally {
  private final long[] outcomes = new long[DossierFacts.Outcome.values().length];
  private long received;
  private long carriedOver;
  private long dueSoon;
  private long waiting;
  private long processingSeconds;
  private long pausedSeconds;
  private long invalidSeconds;
  private final long[] apologies = new long[DossierFacts.Apology.values().length];
  private long denominator766;
  private long numerator766;
  private long repeated766;
  private final WorkingTimeHistogram histogram = new WorkingTimeHistogram();

  void add(DossierFacts f) {
    if (f.inReport()) {
      if (f.origin() == DossierFacts.Origin.RECEIVED) {
        received++;
      } else {
        carriedOver++;
      }
      outcomes[f.outcome().ordinal()]++;
      if (f.dueSoon()) {
        dueSoon++;
      }
      if (f.waitingForApplicant()) {
        waiting++;
      }
      if (f.outcome().isFinished()) {
        processingSeconds = Math.addExact(processingSeconds, f.processingTime().toSeconds());
        histogram.add(f.processingTime());
      }
      pausedSeconds = Math.addExact(pausedSeconds, f.paused().toSeconds());
      invalidSeconds = Math.addExact(invalidSeconds, f.invalidlyPaused().toSeconds());
      apologies[f.apology().ordinal()]++;
    }
    if (f.in766()) {
      denominator766++;
      if (f.onTime766()) {
        numerator766++;
      }
      if (f.repeatedSupplement766()) {
        repeated766++;
      }
    }
  }

  void merge(GroupTally o) {
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] += o.outcomes[i];
    }
    for (int i = 0; i < apologies.length; i++) {
      apologies[i] += o.apologies[i];
    }
    received += o.received;
    carriedOver += o.carriedOver;
    dueSoon += o.dueSoon;
    waiting += o.waiting;
    processingSeconds = Math.addExact(processingSeconds, o.processingSeconds);
    pausedSeconds = Math.addExact(pausedSeconds, o.pausedSeconds);
    invalidSeconds = Math.addExact(invalidSeconds, o.invalidSeconds);
    denominator766 += o.denominator766;
    numerator766 += o.numerator766;
    repeated766 += o.repeated766;
    histogram.merge(o.histogram);
  }

  private long count(DossierFacts.Outcome o) {
    return outcomes[o.ordinal()];
  }

  private long count(DossierFacts.Apology a) {
    return apologies[a.ordinal()];
  }

  GroupFigures toFigures(Duration workingDayLength, Indicator766Policy policy) {
    return GroupFigures.builder()
        .received(received)
        .carriedOver(carriedOver)
        .finishedEarly(count(DossierFacts.Outcome.FINISHED_EARLY))
        .finishedOnTime(count(DossierFacts.Outcome.FINISHED_ON_TIME))
        .finishedLate(count(DossierFacts.Outcome.FINISHED_LATE))
        .refused(count(DossierFacts.Outcome.REFUSED))
        .withdrawn(count(DossierFacts.Outcome.WITHDRAWN))
        .stopped(count(DossierFacts.Outcome.STOPPED))
        .inProgressOnTime(count(DossierFacts.Outcome.IN_PROGRESS_ON_TIME))
        .inProgressOverdue(count(DossierFacts.Outcome.IN_PROGRESS_OVERDUE))
        .inProgressDueSoon(dueSoon)
        .waitingForApplicant(waiting)
        .totalProcessingTime(Duration.ofSeconds(processingSeconds))
        .processingTimeP50(histogram.percentile(50))
        .processingTimeP90(histogram.percentile(90))
        .totalPaused(Duration.ofSeconds(pausedSeconds))
        .totalInvalidlyPaused(Duration.ofSeconds(invalidSeconds))
        .apologyOnTime(count(DossierFacts.Apology.ON_TIME))
        .apologyLate(count(DossierFacts.Apology.LATE))
        .apologyMissing(count(DossierFacts.Apology.MISSING))
        .workingDayLength(workingDayLength)
        .indicator766(
            TimelinessIndicator.builder()
                .denominator(denominator766)
                .numerator(numerator766)
                .lateByRepeatedSupplement(repeated766)
                .maxPoints(policy.maxPoints())
                .scoreTarget(policy.scoreTarget())
                .build())
        .build();
  }
}
