/**
 * Vietnam's working calendar for civil servants: the kind of every day, working sessions, and
 * working-day and working-time arithmetic.
 *
 * <p>Start from {@link io.github.proctime.calendar.WorkingCalendars}: {@code vietnam()} is the
 * national calendar (official schedules 2018-2026, Labor Code rules for 1970-2100), {@code
 * vietnamBuilder()} adds newly announced schedules or changes hours, {@code overlay(base)} derives
 * a province's or an agency's calendar, and {@code builder()} describes any calendar day by day.
 * Every {@link io.github.proctime.calendar.WorkingCalendar} is an immutable, thread-safe value.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.calendar;
