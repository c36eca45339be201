/**
 * JMH benchmarks of proctime side by side with what a user would pick instead (ObjectLab Kit,
 * day-by-day and minute-by-minute loops, a bare Jackson read). Run them with {@code ./proctime
 * bench}; results are in {@code BENCHMARKS.md}. Not API.
 */
package io.github.proctime.examples.bench;
