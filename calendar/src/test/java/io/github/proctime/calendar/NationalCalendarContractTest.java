package io.github.proctime.calendar;

/** The contract, for Vietnam's national calendar. */
class NationalCalendarContractTest extends WorkingCalendarContract {
  @Override
  WorkingCalendar calendar() {
    return WorkingCalendars.vietnam();
  }

  @Override
  WorkingCalendar builtAgain() {
    return WorkingCalendars.vietnamBuilder().build();
  }
}
