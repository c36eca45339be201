/**
 * The Vietnamese lunar calendar (âm lịch): conversion between solar (Gregorian) dates and lunar
 * dates, Tết, month lengths and leap months, computed for Vietnam's legal time UTC+7.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.calendar.lunar;
