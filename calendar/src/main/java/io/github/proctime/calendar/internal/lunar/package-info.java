/**
 * Unsupported implementation of {@link io.github.proctime.calendar.lunar}: the astronomy (new
 * moons, the sun's longitude, ΔT) and the precomputed table of lunar months. Not exported; it may
 * change without notice.
 */
package io.github.proctime.calendar.internal.lunar;
