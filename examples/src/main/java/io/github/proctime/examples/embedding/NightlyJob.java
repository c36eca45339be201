package io.github.proctime.examples.embedding;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierState;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.json.DossierNdjson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A vendor's nightly job: evaluate every open dossier at the end of the working day, warn about
 * those due soon, and draft apology notices for those that are already late or will be before the
 * next check, naming the unit that holds the delay (from the attribution, never "whoever holds it
 * last").
 *
 * <p>Runs on the bundled demo data as of 17:00 on Wednesday 22 January 2025, the week before Tết.
 * The new appointment proposed in a draft is this example's own rule (two working days after
 * tomorrow, at the end of the day); a province sets its own, and an official edits the draft.
 */
public final class NightlyJob {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private NightlyJob() {}

  /**
   * Runs the job.
   *
   * @param args optionally the as-of instant, ISO with offset
   * @throws Exception if the bundled data cannot be read
   */
  public static void main(String[] args) throws Exception {
    Instant asOf =
        OffsetDateTime.parse(args.length > 0 ? args[0] : "2025-01-22T17:00+07:00").toInstant();
    WorkingCalendar calendar = WorkingCalendars.vietnam();
    Evaluator evaluator =
        Evaluator.builder()
            .calendar(calendar)
            .procedures(ProcedureCatalogue.of(DemoData.province().procedures()))
            .ruleBook(RuleBook.standard())
            .build();
    Attributor attributor = Attributor.of(calendar);
    LocalDate nextCheck = calendar.nextWorkingDay(asOf.atZone(calendar.zone()).toLocalDate());
    int open = 0;
    int dueSoon = 0;
    int drafts = 0;
    try (RecordReader<Dossier> dossiers =
        // The file's UTF-8 bytes, read without decoding them to chars first.
        DossierNdjson.reader(
            DemoData.open(DemoData.DOSSIERS_RESOURCE), ReadOptions.strict("demo"))) {
      while (dossiers.hasNext()) {
        Dossier dossier = dossiers.next();
        if (dossier.receivedAt().orElseThrow().isAfter(asOf)) {
          continue; // not yet received at the as-of instant
        }
        Evaluation evaluation = evaluator.evaluate(dossier, asOf);
        DossierState state = evaluation.state();
        if (!state.isInProgress()) {
          continue;
        }
        open++;
        boolean lateByNextCheck = !evaluation.dueAt().isAfter(calendar.endOfWorkingDay(nextCheck));
        if (state == DossierState.IN_PROGRESS_DUE_SOON) {
          dueSoon++;
          System.out.printf(
              "SẮP ĐẾN HẠN  %s due %s%n",
              dossier.code(), WHEN.format(evaluation.dueAt().atZone(calendar.zone())));
        }
        // Overdue, or due before tomorrow's check ends: the apology is owed now (one working day
        // before the due date under the rule set), so draft it for the official to edit.
        if (lateByNextCheck && evaluation.occurred().apologies().isEmpty()) {
          drafts++;
          Attribution attribution = attributor.attribute(evaluation);
          String unit = responsibleUnit(attribution, evaluation);
          Instant proposed = calendar.endOfWorkingDay(calendar.plusWorkingDays(nextCheck, 2));
          System.out.printf(
              "DỰ THẢO XIN LỖI  %s due %s, unit %s, proposed new appointment %s%n",
              dossier.code(),
              WHEN.format(evaluation.dueAt().atZone(calendar.zone())),
              unit,
              WHEN.format(proposed.atZone(calendar.zone())));
        }
      }
    }
    System.out.printf(
        "%d open dossiers as of %s: %d due soon, %d apology drafts%n",
        open, WHEN.format(asOf.atZone(calendar.zone())), dueSoon, drafts);
  }

  /** The unit with the largest share of the delay so far, or the current holder's if none yet. */
  private static String responsibleUnit(Attribution attribution, Evaluation evaluation) {
    Map<String, Long> byUnit =
        attribution.shares().stream()
            .filter(s -> s.unit().isPresent())
            .collect(
                Collectors.groupingBy(
                    s -> s.unit().get(), Collectors.summingLong(s -> s.amount().toMinutes())));
    return byUnit.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElseGet(
            () ->
                evaluation.steps().stream()
                    .filter(s -> s.isOpen())
                    .map(s -> s.holderUnit().orElse("?"))
                    .findFirst()
                    .orElse("?"));
  }
}
