package io.github.proctime.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Formats instants and durations for explanations and findings. */
final class Texts {
  private final ZoneId zone;

  Texts(ZoneId zone) {
    this.zone = zone;
  }

  String at(Instant instant) {
    return MinuteText.of(instant, zone);
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
