package io.github.proctime.formats.html;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Timeline;
import io.github.proctime.formats.internal.html.TimelineSvg;
import java.util.Objects;

/**
 * Draws the timeline picture of a dossier as standalone SVG: who held it, for how long against
 * their allotment, where it paused and where it went late.
 *
 * <p>The picture shows:
 *
 * <ul>
 *   <li>a time axis with one column per calendar day from the receipt to a day past the latest
 *       instant shown; working days are wide, labelled with the weekday, the date and their rank
 *       N1, N2, … from the clock start; weekends, holidays and other days off are narrow and
 *       shaded, holidays named (from {@link WorkingCalendar#day});
 *   <li>one lane per holder (official and unit, in order of first holding) with, for each of their
 *       steps, the allotment (dashed outline, to the step's due instant), the time actually taken
 *       (solid bar), and the overrun past the step's due instant in red <em>and</em> hatched,
 *       labelled with the overrun and the official's name;
 *   <li>a lane of pauses: supplement waits (dotted), financial obligation waits and accepted pauses
 *       (lined), and invalid pauses that kept counting (cross-hatched), with a light band across
 *       the lanes for the pauses that stopped the clock;
 *   <li>vertical lines for the receipt, the effective due instant, the statutory due and the
 *       printed appointment where they differ, the rescheduled appointment, the end of processing
 *       and the evaluation instant, each with its own dash style and a label;
 *   <li>a legend.
 * </ul>
 *
 * <p>Every distinction is made by pattern or dash style as well as by colour, so the picture reads
 * in black and white. Names longer than the label column are shortened with "…" in the lane heading
 * only; the full text is in the SVG {@code <title>} tooltips. All text is escaped.
 *
 * <pre>{@code
 * String svg = TimelinePictures.svg(evaluation, WorkingCalendars.vietnam());
 * Files.writeString(Path.of("timelines", dossier.code() + ".svg"), svg);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelinePictures {
  private TimelinePictures() {}

  /**
   * Draws the occurred timeline of an evaluation.
   *
   * @param evaluation the dossier's evaluation
   * @param calendar the working calendar the dossier was evaluated on
   * @return a standalone SVG document, with an XML declaration
   * @throws io.github.proctime.calendar.CalendarCoverageException if the days shown fall outside
   *     the calendar's coverage
   */
  public static String svg(Evaluation evaluation, WorkingCalendar calendar) {
    return svg(evaluation, calendar, Timeline.OCCURRED);
  }

  /**
   * Draws one timeline of an evaluation: {@link Timeline#RECORDED} shows the dossier as the system
   * recorded it.
   *
   * @param evaluation the dossier's evaluation
   * @param calendar the working calendar the dossier was evaluated on
   * @param timeline the timeline to draw
   * @return a standalone SVG document, with an XML declaration
   * @throws io.github.proctime.calendar.CalendarCoverageException if the days shown fall outside
   *     the calendar's coverage
   */
  public static String svg(Evaluation evaluation, WorkingCalendar calendar, Timeline timeline) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(timeline, "timeline");
    return TimelineSvg.render(evaluation, calendar, timeline, true, "p-");
  }

  /**
   * Draws the occurred timeline as an {@code <svg>} element to place inside an HTML page.
   *
   * @param evaluation the dossier's evaluation
   * @param calendar the working calendar the dossier was evaluated on
   * @param idPrefix the prefix of the element identifiers the picture defines, unique within the
   *     page (letters, digits, '-' and '_', starting with a letter)
   * @return the SVG element, without an XML declaration
   * @throws IllegalArgumentException if idPrefix is not of that form
   * @throws io.github.proctime.calendar.CalendarCoverageException if the days shown fall outside
   *     the calendar's coverage
   */
  public static String inlineSvg(Evaluation evaluation, WorkingCalendar calendar, String idPrefix) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(idPrefix, "idPrefix");
    if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "Invalid value for idPrefix (letters, digits, '-' and '_', starting with a letter): '"
              + idPrefix
              + "'");
    }
    return TimelineSvg.render(evaluation, calendar, Timeline.OCCURRED, false, idPrefix);
  }
}
