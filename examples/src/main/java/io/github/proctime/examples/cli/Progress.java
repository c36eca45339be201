package io.github.proctime.examples.cli;

import java.io.PrintWriter;

/**
 * Progress on standard error for inputs that take more than a couple of seconds: silent for the
 * first two seconds, then a line rewritten in place at most twice a second.
 */
final class Progress {
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, String what, long total) {
    this.err = err;
    this.what = what;
    this.total = total;
  }

  void update(long done) {
    if ((done & 1023) != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS || now - lastShown < EVERY_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - started) / 1e9;
    String rate = String.format("%,.0f/s", done / seconds);
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, width * done / total);
      err.printf(
          "\r%s [%s%s] %,d/%,d %s",
          what, "#".repeat(filled), ".".repeat(width - filled), done, total, rate);
    } else {
      err.printf("\r%s %,d %s", what, done, rate);
    }
    err.flush();
  }

  void done(long count) {
    if (shown) {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf("\r%s %,d done in %.1f s%s%n", what, count, seconds, " ".repeat(20));
      err.flush();
    }
  }
}
