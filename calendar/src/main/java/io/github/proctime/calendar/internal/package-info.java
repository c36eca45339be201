/**
 * Implementation of the working calendars: the per-day index, the Vietnamese statutory rules and
 * the official-schedule reader.
 *
 * <p><b>Unsupported:</b> this package is not exported by the module; its types may change or
 * disappear in any release. Use {@link io.github.proctime.calendar.WorkingCalendars} instead.
 */
package io.github.proctime.calendar.internal;
