package io.github.proctime.examples.cli;

import io.github.proctime.core.Attribution;
import io.github.proctime.core.DelayShare;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.ExplanationEntry;
import io.github.proctime.core.ExplanationKind;
import io.github.proctime.core.Finding;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimelineEvaluation;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints one dossier's story for a person: how the due time was reached, each step with its verdict
 * as on the process-control slip, who caused what delay, and the compliance findings.
 */
final class DossierStory {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  DossierStory(ZoneId zone) {
    this.zone = zone;
  }

  void print(
      PrintWriter out,
      Evaluation evaluation,
      String procedureName,
      Attribution attribution,
      List<Finding> compliance) {
    TimelineEvaluation t = evaluation.occurred();
    out.printf(
        "Dossier %s — %s %s%n",
        evaluation.dossierCode(), evaluation.procedureCode(), procedureName);
    out.printf(
        "  processing time %s (version effective %s), rule set %s, as of %s%n",
        evaluation.procedureVersion().processingTime(),
        evaluation.procedureVersion().effectiveFrom(),
        evaluation.ruleSetId(),
        when(evaluation.asOf()));
    out.printf("  state: %s (%s); due %s", t.state(), t.state().vietnameseLabel(), when(t.dueAt()));
    t.endedAt().ifPresent(end -> out.printf("; ended %s", when(end)));
    out.println();
    if (!t.delay().isZero()) {
      out.printf("  delay: %s of working time past the due time%n", hours(t.delay()));
    } else if (t.endedAt().isEmpty()) {
      out.printf("  remaining: %s of working time%n", hours(t.remaining()));
    }
    if (evaluation.isStateDifferentOnRecord()) {
      out.printf(
          "  on the recorded timeline: %s (%s), due %s — the record differs from what happened%n",
          evaluation.recorded().state(),
          evaluation.recorded().state().vietnameseLabel(),
          when(evaluation.recorded().dueAt()));
    }
    out.println();
    out.println("How the due time was reached:");
    for (ExplanationEntry entry : t.explanation()) {
      if (entry.kind() == ExplanationKind.NON_WORKING_DAY_SKIPPED
          && entry.calendarDay().map(d -> d.kind().name().equals("WEEKEND")).orElse(false)) {
        continue; // weekends are implied by "working days"; holidays and closures are named
      }
      out.printf("  %s  %s%n", when(entry.at()), entry.text());
    }
    out.println();
    out.println("Steps (as on the process-control slip):");
    out.printf(
        "  %-2s %-13s %-28s %-16s %-16s %-9s %-9s %-8s %s%n",
        "#", "step", "holder (unit)", "from", "to", "allotted", "used", "overrun", "verdict");
    for (StepRecord step : t.steps()) {
      out.printf(
          "  %-2d %-13s %-28s %-16s %-16s %-9s %-9s %-8s %s%n",
          step.index() + 1,
          step.stepId().orElse("-"),
          clip(step.holderOfficial().orElse("?") + " (" + step.holderUnit().orElse("?") + ")", 28),
          when(step.startedAt()),
          step.endedAt().map(this::when).orElse("(holding)"),
          step.allottedTime().map(DossierStory::hours).orElse("-"),
          hours(step.timeUsed()),
          step.overrun().isZero() ? "" : hours(step.overrun()),
          step.verdict().map(v -> v.vietnameseLabel()).orElse(""));
    }
    out.println();
    if (attribution.shares().isEmpty()) {
      out.println("Who caused the delay: nobody — the dossier is not late.");
    } else {
      out.printf(
          "Who caused the delay (%s, method %s):%n",
          hours(attribution.delay()), attribution.method());
      for (DelayShare share : attribution.shares()) {
        out.printf(
            "  %-8s %-28s %-16s %s%n",
            hours(share.amount()),
            clip(
                share.official().orElse(share.party().name())
                    + share.unit().map(u -> " (" + u + ")").orElse(""),
                28),
            share.cause(),
            share.explanation());
      }
    }
    // ComplianceCheck already ends its list with the evaluation's own log anomalies.
    List<Finding> all = compliance;
    if (!all.isEmpty()) {
      out.println();
      out.println("Findings:");
      for (Finding f : all) {
        out.printf("  [%s] %s — %s (%s)%n", f.severity(), f.code(), f.message(), f.source());
      }
    }
    out.flush();
  }

  private String when(Instant instant) {
    return WHEN.format(instant.atZone(zone));
  }

  static String hours(Duration d) {
    long minutes = d.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    minutes = Math.abs(minutes);
    return sign + (minutes / 60) + "h" + String.format("%02d", minutes % 60);
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
