/**
 * Vietnam's working calendar for civil servants: the kind of every day, working sessions, and
 * working-day and working-time arithmetic.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.calendar;
