package io.github.proctime.core;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A procedure as it stands from one effective date: its legal processing time and its internal
 * process.
 *
 * <p>A procedure's processing time changes by decision, and a dossier keeps the version in force on
 * the day it was received (see {@link Procedure#versionOn(LocalDate)}).
 *
 * <pre>{@code
 * ProcedureVersion v = ProcedureVersion.builder()
 *     .effectiveFrom(LocalDate.of(2024, 1, 1)).decision("QĐ 123/QĐ-UBND (illustrative)")
 *     .processingTime(ProcessingTime.workingDays(5))
 *     .addSteps(reception, appraisal, approval, returnStep)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcedureVersion {
  ProcedureVersion() {}

  /**
   * The first date on which this version applies to newly received dossiers.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The decision that published this version, such as "QĐ 2851/QĐ-UBND"; empty if not known.
   *
   * @return the decision's number and title
   */
  @Value.Default
  public String decision() {
    return "";
  }

  /**
   * The legal processing time (thời hạn giải quyết).
   *
   * @return the processing time
   */
  public abstract ProcessingTime processingTime();

  /**
   * The steps of the internal process, in order; may be empty when the province has not published
   * one.
   *
   * @return the steps
   */
  public abstract List<Step> steps();

  /**
   * A procedure-specific intake cut-off that overrides the rule set's, where sector law sets one
   * (for example certified copies; {@code shared/domain/regulations.md} §1.7).
   *
   * @return the cut-off time of day, if this procedure has its own
   */
  public abstract Optional<LocalTime> intakeCutoff();

  /**
   * Finds a step by its identifier.
   *
   * @param stepId the step's identifier
   * @return the step, if this version has it
   */
  public Optional<Step> step(String stepId) {
    // By index: every event of every evaluated dossier looks its step up here, and the list's
    // iterator was an allocation each time.
    List<Step> steps = steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (step.id().equals(stepId)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * A builder of procedure versions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (Step step : steps()) {
      if (!ids.add(step.id())) {
        throw new IllegalArgumentException(
            "Invalid ProcedureVersion effective "
                + effectiveFrom()
                + ": duplicate step id '"
                + step.id()
                + "'");
      }
    }
  }

  /** Builds {@link ProcedureVersion} instances; not thread-safe. */
  public static final class Builder extends ImmutableProcedureVersion.Builder {
    Builder() {}
  }
}
