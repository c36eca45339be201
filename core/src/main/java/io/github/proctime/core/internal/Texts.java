package io.github.proctime.core.internal;

import java.time.Duration;
import java.time.Instant;

/** Formats instants and durations for explanations and findings. */
final class Texts {
  private final LocalClock clock;

  Texts(LocalClock clock) {
    this.clock = clock;
  }

  LocalClock clock() {
    return clock;
  }

  String at(Instant instant) {
    return MinuteText.of(instant, clock);
  }

  static String duration(Duration d) {
    boolean negative = d.isNegative();
    long minutes = Math.abs(d.toMinutes());
    long rest = minutes % 60;
    // Not String.format("%02d"): it builds a Formatter and locale symbols on every call.
    String text = (minutes / 60) + (rest < 10 ? "h0" : "h") + rest + "m";
    return negative ? "-" + text : text;
  }
}
