package io.github.proctime.formats.html;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Evaluation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How the new appointment proposed in an apology draft is computed on the working calendar.
 *
 * <p>The apology must state the proposed new return date ({@code shared/domain/regulations.md}
 * §1.2, §1.13), but no source says how it is computed: this is a policy, and the draft is only a
 * proposal for an official to edit. The default, {@link #standard()}, is the effective due instant
 * extended by the dossier's overrun so far (its working time past the due instant), then by one
 * working day (UNCONFIRMED: a default of ours, not a rule). Callers may pass {@link
 * #workingDaysAfterDue(int)}, {@link #fixed(Instant)} or their own implementation.
 *
 * <pre>{@code
 * ApologyDraft d = ApologyDrafts.draft(e, dossier, procedure, calendar, AppointmentPolicy.workingDaysAfterDue(3));
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe; the built-in ones are.
 */
public interface AppointmentPolicy {

  /**
   * Computes the new appointment.
   *
   * @param evaluation the dossier's evaluation
   * @param calendar the working calendar
   * @return the proposed new appointment
   */
  Instant newAppointment(Evaluation evaluation, WorkingCalendar calendar);

  /**
   * How the appointment was computed, in Vietnamese, for the official who edits the draft.
   *
   * @return the description
   */
  String description();

  /**
   * The default: {@link #extendByOverrun(int) extendByOverrun(1)}.
   *
   * @return the policy
   */
  static AppointmentPolicy standard() {
    return extendByOverrun(1);
  }

  /**
   * The effective due instant extended by the dossier's overrun so far ({@link
   * io.github.proctime.core.TimelineEvaluation#delay()}, working time), then by a number of working
   * days at that instant's time of day. For an overdue dossier the first part reaches about the
   * evaluation instant, so the extra days are the time proposed to finish.
   *
   * @param extraWorkingDays the working days added after the overrun, zero or more
   * @return the policy
   * @throws IllegalArgumentException if extraWorkingDays is negative
   */
  static AppointmentPolicy extendByOverrun(int extraWorkingDays) {
    requireNonNegative("extraWorkingDays", extraWorkingDays);
    return new AppointmentPolicy() {
      @Override
      public Instant newAppointment(Evaluation evaluation, WorkingCalendar calendar) {
        Duration overrun = evaluation.occurred().delay();
        Instant extended = calendar.plusWorkingTime(evaluation.dueAt(), overrun);
        return shiftDays(extended, extraWorkingDays, calendar);
      }

      @Override
      public String description() {
        return "Hạn xử lý hiện tại cộng thời gian đã quá hạn (giờ làm việc), cộng thêm "
            + extraWorkingDays
            + " ngày làm việc.";
      }
    };
  }

  /**
   * A number of working days after the effective due instant, at its time of day.
   *
   * @param workingDays the extension, in working days, zero or more
   * @return the policy
   * @throws IllegalArgumentException if workingDays is negative
   */
  static AppointmentPolicy workingDaysAfterDue(int workingDays) {
    requireNonNegative("workingDays", workingDays);
    return new AppointmentPolicy() {
      @Override
      public Instant newAppointment(Evaluation evaluation, WorkingCalendar calendar) {
        return shiftDays(evaluation.dueAt(), workingDays, calendar);
      }

      @Override
      public String description() {
        return "Hạn xử lý hiện tại cộng " + workingDays + " ngày làm việc.";
      }
    };
  }

  /**
   * An appointment chosen by the caller.
   *
   * @param appointment the new appointment
   * @return the policy
   */
  static AppointmentPolicy fixed(Instant appointment) {
    Objects.requireNonNull(appointment, "appointment");
    return new AppointmentPolicy() {
      @Override
      public Instant newAppointment(Evaluation evaluation, WorkingCalendar calendar) {
        return appointment;
      }

      @Override
      public String description() {
        return "Thời gian hẹn do người dùng nhập.";
      }
    };
  }

  private static Instant shiftDays(Instant due, int workingDays, WorkingCalendar calendar) {
    ZonedDateTime local = due.atZone(calendar.zone());
    LocalDate date = calendar.plusWorkingDays(local.toLocalDate(), workingDays);
    return date.atTime(local.toLocalTime()).atZone(calendar.zone()).toInstant();
  }

  private static void requireNonNegative(String parameter, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + parameter + " (valid values 0 or more): " + value);
    }
  }
}
