package io.github.proctime.core.report;

import io.github.proctime.core.Attribution;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One evaluated dossier as a period report reads it: its {@link Evaluation} at the report's
 * judgement instant, the unit that received it, and the {@link Attribution} of its delay.
 *
 * <p>The attribution is required when the dossier is late in the report (finished late in the
 * period, or in progress and overdue at the judgement instant), because the lists of late officials
 * and units are built from it; it must be made on the report's {@link ReportAggregator#timeline()}.
 * It may be omitted for other dossiers, and is not read for them.
 *
 * <pre>{@code
 * Evaluation e = evaluator.evaluate(dossier, aggregator.judgedAt());
 * aggregator.add(ReportEntry.of(dossier, e, attributor.attribute(e)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportEntry {
  ReportEntry() {}

  /**
   * The dossier's evaluation at the report's judgement instant.
   *
   * @return the evaluation
   */
  public abstract Evaluation evaluation();

  /**
   * The unit that received the dossier ({@link Dossier#receivingUnit()}), the key of its {@link
   * ReportDimension#UNIT} group.
   *
   * @return the receiving unit
   */
  public abstract String receivingUnit();

  /**
   * The attribution of the dossier's delay on the report's timeline.
   *
   * @return the attribution, if given
   */
  public abstract Optional<Attribution> attribution();

  /**
   * The dossier's code.
   *
   * @return {@code evaluation().dossierCode()}
   */
  public String dossierCode() {
    return evaluation().dossierCode();
  }

  /**
   * An entry for a dossier with its evaluation and attribution.
   *
   * @param dossier the dossier, for its receiving unit
   * @param evaluation its evaluation
   * @param attribution the attribution of its delay
   * @return the entry
   * @throws ReportInputException if the evaluation or the attribution is of another dossier
   */
  public static ReportEntry of(Dossier dossier, Evaluation evaluation, Attribution attribution) {
    return builder()
        .evaluation(evaluation)
        .receivingUnit(checkCode(dossier, evaluation).receivingUnit())
        .attribution(attribution)
        .build();
  }

  /**
   * An entry for a dossier without an attribution, for a dossier that is not late.
   *
   * @param dossier the dossier, for its receiving unit
   * @param evaluation its evaluation
   * @return the entry
   * @throws ReportInputException if the evaluation is of another dossier
   */
  public static ReportEntry of(Dossier dossier, Evaluation evaluation) {
    return builder()
        .evaluation(evaluation)
        .receivingUnit(checkCode(dossier, evaluation).receivingUnit())
        .build();
  }

  private static Dossier checkCode(Dossier dossier, Evaluation evaluation) {
    if (!dossier.code().equals(evaluation.dossierCode())) {
      throw new ReportInputException(
          dossier.code(),
          "evaluation.dossierCode",
          evaluation.dossierCode(),
          "Invalid ReportEntry for dossier "
              + dossier.code()
              + ": the evaluation is of dossier "
              + evaluation.dossierCode());
    }
    return dossier;
  }

  /**
   * A builder, for callers that keep the receiving unit apart from the dossier.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (attribution().isPresent()
        && !attribution().get().dossierCode().equals(evaluation().dossierCode())) {
      throw new ReportInputException(
          evaluation().dossierCode(),
          "attribution.dossierCode",
          attribution().get().dossierCode(),
          "Invalid ReportEntry for dossier "
              + evaluation().dossierCode()
              + ": the attribution is of dossier "
              + attribution().get().dossierCode());
    }
  }

  /** Builds {@link ReportEntry} instances; not thread-safe. */
  public static final class Builder extends ImmutableReportEntry.Builder {
    Builder() {}
  }
}
