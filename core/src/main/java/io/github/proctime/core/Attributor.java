package io.github.proctime.core;

import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.internal.attribution.DelayAttributor;
import java.util.Objects;

/**
 * Splits a dossier's delay among the parties responsible for it, by an {@link AttributionMethod}.
 *
 * <p>The input is an {@link Evaluation}: its step ledger is the process-control slip (Phiếu kiểm
 * soát quá trình giải quyết hồ sơ), the legal evidence of who held the dossier when ({@code
 * shared/domain/regulations.md} §2, §7). The attributor needs the same {@link WorkingCalendar} the
 * evaluation was made with, to measure working time inside pauses and to name the non-working days
 * inside each share.
 *
 * <p>Whatever the method, {@link Attribution#shares()} add up exactly to {@link
 * TimelineEvaluation#delay()}, no official is given more than the working time they held the
 * dossier, an on-time dossier has no shares, and waits that stop the clock for the applicant are
 * never official delay.
 *
 * <pre>{@code
 * Attributor attributor = Attributor.of(WorkingCalendars.vietnam());
 * Attribution a = attributor.attribute(evaluator.evaluate(dossier, asOf));
 * Attribution onRecord = attributor.attribute(evaluation, Timeline.RECORDED);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; attribution is pure and deterministic.
 */
public final class Attributor {
  private final WorkingCalendar calendar;
  private final AttributionMethod method;
  private final DelayAttributor engine;

  private Attributor(WorkingCalendar calendar, AttributionMethod method) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.method = Objects.requireNonNull(method, "method");
    this.engine = new DelayAttributor(calendar, method);
  }

  /**
   * An attributor with the default method, {@link
   * AttributionMethod#STEP_OVERRUN_IN_HANDOVER_ORDER}.
   *
   * @param calendar the working calendar the evaluations were made with
   * @return the attributor
   */
  public static Attributor of(WorkingCalendar calendar) {
    return new Attributor(calendar, AttributionMethod.STEP_OVERRUN_IN_HANDOVER_ORDER);
  }

  /**
   * An attributor with a chosen method.
   *
   * @param calendar the working calendar the evaluations were made with
   * @param method the method
   * @return the attributor
   */
  public static Attributor of(WorkingCalendar calendar, AttributionMethod method) {
    return new Attributor(calendar, method);
  }

  /**
   * Attributes the delay on the occurred timeline.
   *
   * @param evaluation the evaluation
   * @return the attribution
   * @throws CalendarCoverageException if the evaluation's instants fall outside the calendar
   */
  public Attribution attribute(Evaluation evaluation) {
    return attribute(evaluation, Timeline.OCCURRED);
  }

  /**
   * Attributes the delay on a timeline.
   *
   * @param evaluation the evaluation
   * @param timeline the timeline whose delay to attribute
   * @return the attribution
   * @throws CalendarCoverageException if the evaluation's instants fall outside the calendar
   */
  public Attribution attribute(Evaluation evaluation, Timeline timeline) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(timeline, "timeline");
    return engine.attribute(evaluation, timeline);
  }

  /**
   * The working calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The method.
   *
   * @return the method
   */
  public AttributionMethod method() {
    return method;
  }
}
